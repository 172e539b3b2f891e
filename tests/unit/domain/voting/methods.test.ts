import { describe, expect, it } from 'vitest';
import {
  CONSENT_LABELS,
  FIST_LABELS,
  GRADIENT_LABELS,
  GRADIENT_POINTS,
  FIST_POINTS,
  METHOD_LABELS,
  THUMB_LABELS,
  VOTING_METHODS,
  defaultDotBudget,
  fistName,
  isVotingMethod,
} from '../../../../src-renderer/domain/voting/methods';

describe('the five methods', () => {
  it('offers exactly the five methods of the product brief', () => {
    expect(VOTING_METHODS).toEqual(['gradients', 'fist-to-five', 'consent', 'thumbs', 'dots']);
    expect(Object.values(METHOD_LABELS)).toEqual([
      'Gradients of Agreement',
      'Fist-to-five',
      'Consent round',
      'Thumbs',
      'Dot voting',
    ]);
    expect(isVotingMethod('dots')).toBe(true);
    expect(isVotingMethod('majority')).toBe(false);
    expect(isVotingMethod(3)).toBe(false);
  });

  it("uses Kaner's eight gradients with their exact labels", () => {
    expect(GRADIENT_POINTS).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(GRADIENT_LABELS).toEqual({
      1: 'Whole-hearted endorsement',
      2: 'Agreement with a minor point of contention',
      3: 'Support with reservations',
      4: 'Abstain',
      5: 'More discussion needed',
      6: "Don't like but will support",
      7: 'Serious disagreement',
      8: 'Veto (block)',
    });
  });

  it('uses fist-to-five from the fist (0) to 5 with the exact labels', () => {
    expect(FIST_POINTS).toEqual([0, 1, 2, 3, 4, 5]);
    expect(FIST_LABELS).toEqual({
      0: 'No / block',
      1: 'Need to discuss issues',
      2: 'Would like to discuss minor issues',
      3: 'Comfortable to let it pass',
      4: 'Will work for it',
      5: 'Will lead it',
    });
    expect([0, 1, 2, 5].map((p) => fistName(p as 0 | 1 | 2 | 5))).toEqual([
      'Fist',
      '1 finger',
      '2 fingers',
      '5 fingers',
    ]);
  });

  it('labels thumbs and consent choices as the room says them', () => {
    expect(THUMB_LABELS).toEqual({
      up: 'Thumbs up',
      sideways: 'Sideways (will go along)',
      down: 'Thumbs down (block or must speak)',
    });
    expect(CONSENT_LABELS).toEqual({ 'no-objection': 'No objection', objection: 'Objection' });
  });
});

describe('default dot budget', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 1],
    [5, 1],
    [6, 2],
    [8, 2],
    [9, 3],
    [10, 3],
    [30, 10],
  ])('gives %i options %i dots each (options ÷ 3, rounded down, at least 1)', (options, budget) => {
    expect(defaultDotBudget(options)).toBe(budget);
  });

  it('never exceeds the largest budget a round accepts', () => {
    expect(defaultDotBudget(600)).toBe(50);
  });
});
