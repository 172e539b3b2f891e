import { type FormEvent, useRef, useState } from 'react';
import type { FormDefinition, FormPurpose, Question, Section } from '../../../domain/surveys/form';
import { validateFormDefinition } from '../../../domain/surveys/form-validation';
import { ConfirmDialog } from '../../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { useFocusAfterAttempt } from './use-focus-first-invalid';
import { QuestionDialog } from './QuestionDialog';
import { SectionCard } from './SectionCard';
import { SectionDialog } from './SectionDialog';
import { AddMeasure } from './AddMeasure';
import {
  blankSection,
  errorPlace,
  errorsUnder,
  move,
  questionOfKind,
  removeQuestion,
  replaceQuestion,
  replaceSection,
  withSections,
} from './draft';

type Open =
  | { kind: 'none' }
  | { kind: 'section'; index: number; section: Section; isNew: boolean }
  | { kind: 'question'; s: number; q: number; question: Question; isNew: boolean }
  | { kind: 'remove-section'; index: number };

const PURPOSES: { value: FormPurpose; label: string }[] = [
  { value: 'feedback', label: 'Feedback: anonymous, after an event' },
  { value: 'survey', label: 'Survey: linked to a participant, baseline and follow-ups' },
];

interface Props {
  initial: FormDefinition;
  /** Shown above the builder, e.g. that saving makes a new version. */
  note?: string | undefined;
  saving: boolean;
  formError: string | null;
  serverErrors: Readonly<Record<string, string | undefined>>;
  submitLabel: string;
  onSave: (form: FormDefinition) => void;
  onCancel: () => void;
}

export function FormBuilder(props: Props) {
  const [form, setForm] = useState(props.initial);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  // After the first attempt to save, problems are shown as they are (and go as they are fixed).
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterAttempt(formRef, attempts);
  const close = () => setOpen({ kind: 'none' });

  const problems = (candidate: FormDefinition) => {
    const checked = validateFormDefinition(candidate);
    return checked.ok ? {} : checked.errors;
  };
  const errors = attempts > 0 ? { ...props.serverErrors, ...problems(form) } : props.serverErrors;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (Object.keys(problems(form)).length === 0) props.onSave(form);
  }

  const summary = Object.entries(errors).filter(
    ([key, m]) => m && key !== 'title' && key !== 'description',
  );

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Form builder">
        {props.note && <p className="notice notice--warning">{props.note}</p>}
        <TextField
          label="Title"
          value={form.title}
          error={errors.title}
          required
          onChange={(title) => setForm({ ...form, title })}
        />
        <TextAreaField
          label="Introduction (optional)"
          hint="Shown at the top of the form."
          value={form.description}
          rows={3}
          error={errors.description}
          onChange={(description) => setForm({ ...form, description })}
        />
        <SelectField
          label="What the form is for"
          value={form.purpose}
          options={PURPOSES}
          error={errors.purpose}
          onChange={(purpose) => setForm({ ...form, purpose })}
        />

        {summary.length > 0 && (
          <div className="notice notice--error" role="alert" tabIndex={-1} data-error-summary>
            <p>Put these right before saving:</p>
            <ul className="error-list">
              {summary.map(([key, message]) => (
                <li key={key}>
                  {errorPlace(key, form)}: {message}
                </li>
              ))}
            </ul>
          </div>
        )}

        {form.sections.length === 0 && (
          <div className="empty-state">
            <p>No sections yet. Add a section, then its questions.</p>
          </div>
        )}
        {form.sections.map((section, index) => (
          <SectionCard
            key={section.id}
            section={section}
            index={index}
            count={form.sections.length}
            errors={errorsUnder(errors, `sections.${index}`)}
            onEdit={() => setOpen({ kind: 'section', index, section, isNew: false })}
            onMove={(delta) => setForm(withSections(form, move(form.sections, index, delta)))}
            onRemove={() => setOpen({ kind: 'remove-section', index })}
            onAddQuestion={() =>
              setOpen({
                kind: 'question',
                s: index,
                q: section.questions.length,
                question: questionOfKind('single-choice'),
                isNew: true,
              })
            }
            onEditQuestion={(q) => {
              const question = section.questions[q];
              if (question) setOpen({ kind: 'question', s: index, q, question, isNew: false });
            }}
            onMoveQuestion={(q, delta) =>
              setForm(
                replaceSection(form, index, {
                  ...section,
                  questions: move(section.questions, q, delta),
                }),
              )
            }
            onRemoveQuestion={(q) => setForm(removeQuestion(form, index, q))}
          />
        ))}

        <div className="survey-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setOpen({
                kind: 'section',
                index: form.sections.length,
                section: blankSection(),
                isNew: true,
              })
            }
          >
            Add a section
          </button>
        </div>
        <AddMeasure
          sections={form.sections}
          onAdd={(section) => setForm(withSections(form, [...form.sections, section]))}
        />

        <FormFooter
          error={props.formError}
          saving={props.saving}
          submitLabel={props.submitLabel}
          onCancel={props.onCancel}
        />
      </form>

      {open.kind === 'section' && (
        <SectionDialog
          title={open.isNew ? 'New section' : 'Edit section'}
          section={open.section}
          check={(section) => {
            const found = errorsUnder(
              problems(replaceSection(form, open.index, section)),
              `sections.${open.index}`,
            );
            return Object.fromEntries(
              Object.entries(found).filter(([key]) => key === 'title' || key === 'help'),
            );
          }}
          onDone={(section) => {
            setForm(replaceSection(form, open.index, section));
            close();
          }}
          onClose={close}
        />
      )}
      {open.kind === 'question' && (
        <QuestionDialog
          title={open.isNew ? 'New question' : 'Edit question'}
          question={open.question}
          instrumentItem={open.question.itemId !== undefined}
          check={(question) =>
            errorsUnder(
              problems(replaceQuestion(form, open.s, open.q, question)),
              `sections.${open.s}.questions.${open.q}`,
            )
          }
          onDone={(question) => {
            setForm(replaceQuestion(form, open.s, open.q, question));
            close();
          }}
          onClose={close}
        />
      )}
      {open.kind === 'remove-section' && (
        <ConfirmDialog
          title="Remove this section?"
          message={`"${form.sections[open.index]?.title || 'This section'}" and its questions will be taken off the form when you save it. Answers already given are kept with the version they answered.`}
          confirmLabel="Remove section"
          onCancel={close}
          onConfirm={() => {
            setForm(
              withSections(
                form,
                form.sections.filter((_, i) => i !== open.index),
              ),
            );
            close();
          }}
        />
      )}
    </>
  );
}
