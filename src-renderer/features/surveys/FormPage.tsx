import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { deleteSurveyForm } from '../../data/surveys/form-commands';
import type { SurveyFormVersionRecord } from '../../data/surveys/records';
import { describeStorageError } from '../../data/storage-errors';
import { formVersionKey } from '../../domain/surveys/versioning';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { FormPreview } from './FormPreview';
import { HandOverDialog } from './HandOverDialog';
import { exportFormCsv } from './export-actions';
import { BusyButton } from '../../ui/BusyButton';

type Open =
  | { kind: 'none' }
  | { kind: 'hand-over' }
  | { kind: 'delete' }
  | { kind: 'read'; version: SurveyFormVersionRecord };

/** #/surveys/form/<id>: the current version, its history, its answers and the kiosk. */
export function FormPage({ formId }: { formId: string }) {
  const { db, platform, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const data = useLiveQuery(async () => {
    const form = await db.surveyForms.get(formId);
    if (!form) return null;
    const versions = await db.surveyFormVersions.where('formId').equals(formId).sortBy('version');
    const counts = await Promise.all(
      versions.map((v) =>
        db.surveyResponses.where('[formId+formVersion]').equals([formId, v.version]).count(),
      ),
    );
    return { form, versions, counts };
  }, [db, formId]);

  if (data === undefined) return <p aria-busy="true">Loading the form…</p>;
  if (data === null)
    return <NotFound what="Form" backHref={routeHref('surveys')} backLabel="← All forms" />;
  const { form, versions, counts } = data;
  const latest = versions.find((v) => v.id === formVersionKey(formId, form.latestVersion));
  const total = counts.reduce((a, b) => a + b, 0);
  const close = () => setOpen({ kind: 'none' });

  async function remove() {
    close();
    try {
      const result = await deleteSurveyForm(db, formId, commandContext());
      if (result.ok) {
        announce(`Form "${form.title}" deleted.`);
        window.location.hash = routeHref('surveys');
      } else
        announce(
          'conflict' in result ? result.conflict : 'The form could not be deleted.',
          'error',
        );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section aria-labelledby="form-title">
      <p>
        <a href={routeHref('surveys')}>← All forms</a>
      </p>
      <div className="page-header">
        <h1 id="form-title" tabIndex={-1}>
          {form.title}
        </h1>
        <div className="survey-actions">
          <button type="button" className="button" onClick={() => setOpen({ kind: 'hand-over' })}>
            Hand to participant
          </button>
          <a
            className="button button--secondary"
            href={routeHref('surveys', 'form', formId, 'edit')}
          >
            Edit form
          </a>
          {total === 0 && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setOpen({ kind: 'delete' })}
            >
              Delete form
            </button>
          )}
        </div>
      </div>
      <p>
        {form.purpose === 'feedback'
          ? 'Feedback form: answers are anonymous and belong to the event.'
          : 'Survey: each response belongs to a participant and a wave (baseline or follow-up).'}
      </p>

      <section aria-labelledby="answers-title" className="settings-block">
        <h2 id="answers-title">Answers</h2>
        <p>
          {total === 0
            ? 'Nobody has answered this form yet.'
            : `${total} ${total === 1 ? 'response' : 'responses'} so far.`}
        </p>
        <div className="survey-actions">
          {form.purpose === 'feedback' && (
            <a className="button button--secondary" href={routeHref('surveys', 'feedback', formId)}>
              Feedback summary by event
            </a>
          )}
          {form.purpose === 'survey' && (
            <a className="button button--secondary" href={routeHref('surveys', 'change')}>
              Change over time
            </a>
          )}
          {latest && total > 0 && (
            <BusyButton
              className="button button--secondary"
              busyLabel="Preparing the CSV…"
              onRun={() => exportFormCsv(db, platform, latest, announce)}
            >
              Export answers (CSV)
            </BusyButton>
          )}
        </div>
      </section>

      {latest && (
        <section aria-labelledby="questions-title" className="settings-block">
          <h2 id="questions-title">Questions in version {latest.version}</h2>
          <FormPreview form={latest} />
        </section>
      )}

      <section aria-labelledby="versions-title" className="settings-block">
        <h2 id="versions-title">Version history</h2>
        <p>
          Once people have answered a version it is never changed: edits make a new version, and
          every response keeps the version it answered.
        </p>
        <ul className="survey-list">
          {versions.map((version, index) => (
            <li key={version.id} className="survey-list__item">
              <span>
                Version {version.version}, saved{' '}
                {new Date(version.createdAt).toLocaleString('en-GB')} by {version.createdBy}:{' '}
                {counts[index] ?? 0} {(counts[index] ?? 0) === 1 ? 'response' : 'responses'}
                {version.version === form.latestVersion ? ' (current)' : ''}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setOpen({ kind: 'read', version })}
              >
                Read version {version.version}
              </button>
            </li>
          ))}
        </ul>
      </section>

      {open.kind === 'hand-over' && latest && <HandOverDialog form={latest} onClose={close} />}
      {open.kind === 'read' && (
        <Dialog title={`${open.version.title}: version ${open.version.version}`} onClose={close}>
          <FormPreview form={open.version} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </div>
        </Dialog>
      )}
      {open.kind === 'delete' && (
        <ConfirmDialog
          title="Delete this form?"
          message={`Nobody has answered "${form.title}", so it can be deleted with all its versions. This cannot be undone.`}
          confirmLabel="Delete form"
          onCancel={close}
          onConfirm={() => void remove()}
        />
      )}
    </section>
  );
}
