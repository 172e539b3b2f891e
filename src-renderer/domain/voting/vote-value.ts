import type { Validated } from '../result';
import { LIMITS, checkText } from '../text';
import type { DotOption, FistPoint, GradientPoint, Thumb, VotingMethod } from './methods';
import { METHOD_LABELS, isFistPoint, isGradientPoint, isThumb } from './methods';
import { countOf, quoted } from './wording';

/**
 * What one person chose, tagged with the method so that a vote sent for the wrong round
 * (for example from a phone still showing the previous round) is refused, not misread.
 * Plain data only: it is stored as is and may travel over local Wi-Fi as JSON.
 */
export type VoteValue =
  | { method: 'gradients'; point: GradientPoint }
  | { method: 'fist-to-five'; fingers: FistPoint }
  | { method: 'consent'; objection: false }
  | { method: 'consent'; objection: true; reason: string }
  | { method: 'thumbs'; thumb: Thumb }
  | { method: 'dots'; dots: DotAllocation };

/** Option id → number of dots placed on it. Options left out got no dots. */
export type DotAllocation = Readonly<Record<string, number>>;

/** The parts of a round that decide whether a vote is well formed. */
export interface BallotRules {
  method: VotingMethod;
  options: readonly DotOption[];
  dotBudget: number;
}

/**
 * Checks a vote against its round. Takes `unknown` because votes may come from another
 * device: nothing about their shape is trusted.
 */
export function validateVoteValue(
  rules: BallotRules,
  value: unknown,
): Validated<VoteValue, 'value'> {
  const fail = (message: string): Validated<VoteValue, 'value'> => ({
    ok: false,
    errors: { value: message },
  });
  if (!isRecord(value)) return fail('Choose your vote.');
  if (value.method !== rules.method) {
    return fail(`This vote does not fit the round, which uses ${METHOD_LABELS[rules.method]}.`);
  }
  switch (rules.method) {
    case 'gradients':
      return isGradientPoint(value.point)
        ? { ok: true, value: { method: 'gradients', point: value.point } }
        : fail('Choose a point from 1 to 8.');
    case 'fist-to-five':
      return isFistPoint(value.fingers)
        ? { ok: true, value: { method: 'fist-to-five', fingers: value.fingers } }
        : fail('Choose a fist or 1 to 5 fingers.');
    case 'thumbs':
      return isThumb(value.thumb)
        ? { ok: true, value: { method: 'thumbs', thumb: value.thumb } }
        : fail('Choose thumbs up, sideways or down.');
    case 'consent':
      return validateConsent(value);
    case 'dots': {
      const dots = validateDotBallot(rules, value.dots);
      return dots.ok ? { ok: true, value: { method: 'dots', dots: dots.value } } : dots;
    }
  }
}

function validateConsent(value: Record<string, unknown>): Validated<VoteValue, 'value'> {
  if (value.objection === false)
    return { ok: true, value: { method: 'consent', objection: false } };
  if (value.objection !== true) {
    return { ok: false, errors: { value: 'Choose objection or no objection.' } };
  }
  // Sociocracy only accepts a reasoned objection: the reason is what the group works on next.
  const reason = typeof value.reason === 'string' ? value.reason : '';
  const message =
    reason.trim() === ''
      ? 'Give the reason for the objection, so that the group can work on it.'
      : checkText(reason, { label: 'the reason', required: true, max: LIMITS.longText });
  if (message) return { ok: false, errors: { value: message } };
  return { ok: true, value: { method: 'consent', objection: true, reason: reason.trim() } };
}

/**
 * A dot ballot is refused as a whole rather than trimmed: silently dropping dots would change
 * someone's vote without telling them. Stacking several dots on one option is allowed.
 */
export function validateDotBallot(
  rules: Pick<BallotRules, 'options' | 'dotBudget'>,
  dots: unknown,
): Validated<DotAllocation, 'value'> {
  const fail = (message: string): Validated<DotAllocation, 'value'> => ({
    ok: false,
    errors: { value: message },
  });
  if (!isRecord(dots)) return fail('Place at least one dot.');
  const labels = new Map(rules.options.map((option) => [option.id, option.label]));
  let used = 0;
  for (const [optionId, count] of Object.entries(dots)) {
    const label = labels.get(optionId);
    // The unknown id is not echoed back: it may be anything a device sent.
    if (label === undefined)
      return fail('One of the dots is on an option that is not in this round.');
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      return fail(`Give ${quoted(label)} a whole number of dots, 1 or more, or leave it out.`);
    }
    used += count;
  }
  if (used === 0) return fail('Place at least one dot.');
  if (used > rules.dotBudget) {
    return fail(
      `Each person has ${countOf(rules.dotBudget, 'dot', 'dots')} to place, and this vote uses ${used}. ` +
        `Take off ${countOf(used - rules.dotBudget, 'dot', 'dots')}.`,
    );
  }
  // Rebuilt in option order, so that stored ballots do not keep a device's own key order.
  const clean: Record<string, number> = {};
  for (const option of rules.options) {
    const count = dots[option.id];
    if (typeof count === 'number') clean[option.id] = count;
  }
  return { ok: true, value: clean };
}

/** Total dots on a ballot that has already been validated. */
export function dotsUsed(dots: DotAllocation): number {
  return Object.values(dots).reduce((sum, count) => sum + count, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
