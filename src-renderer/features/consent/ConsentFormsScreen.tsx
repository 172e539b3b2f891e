import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { createForm } from '../../data/consent-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { ConsentFormVersion } from '../../domain/people/consent-form';
import { defaultFormInput, formHistory } from '../../domain/people/consent-form';
import { CONSENT_PURPOSES } from '../../domain/people/consent-purposes';
import { useAnnounce } from '../../ui/Announcer';
import { ConsentFormEditDialog } from './ConsentFormEditDialog';
import { FormVersionDialog, FormWording } from './FormVersionDialog';
import { KeepInTouchPanel } from './KeepInTouchPanel';
import { mainForm, readableDateTime } from './consent-text';
import './consent.css';

export const DEFAULT_FORM_TITLE = 'Taskforce consent form';

type Open = { kind: 'none' } | { kind: 'edit' } | { kind: 'read'; version: ConsentFormVersion };

/** #/people/consent-forms: the consent form, its versions, and the keep-in-touch list. */
export function ConsentFormsScreen() {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const forms = useLiveQuery(() => db.consentForms.toArray(), [db]);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [creating, setCreating] = useState(false);

  async function create() {
    setCreating(true);
    try {
      const result = await createForm(
        db,
        defaultFormInput(DEFAULT_FORM_TITLE, CONSENT_PURPOSES),
        commandContext(),
      );
      announce(
        result.ok ? 'Consent form created (version 1).' : 'The consent form could not be created.',
        result.ok ? 'success' : 'error',
      );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    } finally {
      setCreating(false);
    }
  }

  if (!forms) return <p aria-busy="true">Loading consent forms…</p>;
  const main = mainForm(forms);
  const history = main ? formHistory(forms, main.formId).reverse() : [];
  const close = () => setOpen({ kind: 'none' });

  return (
    <section aria-labelledby="consent-forms-title">
      <p>
        <a href="#/people">← All people</a>
      </p>
      <div className="page-header">
        <h1 id="consent-forms-title">Consent forms</h1>
        {main && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'edit' })}>
            Edit wording
          </button>
        )}
      </div>

      {!main ? (
        <div className="empty-state">
          <h2>No consent form yet</h2>
          <p>
            The form asks for consent purpose by purpose, with explicit consent for each kind of
            special category data. It starts with standard wording you can change; every change is
            saved as a new version and older versions stay readable.
          </p>
          <button type="button" className="button" disabled={creating} onClick={create}>
            Create the consent form
          </button>
        </div>
      ) : (
        <>
          <section aria-labelledby="current-version-title" className="settings-block">
            <h2 id="current-version-title">Current wording: version {main.latest.formVersion}</h2>
            <p>
              Saved {readableDateTime(main.latest.createdAt)} by {main.latest.createdBy}.
            </p>
            <FormWording form={main.latest} />
          </section>
          <section aria-labelledby="version-history-title" className="settings-block">
            <h2 id="version-history-title">Version history</h2>
            <p>
              Every version stays readable, so each consent record shows what the person was told.
            </p>
            <ul className="version-list">
              {history.map((version) => (
                <li key={version.id}>
                  <span>
                    Version {version.formVersion}, saved {readableDateTime(version.createdAt)} by{' '}
                    {version.createdBy}
                    {version.id === main.latest.id ? ' (current)' : ''}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setOpen({ kind: 'read', version })}
                  >
                    Read version {version.formVersion}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}

      <KeepInTouchPanel />

      {open.kind === 'edit' && main && (
        <ConsentFormEditDialog latest={main.latest} onClose={close} />
      )}
      {open.kind === 'read' && <FormVersionDialog version={open.version} onClose={close} />}
    </section>
  );
}
