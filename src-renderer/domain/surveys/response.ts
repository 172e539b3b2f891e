import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { Answer, Answers } from './answers';
import { DECLINED_LABEL } from './answers';
import type { Question } from './form';
import { allQuestions, choiceOptions, expectedAnswerKind } from './form';
import type { FormVersion } from './versioning';

/** What the kiosk hands in. Who answered, the wave and the event are kept by the data layer. */
export interface ResponseInput {
  formId: string;
  formVersion: number;
  answers: Answers;
}

/** Key for problems that belong to the response as a whole rather than to one question. */
export const RESPONSE_ERROR_KEY = '_form';

/**
 * Checks a response against the exact form version it answers. Messages are keyed by question id
 * so the kiosk can show each one at its question. Answers arrive from the screen, backups or
 * imports, so every shape is checked at run time rather than trusted from the type.
 * Returns the answers to store: text trimmed, blank answers dropped (they are missing, not
 * answered), "declined" kept as its own answer.
 */
export function validateResponse(
  form: FormVersion,
  response: ResponseInput,
): Validated<Answers, string> {
  if (response.formId !== form.formId || response.formVersion !== form.version) {
    return {
      ok: false,
      errors: { [RESPONSE_ERROR_KEY]: 'These answers belong to a different version of the form.' },
    };
  }
  const errors: FieldErrors<string> = {};
  const clean: Record<string, Answer> = {};
  const questions = allQuestions(form);
  for (const question of questions) {
    const raw: unknown = Object.hasOwn(response.answers, question.id)
      ? response.answers[question.id]
      : undefined;
    const checked = checkAnswer(question, raw);
    if ('error' in checked) errors[question.id] = checked.error;
    else if (checked.answer) clean[question.id] = checked.answer;
    else if (question.required) {
      errors[question.id] = question.allowDecline
        ? `Answer this question, or choose "${DECLINED_LABEL}".`
        : 'Answer this question.';
    }
  }
  const known = new Set(questions.map((question) => question.id));
  if (Object.keys(response.answers).some((id) => !known.has(id))) {
    errors[RESPONSE_ERROR_KEY] = 'Some answers are for questions that are not on this form.';
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: clean };
}

type Checked = { answer: Answer | undefined } | { error: string };

const MISSING: Checked = { answer: undefined };

function checkAnswer(question: Question, raw: unknown): Checked {
  if (raw === undefined || raw === null) return MISSING;
  if (typeof raw !== 'object' || !('kind' in raw))
    return { error: 'This answer could not be read.' };
  if (raw.kind === 'declined') {
    return question.allowDecline
      ? { answer: { kind: 'declined' } }
      : { error: `This question does not offer "${DECLINED_LABEL}".` };
  }
  switch (expectedAnswerKind(question)) {
    case 'choice':
      return checkChoice(question, raw);
    case 'choices':
      return checkChoices(question, raw);
    case 'number':
      return checkNumber(raw);
    case 'text':
      return checkTextAnswer(question, raw);
  }
}

function checkChoice(question: Question, raw: object): Checked {
  const wrong = { error: 'Choose one of the options.' };
  if (!('kind' in raw) || raw.kind !== 'choice' || !('optionId' in raw)) return wrong;
  const optionId = raw.optionId;
  if (typeof optionId !== 'string') return wrong;
  const known = choiceOptions(question)?.some((option) => option.id === optionId) ?? false;
  return known ? { answer: { kind: 'choice', optionId } } : wrong;
}

function checkChoices(question: Question, raw: object): Checked {
  const wrong = { error: 'Choose from the options given.' };
  if (!('kind' in raw) || raw.kind !== 'choices' || !('optionIds' in raw)) return wrong;
  const ids: unknown = raw.optionIds;
  if (!Array.isArray(ids)) return wrong;
  if (ids.length === 0) return MISSING;
  const options = choiceOptions(question) ?? [];
  const chosen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || chosen.has(id)) return wrong;
    if (!options.some((option) => option.id === id)) return wrong;
    chosen.add(id);
  }
  // Stored in the form's option order so that equal answers look equal.
  const optionIds = options.filter((option) => chosen.has(option.id)).map((option) => option.id);
  return { answer: { kind: 'choices', optionIds } };
}

function checkNumber(raw: object): Checked {
  const wrong = { error: 'Choose a whole number from 0 to 10.' };
  if (!('kind' in raw) || raw.kind !== 'number' || !('value' in raw)) return wrong;
  const value = raw.value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10)
    return wrong;
  return { answer: { kind: 'number', value } };
}

function checkTextAnswer(question: Question, raw: object): Checked {
  const wrong = { error: 'Type your answer as text.' };
  if (!('kind' in raw) || raw.kind !== 'text' || !('text' in raw)) return wrong;
  const text = raw.text;
  if (typeof text !== 'string') return wrong;
  if (text.trim() === '') return MISSING;
  const max = question.kind === 'short-text' ? LIMITS.shortText : LIMITS.longText;
  const problem = checkText(text, { label: 'your answer', required: false, max });
  return problem ? { error: problem } : { answer: { kind: 'text', text: text.trim() } };
}
