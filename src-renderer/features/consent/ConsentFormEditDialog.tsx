import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { reviseConsentForm } from '../../data/consent-commands';
import type {
  ConsentFormField,
  ConsentFormVersion,
  ConsentStatement,
} from '../../domain/people/consent-form';
import { PURPOSE_LABELS, isSpecialCategory } from '../../domain/people/consent-purposes';
import { SPECIAL_CATEGORY_NAMES } from '../../domain/people/consent-purposes';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { TextAreaField, TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';

/** Editing the wording saves a new version; the one being edited stays as it was. */
export function ConsentFormEditDialog({
  latest,
  onClose,
}: {
  latest: ConsentFormVersion;
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(latest.title);
  const [statements, setStatements] = useState<ConsentStatement[]>(latest.statements);
  const { errors, formError, saving, submit } = useFormSubmit<ConsentFormVersion, ConsentFormField>(
    formRef,
  );

  const setWording = (index: number) => (wording: string) =>
    setStatements((list) => list.map((s, i) => (i === index ? { ...s, wording } : s)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() =>
      reviseConsentForm(db, latest.id, { title, statements }, commandContext()),
    );
    if (saved) {
      announce(
        `Saved as version ${saved.formVersion}. Version ${latest.formVersion} stays readable.`,
      );
      onClose();
    }
  }

  return (
    <Dialog title={`Edit wording (version ${latest.formVersion})`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <p>
          Saving makes version {latest.formVersion + 1}. People who agreed to an earlier version
          keep their consent, and can be asked again.
        </p>
        <TextField
          label="Form title"
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        {statements.map((statement, index) => (
          <TextAreaField
            key={statement.purpose}
            label={PURPOSE_LABELS[statement.purpose]}
            hint={
              isSpecialCategory(statement.purpose)
                ? `Explicit consent: the wording must mention ${SPECIAL_CATEGORY_NAMES[statement.purpose]}.`
                : undefined
            }
            value={statement.wording}
            onChange={setWording(index)}
            error={errors[`statement.${statement.purpose}`]}
            rows={3}
          />
        ))}
        <FormFooter
          error={errors.statements ?? formError}
          saving={saving}
          submitLabel={`Save as version ${latest.formVersion + 1}`}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
