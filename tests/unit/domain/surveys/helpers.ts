import type { Answer, Answers } from '../../../../src-renderer/domain/surveys/answers';
import type { FormDefinition, Question } from '../../../../src-renderer/domain/surveys/form';
import { allQuestions } from '../../../../src-renderer/domain/surveys/form';
import type { ItemAnswers } from '../../../../src-renderer/domain/surveys/instruments/types';
import type { CommandContext } from '../../../../src-renderer/domain/record';
import type { FormVersion } from '../../../../src-renderer/domain/surveys/versioning';
import { createForm } from '../../../../src-renderer/domain/surveys/versioning';

export const ctx: CommandContext = { now: '2026-03-14T10:00:00.000Z', actor: 'Sam Facilitator' };

export const choice = (optionId: string): Answer => ({ kind: 'choice', optionId });
export const choices = (...optionIds: string[]): Answer => ({ kind: 'choices', optionIds });
export const num = (value: number): Answer => ({ kind: 'number', value });
export const text = (value: string): Answer => ({ kind: 'text', text: value });
export const declined: Answer = { kind: 'declined' };

/** Item answers from item ids to option codes, e.g. { 'item-1': 'agree' }. */
export function items(codes: Record<string, string>): ItemAnswers {
  return Object.fromEntries(Object.entries(codes).map(([id, code]) => [id, choice(code)]));
}

/** The same code for every listed item. */
export function allItems(ids: readonly string[], code: string): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, code]));
}

/** Stores a definition as version 1, failing the test loudly if it is not valid. */
export function version1(formId: string, definition: FormDefinition): FormVersion {
  const created = createForm(formId, definition, ctx);
  if (!created.ok) throw new Error(`Invalid form: ${JSON.stringify(created.errors)}`);
  return created.value;
}

/** Answers every question of a form with whatever `pick` chooses (undefined leaves it missing). */
export function answerAll(
  form: FormDefinition,
  pick: (question: Question) => Answer | undefined,
): Answers {
  const answers: Record<string, Answer> = {};
  for (const question of allQuestions(form)) {
    const answer = pick(question);
    if (answer) answers[question.id] = answer;
  }
  return answers;
}
