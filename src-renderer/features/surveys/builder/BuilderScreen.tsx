import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useApp } from '../../../app/app-context';
import { NotFound } from '../../../app/NotFound';
import { routeHref } from '../../../app/routes';
import type { SavedForm } from '../../../data/surveys/form-commands';
import { createSurveyForm, saveSurveyForm } from '../../../data/surveys/form-commands';
import type { FormDefinition } from '../../../domain/surveys/form';
import { baselineSurveyTemplate, feedbackFormTemplate } from '../../../domain/surveys/templates';
import type { FormVersion } from '../../../domain/surveys/versioning';
import { definitionOf, formVersionKey } from '../../../domain/surveys/versioning';
import { useAnnounce } from '../../../ui/Announcer';
import { useFormSubmit } from '../../../ui/use-form-submit';
import { FormBuilder } from './FormBuilder';
import { blankForm } from './draft';

export const TEMPLATES: Record<string, { label: string; make: () => FormDefinition }> = {
  feedback: { label: 'Event feedback form', make: feedbackFormTemplate },
  baseline: { label: 'Baseline and follow-up survey', make: baselineSurveyTemplate },
  blank: { label: 'Blank form', make: blankForm },
};

/** #/surveys/new/<template>: a new form, saved as version 1. */
export function NewFormScreen({ template }: { template: string }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const chosen = TEMPLATES[template];
  const ref = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<FormVersion, string>(ref);
  if (!chosen)
    return <NotFound what="Template" backHref={routeHref('surveys')} backLabel="← All forms" />;
  return (
    <section aria-labelledby="builder-title">
      <p>
        <a href={routeHref('surveys')}>← All forms</a>
      </p>
      <h1 id="builder-title">New form: {chosen.label}</h1>
      <FormBuilder
        initial={chosen.make()}
        saving={saving}
        formError={formError}
        serverErrors={errors}
        submitLabel="Save form"
        onCancel={() => (window.location.hash = routeHref('surveys'))}
        onSave={async (form) => {
          const saved = await submit(() => createSurveyForm(db, form, commandContext()));
          if (saved) {
            announce(`Form "${saved.title}" saved as version 1.`);
            window.location.hash = routeHref('surveys', 'form', saved.formId);
          }
        }}
      />
    </section>
  );
}

/** #/surveys/form/<id>/edit: changes the latest version, or makes a new one once answered. */
export function EditFormScreen({ formId }: { formId: string }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const ref = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<SavedForm, string>(ref);
  const data = useLiveQuery(async () => {
    const form = await db.surveyForms.get(formId);
    if (!form) return null;
    const version = await db.surveyFormVersions.get(formVersionKey(formId, form.latestVersion));
    const answered = await db.surveyResponses
      .where('[formId+formVersion]')
      .equals([formId, form.latestVersion])
      .count();
    return version ? { version, answered } : null;
  }, [db, formId]);
  const back = routeHref('surveys', 'form', formId);
  if (data === undefined) return <p aria-busy="true">Loading the form…</p>;
  if (data === null)
    return <NotFound what="Form" backHref={routeHref('surveys')} backLabel="← All forms" />;
  const { version, answered } = data;
  const note =
    answered > 0
      ? `${answered} ${answered === 1 ? 'person has' : 'people have'} answered version ${version.version}, so saving makes version ${version.version + 1}. Their answers stay with version ${version.version}.`
      : undefined;
  return (
    <section aria-labelledby="builder-title">
      <p>
        <a href={back}>← Back to the form</a>
      </p>
      <h1 id="builder-title">Edit {version.title}</h1>
      <FormBuilder
        key={`${version.formId}@${version.version}`}
        initial={definitionOf(version)}
        note={note}
        saving={saving}
        formError={formError}
        serverErrors={errors}
        submitLabel="Save changes"
        onCancel={() => (window.location.hash = back)}
        onSave={async (form) => {
          const saved = await submit(() =>
            saveSurveyForm(db, formId, version.version, form, commandContext()),
          );
          if (saved) {
            announce(
              saved.newVersion
                ? `Saved as version ${saved.version.version}.`
                : `Version ${saved.version.version} updated.`,
            );
            window.location.hash = back;
          }
        }}
      />
    </section>
  );
}
