import { memo, useId } from 'react';
import type { Answer } from '../../../domain/surveys/answers';
import { DECLINED_LABEL } from '../../../domain/surveys/answers';
import type { Question } from '../../../domain/surveys/form';
import { choiceOptions } from '../../../domain/surveys/form';

interface Props {
  question: Question;
  answer: Answer | undefined;
  /** Stable across renders (with the question id), so unchanged questions are not redrawn. */
  onAnswer: (questionId: string, answer: Answer | undefined) => void;
  error?: string | undefined;
  easyRead: boolean;
}

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => n);

/** One question as the participant answers it, with its error beside it. */
export const QuestionInput = memo(function QuestionInput({
  question,
  answer,
  onAnswer,
  error,
  easyRead,
}: Props) {
  const onChange = (next: Answer | undefined) => onAnswer(question.id, next);
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const text = easyRead && question.easyRead ? question.easyRead : question.text;
  const describedBy =
    [question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const declined = answer?.kind === 'declined';
  const label = (
    <>
      {text}
      {question.required && <span className="kiosk-required"> (needs an answer)</span>}
    </>
  );
  const extras = (
    <>
      {question.help && (
        <p className="kiosk-help" id={helpId}>
          {question.help}
        </p>
      )}
      {error && (
        <p className="field__error kiosk-error">
          <span aria-hidden="true">⚠ </span>
          <span id={errorId}>{error}</span>
        </p>
      )}
    </>
  );
  const decline = question.allowDecline && (
    <label className="kiosk-option kiosk-option--decline">
      <input
        type="checkbox"
        checked={declined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked ? { kind: 'declined' } : undefined)}
      />
      <span>{DECLINED_LABEL}</span>
    </label>
  );

  if (question.kind === 'short-text' || question.kind === 'long-text') {
    const value = answer?.kind === 'text' ? answer.text : '';
    const set = (t: string) => onChange(t === '' ? undefined : { kind: 'text', text: t });
    return (
      <div className={error ? 'kiosk-question kiosk-question--invalid' : 'kiosk-question'}>
        <label className="kiosk-question__text" htmlFor={id}>
          {label}
        </label>
        {extras}
        {question.kind === 'short-text' ? (
          <input
            id={id}
            type="text"
            value={value}
            disabled={declined}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <textarea
            id={id}
            rows={5}
            value={value}
            disabled={declined}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set(e.target.value)}
          />
        )}
        {decline}
      </div>
    );
  }

  const multiple = question.kind === 'multiple-choice';
  const options =
    question.kind === 'scale-0-10'
      ? ZERO_TO_TEN.map((n) => ({ id: String(n), label: scaleLabel(question, n) }))
      : (choiceOptions(question) ?? []);
  const chosen = (optionId: string) => {
    if (!answer) return false;
    if (answer.kind === 'choice') return answer.optionId === optionId;
    if (answer.kind === 'choices') return answer.optionIds.includes(optionId);
    if (answer.kind === 'number') return String(answer.value) === optionId;
    return false;
  };
  const pick = (optionId: string, on: boolean) => {
    if (question.kind === 'scale-0-10') onChange({ kind: 'number', value: Number(optionId) });
    else if (!multiple) onChange({ kind: 'choice', optionId });
    else {
      const current = answer?.kind === 'choices' ? answer.optionIds : [];
      const next = on ? [...current, optionId] : current.filter((o) => o !== optionId);
      onChange(next.length ? { kind: 'choices', optionIds: next } : undefined);
    }
  };
  return (
    <fieldset className={error ? 'kiosk-question kiosk-question--invalid' : 'kiosk-question'}>
      <legend className="kiosk-question__text">{label}</legend>
      {extras}
      <div
        className={
          question.kind === 'scale-0-10' && !easyRead
            ? 'kiosk-options kiosk-options--scale'
            : 'kiosk-options'
        }
      >
        {options.map((option) => (
          <label key={option.id} className="kiosk-option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.id}
              checked={chosen(option.id)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => pick(option.id, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {question.allowDecline && !multiple && (
          <label className="kiosk-option kiosk-option--decline">
            <input
              type="radio"
              name={id}
              value="declined"
              checked={declined}
              aria-describedby={describedBy}
              onChange={() => onChange({ kind: 'declined' })}
            />
            <span>{DECLINED_LABEL}</span>
          </label>
        )}
        {multiple && decline}
      </div>
    </fieldset>
  );
});

function scaleLabel(question: Question, n: number): string {
  if (question.kind !== 'scale-0-10') return String(n);
  if (n === 0 && question.lowLabel) return `0: ${question.lowLabel}`;
  if (n === 10 && question.highLabel) return `10: ${question.highLabel}`;
  return String(n);
}
