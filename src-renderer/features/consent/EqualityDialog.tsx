import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { saveEqualityResponse } from '../../data/equality-commands';
import type { ConsentRecord } from '../../domain/people/consent';
import { canStoreSpecialCategory } from '../../domain/people/consent';
import { SPECIAL_CATEGORY_NAMES } from '../../domain/people/consent-purposes';
import type {
  EqualityAnswers,
  EqualityField,
  EqualityResponse,
} from '../../domain/people/equality';
import type { EqualityQuestion, EqualityQuestionId } from '../../domain/people/equality-questions';
import {
  EQUALITY_MONITORING_REASON,
  EQUALITY_QUESTIONS,
  PREFER_NOT_TO_SAY,
  PREFER_NOT_TO_SAY_LABEL,
} from '../../domain/people/equality-questions';
import type { Person } from '../../domain/people/person';
import { displayName } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';

const NOT_ANSWERED = '';

/** The answers with one question set, or removed when set back to "Not answered". */
function withAnswer(answers: EqualityAnswers, id: EqualityQuestionId, code: string) {
  const others = Object.entries(answers).filter(([key]) => key !== id);
  return Object.fromEntries(
    code === NOT_ANSWERED ? others : [...others, [id, code]],
  ) as EqualityAnswers;
}

function options(question: EqualityQuestion) {
  return [
    { value: NOT_ANSWERED, label: 'Not answered' },
    ...question.options.map((o) => ({ value: o.code, label: o.label })),
    { value: PREFER_NOT_TO_SAY, label: PREFER_NOT_TO_SAY_LABEL },
  ];
}

function hint(question: EqualityQuestion, consent: readonly ConsentRecord[]): string {
  const parts = [question.characteristic + '.'];
  if (question.hint) parts.push(question.hint);
  const kind = question.specialCategory;
  if (kind && !canStoreSpecialCategory(consent, kind)) {
    parts.push(
      `An answer can only be kept with explicit consent for ${SPECIAL_CATEGORY_NAMES[kind]} data, which has not been given. "Prefer not to say" is always possible.`,
    );
  }
  return parts.join(' ');
}

/** The nine questions; "Not answered" and "Prefer not to say" are different answers. */
export function EqualityDialog({
  person,
  existing,
  consent,
  onClose,
}: {
  person: Person;
  existing: EqualityResponse | undefined;
  consent: readonly ConsentRecord[];
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<EqualityAnswers>(existing?.answers ?? {});
  const { errors, formError, saving, submit } = useFormSubmit<EqualityResponse, EqualityField>(
    formRef,
  );

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ctx = commandContext();
    const saved = await submit(() =>
      saveEqualityResponse(
        db,
        { personId: person.id, answers, givenAt: ctx.now },
        existing?.version,
        ctx,
      ),
    );
    if (saved) {
      announce('Equality monitoring answers saved.');
      onClose();
    }
  }

  return (
    <Dialog title={`Equality monitoring: ${displayName(person)}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <p>{EQUALITY_MONITORING_REASON}</p>
        {EQUALITY_QUESTIONS.map((question) => (
          <SelectField
            key={question.id}
            label={question.question}
            hint={hint(question, consent)}
            value={answers[question.id] ?? NOT_ANSWERED}
            options={options(question)}
            onChange={(code) => setAnswers((current) => withAnswer(current, question.id, code))}
            error={errors[`answers.${question.id}`]}
          />
        ))}
        <FormFooter
          error={errors.answers ?? errors.givenAt ?? formError}
          saving={saving}
          submitLabel="Save answers"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
