import { describe, expect, it } from 'vitest';
import type { DecisionRule } from '../../../../src-renderer/domain/voting/rules';
import {
  GRADIENT_RULE_PRESETS,
  defaultRule,
  describeRule,
  validateRule,
} from '../../../../src-renderer/domain/voting/rules';
import { VOTING_METHODS } from '../../../../src-renderer/domain/voting/methods';
import { errorsOf, unwrap } from './helpers';

const gradients = (conditions: unknown[]): DecisionRule =>
  ({ method: 'gradients', kind: 'conditions', conditions }) as DecisionRule;

describe('defaultRule', () => {
  it('starts each method with the consensus the product states', () => {
    expect(defaultRule('fist-to-five')).toEqual({
      method: 'fist-to-five',
      kind: 'everyone-at-least',
      minimum: 3,
    });
    expect(defaultRule('consent')).toEqual({ method: 'consent', kind: 'no-objection' });
    expect(defaultRule('thumbs')).toEqual({ method: 'thumbs', kind: 'no-down' });
    expect(defaultRule('dots')).toEqual({ method: 'dots', kind: 'ranking' });
    expect(defaultRule('gradients')).toEqual(
      gradients([{ kind: 'max-count', points: [7, 8], max: 0 }]),
    );
  });

  it('gives a valid rule for every method', () => {
    for (const method of VOTING_METHODS) {
      expect(validateRule(method, defaultRule(method)).ok).toBe(true);
    }
  });
});

describe('validateRule', () => {
  it('refuses a rule made for another method', () => {
    expect(errorsOf(validateRule('gradients', defaultRule('consent')))).toEqual({
      rule: 'Choose a decision rule for this method.',
    });
  });

  it.each([0, 6, 2.5])('refuses a fist-to-five minimum of %s', (minimum) => {
    const rule = { method: 'fist-to-five', kind: 'everyone-at-least', minimum } as DecisionRule;
    expect(errorsOf(validateRule('fist-to-five', rule)).rule).toMatch(/from 1 to 5/);
  });

  it('accepts a stricter fist-to-five rule of 4 or above', () => {
    const rule: DecisionRule = { method: 'fist-to-five', kind: 'everyone-at-least', minimum: 4 };
    expect(unwrap(validateRule('fist-to-five', rule))).toEqual(rule);
  });

  it('sorts and de-duplicates the points of a gradients condition', () => {
    const rule = gradients([{ kind: 'max-count', points: [8, 7, 8], max: 0 }]);
    expect(unwrap(validateRule('gradients', rule))).toEqual(
      gradients([{ kind: 'max-count', points: [7, 8], max: 0 }]),
    );
  });

  it.each([
    [
      [{ kind: 'max-count', points: [], max: 0 }],
      'Each condition needs at least one point from 1 to 8.',
    ],
    [
      [{ kind: 'max-count', points: [9], max: 0 }],
      'Each condition needs at least one point from 1 to 8.',
    ],
    [[{ kind: 'max-count', points: [8], max: -1 }], 'Say how many votes are allowed'],
    [[{ kind: 'max-count', points: [8], max: 1.5 }], 'Say how many votes are allowed'],
    [[{ kind: 'min-share', points: [1], percent: 0 }], 'Give the share needed'],
    [[{ kind: 'min-share', points: [1], percent: 101 }], 'Give the share needed'],
    [[{ kind: 'min-share', points: [1], percent: 66.6 }], 'Give the share needed'],
  ])('refuses gradients conditions %j', (conditions, message) => {
    expect(errorsOf(validateRule('gradients', gradients(conditions))).rule).toContain(message);
  });

  it('refuses more than five conditions', () => {
    const six = Array.from({ length: 6 }, () => ({ kind: 'max-count', points: [8], max: 0 }));
    expect(errorsOf(validateRule('gradients', gradients(six))).rule).toBe(
      'Keep the rule to 5 conditions or fewer.',
    );
  });

  it('accepts a gradients round with no conditions, where the distribution is the result', () => {
    expect(validateRule('gradients', gradients([])).ok).toBe(true);
  });

  it('offers presets that are all valid and distinct', () => {
    for (const preset of GRADIENT_RULE_PRESETS) {
      expect(unwrap(validateRule('gradients', preset.rule))).toEqual(preset.rule);
    }
    const ids = GRADIENT_RULE_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('describeRule', () => {
  it('says "no 7 or 8" in plain words with the labels', () => {
    expect(describeRule(defaultRule('gradients'))).toBe(
      'Agreed when nobody is at 7 “Serious disagreement” or 8 “Veto (block)”.',
    );
  });

  it('describes a share of the room and joins conditions with "and"', () => {
    const rule = GRADIENT_RULE_PRESETS.find((p) => p.id === 'three-quarters-support')?.rule;
    expect(rule && describeRule(rule)).toBe(
      'Agreed when at least 75% of votes are at 1–3, and nobody is at 8 “Veto (block)”.',
    );
  });

  it('describes an allowance of one or more people', () => {
    expect(describeRule(gradients([{ kind: 'max-count', points: [5], max: 1 }]))).toBe(
      'Agreed when no more than 1 person is at 5 “More discussion needed”.',
    );
    expect(describeRule(gradients([{ kind: 'max-count', points: [5, 6], max: 2 }]))).toBe(
      "Agreed when no more than 2 people are at 5 “More discussion needed” or 6 “Don't like but will support”.",
    );
  });

  it.each([
    [[1, 3, 5], '1, 3 or 5'],
    [[1, 2, 3, 6], '1–3 or 6'],
    [[1, 2, 3, 5, 6, 7], '1–3 or 5–7'],
    [[1, 2, 4, 5, 6], '1, 2 or 4–6'],
  ])('writes points %j as "%s"', (points, words) => {
    expect(describeRule(gradients([{ kind: 'min-share', points, percent: 50 }]))).toBe(
      `Agreed when at least 50% of votes are at ${words}.`,
    );
  });

  it('describes the other methods', () => {
    expect(describeRule(defaultRule('fist-to-five'))).toBe(
      'Consensus when everyone shows 3 fingers or more; anyone below states their concern and the round repeats.',
    );
    expect(describeRule(defaultRule('consent'))).toBe(
      'Consent when nobody objects; objections are resolved and the round repeats.',
    );
    expect(describeRule(defaultRule('thumbs'))).toBe('Agreed when nobody shows thumbs down.');
    expect(describeRule(defaultRule('dots'))).toBe(
      'Options are ranked by their total dots; there is no pass or fail.',
    );
    expect(describeRule(gradients([]))).toBe(
      'No rule set: the group reads the distribution together.',
    );
  });
});
