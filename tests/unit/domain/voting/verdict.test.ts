import { describe, expect, it } from 'vitest';
import type { FistPoint, GradientPoint } from '../../../../src-renderer/domain/voting/methods';
import type { RuleFor } from '../../../../src-renderer/domain/voting/rules';
import { defaultRule } from '../../../../src-renderer/domain/voting/rules';
import {
  isBlockingVote,
  judgeConsent,
  judgeFist,
  judgeGradients,
  judgeThumbs,
} from '../../../../src-renderer/domain/voting/verdict';
import { fist, gradient, noObjection, objection, thumb } from './helpers';

const gradientCounts = (given: Partial<Record<GradientPoint, number>>) => ({
  1: 0,
  2: 0,
  3: 0,
  4: 0,
  5: 0,
  6: 0,
  7: 0,
  8: 0,
  ...given,
});
const fistCounts = (given: Partial<Record<FistPoint, number>>) => ({
  0: 0,
  1: 0,
  2: 0,
  3: 0,
  4: 0,
  5: 0,
  ...given,
});
const noSeriousDisagreement = defaultRule('gradients') as RuleFor<'gradients'>;
const threeQuarters: RuleFor<'gradients'> = {
  method: 'gradients',
  kind: 'conditions',
  conditions: [{ kind: 'min-share', points: [1, 2, 3], percent: 75 }],
};
const fistRule = defaultRule('fist-to-five') as RuleFor<'fist-to-five'>;

describe('gradients verdict', () => {
  it('has no verdict without votes', () => {
    expect(judgeGradients(noSeriousDisagreement, gradientCounts({})).status).toBe('no-votes');
  });

  it('passes one voter who endorses', () => {
    expect(judgeGradients(noSeriousDisagreement, gradientCounts({ 1: 1 }))).toEqual({
      status: 'passed',
      summary: 'Agreed under the rule the group chose.',
      reasons: [],
    });
  });

  it('fails a single veto among many supporters and says why', () => {
    const verdict = judgeGradients(noSeriousDisagreement, gradientCounts({ 1: 9, 8: 1 }));
    expect(verdict.status).toBe('failed');
    expect(verdict.reasons).toEqual([
      '1 person is at 7 “Serious disagreement” or 8 “Veto (block)”; the rule allows none.',
    ]);
  });

  it('fails when everyone abstains, whatever the rule, because there is no support', () => {
    const verdict = judgeGradients(noSeriousDisagreement, gradientCounts({ 4: 5 }));
    expect(verdict.status).toBe('failed');
    expect(verdict.summary).toBe(
      'Not agreed: everyone abstained, so there is no support to act on.',
    );
    expect(verdict.reasons).toEqual(['All 5 votes are at 4 “Abstain”.']);
  });

  it('counts abstentions in the share of the room', () => {
    // 3 supporters of 4 votes (one abstains) is exactly 75%: meets "at least 75%".
    expect(judgeGradients(threeQuarters, gradientCounts({ 1: 2, 3: 1, 4: 1 })).status).toBe(
      'passed',
    );
    // 3 of 5 is 60%.
    const verdict = judgeGradients(threeQuarters, gradientCounts({ 1: 3, 4: 2 }));
    expect(verdict.reasons).toEqual(['60% of votes are at 1–3; the rule needs at least 75%.']);
  });

  it('rounds a failing share down, so that it never reads as meeting the threshold', () => {
    // 14 of 19 is 73.7%: shown as 73%, not 74%.
    const nearly = judgeGradients(threeQuarters, gradientCounts({ 2: 14, 5: 5 }));
    expect(nearly.reasons[0]).toMatch(/^73% of votes/);
    // 149 of 200 is 74.5%, still short of 75% and shown as 74%.
    const closer = judgeGradients(threeQuarters, gradientCounts({ 1: 149, 6: 51 }));
    expect(closer.status).toBe('failed');
    expect(closer.reasons[0]).toMatch(/^74% of votes/);
  });

  it('lists every unmet condition', () => {
    const rule: RuleFor<'gradients'> = {
      ...threeQuarters,
      conditions: [...threeQuarters.conditions, { kind: 'max-count', points: [5], max: 1 }],
    };
    expect(judgeGradients(rule, gradientCounts({ 1: 1, 5: 3 })).reasons).toEqual([
      '25% of votes are at 1–3; the rule needs at least 75%.',
      '3 people are at 5 “More discussion needed”; the rule allows no more than 1.',
    ]);
  });

  it('leaves the reading to the group when no rule was set', () => {
    const none: RuleFor<'gradients'> = { method: 'gradients', kind: 'conditions', conditions: [] };
    expect(judgeGradients(none, gradientCounts({ 8: 3 })).status).toBe('no-rule');
  });
});

describe('fist-to-five verdict', () => {
  it('passes one voter at 3', () => {
    expect(judgeFist(fistRule, fistCounts({ 3: 1 }))).toEqual({
      status: 'passed',
      summary: 'Consensus: everyone is at 3 or above.',
      reasons: [],
    });
  });

  it('fails on a single fist', () => {
    const verdict = judgeFist(fistRule, fistCounts({ 5: 20, 0: 1 }));
    expect(verdict.status).toBe('failed');
    expect(verdict.reasons).toEqual(['1 person at Fist (No / block).']);
  });

  it('fails when a 2 is shown, and asks to hear the concerns and repeat', () => {
    const verdict = judgeFist(fistRule, fistCounts({ 2: 1, 1: 2, 4: 6 }));
    expect(verdict.summary).toBe(
      'No consensus yet: 3 people are below 3. Hear their concerns and run the round again.',
    );
    expect(verdict.reasons).toEqual([
      '2 people at 1 finger (Need to discuss issues).',
      '1 person at 2 fingers (Would like to discuss minor issues).',
    ]);
  });

  it('follows a stricter minimum chosen by the group', () => {
    const strict: RuleFor<'fist-to-five'> = { ...fistRule, minimum: 4 };
    expect(judgeFist(strict, fistCounts({ 3: 1, 5: 4 })).status).toBe('failed');
    expect(judgeFist(strict, fistCounts({ 4: 1, 5: 4 })).status).toBe('passed');
  });

  it('has no verdict without votes', () => {
    expect(judgeFist(fistRule, fistCounts({})).status).toBe('no-votes');
  });
});

describe('consent and thumbs verdicts', () => {
  it('gives consent only when nobody objects', () => {
    expect(judgeConsent(0, 0).status).toBe('no-votes');
    expect(judgeConsent(0, 12).summary).toBe('Consent: nobody objects.');
    expect(judgeConsent(1, 12)).toEqual({
      status: 'failed',
      summary: '1 objection: resolve it and run the round again.',
      reasons: [],
    });
    expect(judgeConsent(2, 12).summary).toBe('2 objections: resolve them and run the round again.');
  });

  it('agrees with thumbs only when nobody shows thumbs down', () => {
    expect(judgeThumbs({ up: 0, sideways: 0, down: 0 }).status).toBe('no-votes');
    expect(judgeThumbs({ up: 2, sideways: 5, down: 0 }).status).toBe('passed');
    expect(judgeThumbs({ up: 9, sideways: 0, down: 1 })).toEqual({
      status: 'failed',
      summary: 'Not agreed: 1 person shows thumbs down. Hear from them before going on.',
      reasons: [],
    });
  });
});

describe('isBlockingVote', () => {
  it('marks the votes whose owners should be heard first', () => {
    expect(isBlockingVote(fistRule, fist(2))).toBe(true);
    expect(isBlockingVote(fistRule, fist(3))).toBe(false);
    expect(isBlockingVote(defaultRule('consent'), objection('Too far'))).toBe(true);
    expect(isBlockingVote(defaultRule('consent'), noObjection)).toBe(false);
    expect(isBlockingVote(defaultRule('thumbs'), thumb('down'))).toBe(true);
    expect(isBlockingVote(defaultRule('thumbs'), thumb('sideways'))).toBe(false);
    expect(isBlockingVote(noSeriousDisagreement, gradient(7))).toBe(true);
    expect(isBlockingVote(noSeriousDisagreement, gradient(6))).toBe(false);
  });

  it('does not single out anyone for a share condition, or for a mismatched vote', () => {
    expect(isBlockingVote(threeQuarters, gradient(6))).toBe(false);
    expect(isBlockingVote(fistRule, gradient(8))).toBe(false);
    expect(isBlockingVote(defaultRule('dots'), gradient(8))).toBe(false);
  });
});
