import { describe, expect, it } from 'vitest';
import type { BallotRules } from '../../../../src-renderer/domain/voting/vote-value';
import {
  dotsUsed,
  validateDotBallot,
  validateVoteValue,
} from '../../../../src-renderer/domain/voting/vote-value';
import { errorsOf, unwrap } from './helpers';

const rulesFor = (method: BallotRules['method']): BallotRules => ({
  method,
  options: [],
  dotBudget: 0,
});

const dotRules: BallotRules = {
  method: 'dots',
  options: [
    { id: 'a', label: 'Transport' },
    { id: 'b', label: 'Information' },
    { id: 'c', label: 'Peer support' },
  ],
  dotBudget: 3,
};

describe('validateVoteValue', () => {
  it('accepts every point of each scale', () => {
    for (const point of [1, 2, 3, 4, 5, 6, 7, 8]) {
      expect(validateVoteValue(rulesFor('gradients'), { method: 'gradients', point }).ok).toBe(
        true,
      );
    }
    for (const fingers of [0, 1, 2, 3, 4, 5]) {
      const value = { method: 'fist-to-five', fingers };
      expect(validateVoteValue(rulesFor('fist-to-five'), value).ok).toBe(true);
    }
    for (const thumb of ['up', 'sideways', 'down']) {
      expect(validateVoteValue(rulesFor('thumbs'), { method: 'thumbs', thumb }).ok).toBe(true);
    }
  });

  it.each([0, 9, 2.5, '3', null])('refuses gradient point %s', (point) => {
    expect(
      errorsOf(validateVoteValue(rulesFor('gradients'), { method: 'gradients', point })),
    ).toEqual({
      value: 'Choose a point from 1 to 8.',
    });
  });

  it.each([-1, 6, 1.5, '0'])('refuses fist-to-five value %s', (fingers) => {
    const result = validateVoteValue(rulesFor('fist-to-five'), { method: 'fist-to-five', fingers });
    expect(errorsOf(result).value).toBe('Choose a fist or 1 to 5 fingers.');
  });

  it('refuses an unknown thumb', () => {
    const result = validateVoteValue(rulesFor('thumbs'), { method: 'thumbs', thumb: 'left' });
    expect(errorsOf(result).value).toBe('Choose thumbs up, sideways or down.');
  });

  it('refuses a vote meant for another method, naming the round’s method', () => {
    const result = validateVoteValue(rulesFor('fist-to-five'), { method: 'gradients', point: 3 });
    expect(errorsOf(result).value).toBe(
      'This vote does not fit the round, which uses Fist-to-five.',
    );
  });

  it.each([undefined, null, 'up', 3, []])('refuses a vote that is not an object (%s)', (value) => {
    expect(errorsOf(validateVoteValue(rulesFor('thumbs'), value)).value).toBe('Choose your vote.');
  });

  it('drops anything extra a device sends, such as a person id', () => {
    const value = unwrap(
      validateVoteValue(rulesFor('thumbs'), { method: 'thumbs', thumb: 'up', personId: 'p1' }),
    );
    expect(value).toEqual({ method: 'thumbs', thumb: 'up' });
  });

  describe('consent', () => {
    it('accepts no objection and drops any reason given with it', () => {
      const value = { method: 'consent', objection: false, reason: 'ignored' };
      expect(unwrap(validateVoteValue(rulesFor('consent'), value))).toEqual({
        method: 'consent',
        objection: false,
      });
    });

    it.each([undefined, '', '   '])('requires a reason with an objection (%s)', (reason) => {
      const result = validateVoteValue(rulesFor('consent'), {
        method: 'consent',
        objection: true,
        reason,
      });
      expect(errorsOf(result).value).toBe(
        'Give the reason for the objection, so that the group can work on it.',
      );
    });

    it('keeps the reason, trimmed', () => {
      const value = { method: 'consent', objection: true, reason: '  Not accessible by bus  ' };
      expect(unwrap(validateVoteValue(rulesFor('consent'), value))).toEqual({
        method: 'consent',
        objection: true,
        reason: 'Not accessible by bus',
      });
    });

    it('refuses a reason that is too long', () => {
      const value = { method: 'consent', objection: true, reason: 'x'.repeat(5001) };
      expect(errorsOf(validateVoteValue(rulesFor('consent'), value)).value).toMatch(
        /^The reason must be 5000 characters or fewer/,
      );
    });

    it('refuses an objection flag that is not true or false', () => {
      const value = { method: 'consent', objection: 'yes', reason: 'x' };
      expect(errorsOf(validateVoteValue(rulesFor('consent'), value)).value).toBe(
        'Choose objection or no objection.',
      );
    });
  });
});

describe('validateDotBallot', () => {
  it('allows stacking all dots on one option', () => {
    expect(unwrap(validateDotBallot(dotRules, { b: 3 }))).toEqual({ b: 3 });
  });

  it('allows using fewer dots than the budget', () => {
    expect(unwrap(validateDotBallot(dotRules, { a: 1 }))).toEqual({ a: 1 });
  });

  it('stores the ballot in option order, whatever order the device sent', () => {
    const clean = unwrap(validateDotBallot(dotRules, { c: 1, a: 1, b: 1 }));
    expect(Object.keys(clean)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a ballot over the budget, saying by how much', () => {
    expect(errorsOf(validateDotBallot(dotRules, { a: 2, b: 2 }))).toEqual({
      value: 'Each person has 3 dots to place, and this vote uses 4. Take off 1 dot.',
    });
    expect(errorsOf(validateDotBallot(dotRules, { a: 5 })).value).toContain('Take off 2 dots.');
  });

  it('speaks of a single dot in the singular', () => {
    const result = validateDotBallot({ ...dotRules, dotBudget: 1 }, { a: 1, b: 1 });
    expect(errorsOf(result).value).toBe(
      'Each person has 1 dot to place, and this vote uses 2. Take off 1 dot.',
    );
  });

  it.each([0, -1, 1.5, Number.NaN, '2', null])('refuses %s dots on an option', (count) => {
    expect(errorsOf(validateDotBallot(dotRules, { a: count })).value).toBe(
      'Give “Transport” a whole number of dots, 1 or more, or leave it out.',
    );
  });

  it('refuses dots on an option that is not in the round, without echoing the id', () => {
    const message = errorsOf(validateDotBallot(dotRules, { '<script>': 1 })).value;
    expect(message).toBe('One of the dots is on an option that is not in this round.');
    expect(errorsOf(validateDotBallot(dotRules, JSON.parse('{"__proto__": 1}'))).value).toBe(
      message,
    );
  });

  it.each([{}, null, undefined, [1, 2], 'a'])('refuses a ballot with no dots (%s)', (ballot) => {
    expect(errorsOf(validateDotBallot(dotRules, ballot)).value).toBe('Place at least one dot.');
  });

  it('counts the dots used', () => {
    expect(dotsUsed({ a: 2, c: 1 })).toBe(3);
    expect(dotsUsed({})).toBe(0);
  });
});
