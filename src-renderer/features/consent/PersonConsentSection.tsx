import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { ConsentPurpose } from '../../domain/people/consent-purposes';
import { PURPOSE_LABELS } from '../../domain/people/consent-purposes';
import { currentConsents, purposesToReconfirm } from '../../domain/people/consent';
import type { Person } from '../../domain/people/person';
import { ConsentHistoryTable } from './ConsentHistoryTable';
import { RecordConsentDialog } from './RecordConsentDialog';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';
import { mainForm, statusInWords } from './consent-text';
import './consent.css';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

type Open = { kind: 'none' } | { kind: 'record' } | { kind: 'withdraw'; purpose: ConsentPurpose };

/** On a person's page: their current consent per purpose, recording, withdrawal and history. */
export function PersonConsentSection({ person }: { person: Person }) {
  const { db } = useApp();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a withdrawal its button goes, so focus moves to the heading (after the dialog's own
  // clean-up has put it back on the opener, which the next render removes).
  const focusHeading = useFocusAfterRender(() => headingRef.current);
  const data = useLiveQuery(async () => {
    const [forms, records, events] = await Promise.all([
      db.consentForms.toArray(),
      db.consentRecords.where('personId').equals(person.id).toArray(),
      db.events.orderBy('date').reverse().toArray(),
    ]);
    return { forms, records, events };
  }, [db, person.id]);

  if (!data) return <p aria-busy="true">Loading consent…</p>;
  const form = mainForm(data.forms);
  const states = currentConsents(data.records);
  const reconfirm = new Set(purposesToReconfirm(data.records, data.forms));
  const eventNames = Object.fromEntries(data.events.map((e) => [e.id, `${e.title} (${e.date})`]));
  const close = () => setOpen({ kind: 'none' });

  return (
    <section aria-labelledby="consent-title" className="person-section">
      <div className="page-header">
        <h2 id="consent-title" ref={headingRef} tabIndex={-1}>
          Consent
        </h2>
        {form && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'record' })}>
            Record consent
          </button>
        )}
      </div>
      {!form && (
        <p className="notice notice--warning">
          There is no consent form yet, so consent cannot be recorded.{' '}
          <a href="#/people/consent-forms">Create the consent form</a>.
        </p>
      )}
      <ul className="consent-list" aria-label="Current consent">
        {states.map((state) => {
          const older = reconfirm.has(state.purpose);
          const label = PURPOSE_LABELS[state.purpose];
          return (
            <li key={state.purpose} className="consent-list__item">
              <div>
                <p className="consent-list__purpose">{label}</p>
                <p>{statusInWords(state)}</p>
                {older && (
                  <p className="field__hint">
                    The wording of this statement has changed since. You may want to ask again.
                  </p>
                )}
              </div>
              <div className="form-actions">
                {older && form && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Ask again: ${label}`}
                    onClick={() => setOpen({ kind: 'record' })}
                  >
                    Ask again
                  </button>
                )}
                {state.status === 'granted' && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Withdraw consent: ${label}`}
                    onClick={() => setOpen({ kind: 'withdraw', purpose: state.purpose })}
                  >
                    Withdraw
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ConsentHistoryTable records={data.records} eventNames={eventNames} />

      {open.kind === 'record' && form && (
        <RecordConsentDialog
          person={person}
          form={form.latest}
          events={data.events}
          onClose={close}
        />
      )}
      {open.kind === 'withdraw' && (
        <WithdrawConsentDialog
          person={person}
          purpose={open.purpose}
          onClose={close}
          onWithdrawn={() => {
            close();
            focusHeading();
          }}
          returnFocus={() => headingRef.current}
        />
      )}
    </section>
  );
}
