import { type FormEvent, useRef, useState } from 'react';
import type { Question, QuestionKind } from '../../../domain/surveys/form';
import { QUESTION_KINDS, QUESTION_KIND_LABELS } from '../../../domain/surveys/form';
import { Dialog } from '../../../ui/Dialog';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import { OptionsEditor } from './OptionsEditor';
import { questionOfKind } from './draft';

interface Props {
  title: string;
  question: Question;
  /** Instrument items keep their kind and answers: only the wording around them can change. */
  instrumentItem: boolean;
  /** The errors this question would have in the form, keyed "text", "options"…; {} when fine. */
  check: (question: Question) => Record<string, string>;
  onDone: (question: Question) => void;
  onClose: () => void;
}

const KIND_OPTIONS = QUESTION_KINDS.map((kind) => ({
  value: kind,
  label: QUESTION_KIND_LABELS[kind],
}));

export function QuestionDialog({ title, question, instrumentItem, check, onDone, onClose }: Props) {
  const [draft, setDraft] = useState<Question>(question);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set = (changes: Partial<Question>) => setDraft((d) => ({ ...d, ...changes }) as Question);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone(draft);
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        {!instrumentItem && (
          <SelectField<QuestionKind>
            label="Kind of question"
            value={draft.kind}
            options={KIND_OPTIONS}
            error={errors.kind}
            onChange={(kind) => setDraft((d) => questionOfKind(kind, d))}
          />
        )}
        <TextField
          label="Question"
          value={draft.text}
          error={errors.text}
          required
          autoFocus
          onChange={(text) => set({ text })}
        />
        <TextAreaField
          label="Help text (optional)"
          hint="Shown under the question."
          value={draft.help}
          rows={2}
          error={errors.help}
          onChange={(help) => set({ help })}
        />
        <TextField
          label="Easy-read wording (optional)"
          hint="A plainer way to ask it, shown in the kiosk's easy-read mode."
          value={draft.easyRead}
          error={errors.easyRead}
          onChange={(easyRead) => set({ easyRead })}
        />
        {(draft.kind === 'single-choice' || draft.kind === 'multiple-choice') &&
          !instrumentItem && (
            <OptionsEditor
              options={draft.options}
              error={errors.options}
              onChange={(options) => set({ options })}
            />
          )}
        {draft.kind === 'scale-0-10' && (
          <>
            <TextField
              label="Label for 0 (optional)"
              value={draft.lowLabel}
              error={errors.labels}
              onChange={(lowLabel) => set({ lowLabel })}
            />
            <TextField
              label="Label for 10 (optional)"
              value={draft.highLabel}
              onChange={(highLabel) => set({ highLabel })}
            />
          </>
        )}
        {!instrumentItem && (
          <Checkbox
            label="Answer required"
            checked={draft.required}
            onChange={(required) => set({ required })}
          />
        )}
        <Checkbox
          label={'Offer "Prefer not to answer"'}
          checked={draft.allowDecline}
          onChange={(allowDecline) => set({ allowDecline })}
        />
        {errors.itemId && (
          <div className="notice notice--error" role="alert">
            {errors.itemId}
          </div>
        )}
        <FormFooter error={null} saving={false} submitLabel="Done" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
