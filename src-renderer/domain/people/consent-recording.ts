import type { CommandContext } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import type { ConsentRecord, ConsentRecordDraft, ConsentMethod } from './consent';
import { CONSENT_METHODS, currentConsent } from './consent';
import type { ConsentFormVersion } from './consent-form';
import { statementFor } from './consent-form';
import type { ConsentPurpose } from './consent-purposes';
import { CONSENT_PURPOSES, PURPOSE_LABELS } from './consent-purposes';
import { compareInstants, isInstant } from './instants';

/**
 * Nothing is pre-ticked. Each statement on the form starts as "not-asked" and only becomes a
 * record when the person actually answers yes ("granted") or no ("refused"). A statement left
 * "not-asked" writes nothing, so the purpose stays "never asked" — which is not a refusal.
 */
export type ConsentAnswer = 'not-asked' | 'granted' | 'refused';
export type ConsentAnswers = Partial<Record<ConsentPurpose, ConsentAnswer>>;

export const ANSWER_LABELS: Record<ConsentAnswer, string> = {
  'not-asked': 'Not asked this time',
  granted: 'Yes',
  refused: 'No',
};

export interface ConsentRecordingInput {
  personId: string;
  form: ConsentFormVersion;
  answers: ConsentAnswers;
  /** "" until the facilitator chooses: how consent was given is never assumed either. */
  method: ConsentMethod | '';
  at: string;
  eventId?: string;
}

export type ConsentRecordingField =
  'personId' | 'answers' | 'method' | 'at' | `answer.${ConsentPurpose}`;

/** Clocks on phones and laptops drift apart a little; a few minutes ahead is not "the future". */
const CLOCK_DRIFT_MS = 5 * 60 * 1000;

/** The answers a fresh form starts with: every statement on it, none answered. */
export function blankAnswers(form: Pick<ConsentFormVersion, 'statements'>): ConsentAnswers {
  const answers: ConsentAnswers = {};
  for (const { purpose } of form.statements) answers[purpose] = 'not-asked';
  return answers;
}

/**
 * One draft record per answered statement, each carrying the exact wording of the form version
 * shown. The caller gives each draft an id with consentRecord() and writes them all at once.
 */
export function validateConsentRecording(
  input: ConsentRecordingInput,
  ctx: CommandContext,
): Validated<ConsentRecordDraft[], ConsentRecordingField> {
  const errors: FieldErrors<ConsentRecordingField> = {
    personId: input.personId === '' ? 'Choose the person whose consent this is.' : undefined,
    method: (CONSENT_METHODS as readonly string[]).includes(input.method)
      ? undefined
      : 'Choose how consent was given: on screen, on a paper form or verbally.',
    at: checkWhen(input.at, ctx, 'consent was given'),
  };
  const answered: { purpose: ConsentPurpose; answer: 'granted' | 'refused'; wording: string }[] =
    [];
  for (const purpose of CONSENT_PURPOSES) {
    const answer = input.answers[purpose];
    if (answer === undefined || answer === 'not-asked') continue;
    const wording = statementFor(input.form, purpose);
    if (answer !== 'granted' && answer !== 'refused') {
      errors[`answer.${purpose}`] = 'Choose yes or no, or leave it as not asked.';
    } else if (wording === undefined) {
      errors[`answer.${purpose}`] =
        `This form does not ask about "${PURPOSE_LABELS[purpose]}", so it cannot be recorded with it.`;
    } else {
      answered.push({ purpose, answer, wording });
    }
  }
  if (answered.length === 0 && !hasErrors(errors)) {
    errors.answers =
      'Record a yes or a no for at least one statement. Leave the others as not asked.';
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: answered.map(({ purpose, answer, wording }) => ({
      personId: input.personId,
      purpose,
      decision: answer,
      formId: input.form.formId,
      formVersion: input.form.formVersion,
      wording,
      method: input.method as ConsentMethod,
      recordedBy: ctx.actor,
      ...(input.eventId ? { eventId: input.eventId } : {}),
      at: input.at,
    })),
  };
}

export interface WithdrawalInput {
  purpose: ConsentPurpose;
  method: ConsentMethod | '';
  at: string;
  eventId?: string;
}

/**
 * Withdrawing is as easy as giving: one new record that copies the form version and wording of
 * the consent being withdrawn, so the history reads "gave consent to X; withdrew consent to X".
 */
export function validateWithdrawal(
  records: readonly ConsentRecord[],
  input: WithdrawalInput,
  ctx: CommandContext,
): Validated<ConsentRecordDraft, 'purpose' | 'method' | 'at'> {
  const state = currentConsent(records, input.purpose);
  const errors: FieldErrors<'purpose' | 'method' | 'at'> = {
    purpose:
      state.status === 'granted'
        ? undefined
        : `There is no consent to withdraw for "${PURPOSE_LABELS[input.purpose]}": it is not currently given.`,
    method: (CONSENT_METHODS as readonly string[]).includes(input.method)
      ? undefined
      : 'Choose how the person told you: on screen, on a paper form or verbally.',
    at: checkWhen(input.at, ctx, 'consent was withdrawn'),
  };
  const granted = state.record;
  if (hasErrors(errors) || !granted) return { ok: false, errors };
  return {
    ok: true,
    value: {
      personId: granted.personId,
      purpose: input.purpose,
      decision: 'withdrawn',
      formId: granted.formId,
      formVersion: granted.formVersion,
      wording: granted.wording,
      method: input.method as ConsentMethod,
      recordedBy: ctx.actor,
      ...(input.eventId ? { eventId: input.eventId } : {}),
      at: input.at,
    },
  };
}

/** The stored record for a draft. Version stays 1 for ever: consent records are never edited. */
export function consentRecord(
  draft: ConsentRecordDraft,
  id: string,
  ctx: CommandContext,
): ConsentRecord {
  return { ...draft, ...createdMeta(id, ctx) };
}

function checkWhen(at: string, ctx: CommandContext, what: string): string | undefined {
  if (!isInstant(at)) return `Enter the date and time ${what}.`;
  if (isInstant(ctx.now) && compareInstants(at, ctx.now) > CLOCK_DRIFT_MS) {
    return `The time ${what} cannot be in the future.`;
  }
  return undefined;
}
