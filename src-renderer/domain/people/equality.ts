import type { RecordMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import type { ConsentRecord } from './consent';
import { canStoreSpecialCategory } from './consent';
import { SPECIAL_CATEGORY_NAMES } from './consent-purposes';
import type { EqualityQuestionId } from './equality-questions';
import { EQUALITY_QUESTIONS, PREFER_NOT_TO_SAY, answerLabel } from './equality-questions';
import { compareIds, compareInstants, isInstant } from './instants';

/**
 * One person's equality monitoring answers, kept in their own table apart from the register so
 * that the register can be shown, printed and shared without them. Each answer is an option
 * code or "prefer-not-to-say"; a question not answered has no entry at all.
 */
export type EqualityAnswers = Partial<Record<EqualityQuestionId, string>>;

export interface EqualityResponseInput {
  personId: string;
  answers: EqualityAnswers;
  givenAt: string;
  eventId?: string;
}

export interface EqualityResponse extends EqualityResponseInput, RecordMeta {}

export type EqualityField = 'personId' | 'givenAt' | 'answers' | `answers.${EqualityQuestionId}`;

export type AnswerState =
  | { kind: 'answered'; code: string; label: string }
  | { kind: 'prefer-not-to-say' }
  | { kind: 'not-answered' };

/**
 * Checks every answer is one of the question's options and that special category answers are
 * covered by explicit consent. "Prefer not to say" never needs consent: it holds no data.
 */
export function validateEqualityResponse(
  input: EqualityResponseInput,
  consentRecords: readonly ConsentRecord[],
): Validated<EqualityResponseInput, EqualityField> {
  const errors: FieldErrors<EqualityField> = {
    personId: input.personId === '' ? 'Choose the person these answers belong to.' : undefined,
    givenAt: isInstant(input.givenAt) ? undefined : 'Enter when the answers were given.',
  };
  const answers: EqualityAnswers = {};
  for (const question of EQUALITY_QUESTIONS) {
    const code = input.answers[question.id];
    if (code === undefined || code === '') continue;
    if (answerLabel(question.id, code) === undefined) {
      errors[`answers.${question.id}`] =
        'Choose one of the answers listed, or "Prefer not to say".';
      continue;
    }
    const kind = question.specialCategory;
    if (kind && code !== PREFER_NOT_TO_SAY && !canStoreSpecialCategory(consentRecords, kind)) {
      errors[`answers.${question.id}`] =
        `This answer is about ${SPECIAL_CATEGORY_NAMES[kind]}, which can only be kept with explicit consent for ${SPECIAL_CATEGORY_NAMES[kind]} data. Record that consent first, or choose "Prefer not to say".`;
      continue;
    }
    answers[question.id] = code;
  }
  if (!hasErrors(errors) && Object.keys(answers).length === 0) {
    errors.answers =
      'Answer at least one question, or choose "Prefer not to say". The form is optional, so you can also close it.';
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      personId: input.personId,
      answers,
      givenAt: input.givenAt,
      ...(input.eventId ? { eventId: input.eventId } : {}),
    },
  };
}

/** The three ways a question can stand, which reports and screens keep apart. */
export function answerState(
  response: Pick<EqualityResponse, 'answers'> | undefined,
  id: EqualityQuestionId,
): AnswerState {
  const code = response?.answers[id];
  if (code === undefined || code === '') return { kind: 'not-answered' };
  if (code === PREFER_NOT_TO_SAY) return { kind: 'prefer-not-to-say' };
  return { kind: 'answered', code, label: answerLabel(id, code) ?? code };
}

/**
 * The answers still covered by consent, e.g. after explicit consent for ethnicity data is
 * withdrawn. "Prefer not to say" is kept: it is not special category data.
 */
export function withoutUnconsentedAnswers(
  answers: EqualityAnswers,
  consentRecords: readonly ConsentRecord[],
): EqualityAnswers {
  const kept: EqualityAnswers = {};
  for (const question of EQUALITY_QUESTIONS) {
    const code = answers[question.id];
    if (code === undefined) continue;
    const kind = question.specialCategory;
    if (kind && code !== PREFER_NOT_TO_SAY && !canStoreSpecialCategory(consentRecords, kind))
      continue;
    kept[question.id] = code;
  }
  return kept;
}

/**
 * One response per person. Normally there is only one (it is updated in place), but two devices
 * may each hold one after a merge: the most recently changed counts, then the id.
 */
export function latestResponses(
  responses: readonly EqualityResponse[],
): Map<string, EqualityResponse> {
  const latest = new Map<string, EqualityResponse>();
  for (const response of responses) {
    const current = latest.get(response.personId);
    const newer =
      !current ||
      (compareInstants(response.updatedAt, current.updatedAt) ||
        response.version - current.version ||
        compareIds(response.id, current.id)) > 0;
    if (newer) latest.set(response.personId, response);
  }
  return latest;
}
