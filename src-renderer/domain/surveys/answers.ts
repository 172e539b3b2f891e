/**
 * What a person gave as an answer. A missing answer is the absence of an entry, never a value:
 * "declined" ("Prefer not to answer") is a deliberate answer and is stored as one, so reports can
 * tell "did not want to say" apart from "skipped" or "not asked".
 */
export type Answer =
  | { kind: 'choice'; optionId: string }
  | { kind: 'choices'; optionIds: string[] }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'declined' };

export type AnswerKind = Answer['kind'];

/** Answers keyed by question id. Stored as a plain object so IndexedDB and JSON keep it as is. */
export type Answers = Readonly<Record<string, Answer>>;

export const DECLINED: Answer = { kind: 'declined' };

export const DECLINED_LABEL = 'Prefer not to answer';

/**
 * Reads one answer without trusting the object's prototype: a question id such as "constructor"
 * must not pick up Object.prototype.constructor.
 */
export function answerFor(answers: Answers, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export function isDeclined(answer: Answer | undefined): boolean {
  return answer?.kind === 'declined';
}
