import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../src-renderer/domain/voting/round';
import { revealRound } from '../../../../src-renderer/domain/voting/round';
import type { Tally } from '../../../../src-renderer/domain/voting/tally';
import { tallyRound, visibleResult } from '../../../../src-renderer/domain/voting/tally';
import type { AnonymousBallot, NamedVote } from '../../../../src-renderer/domain/voting/votes';
import {
  anonymousBallots,
  at,
  ctxAt,
  dots,
  first,
  fist,
  gradient,
  makeRound,
  namedVotes,
  noObjection,
  objection,
  thumb,
  unwrap,
  uuid,
} from './helpers';

const counts = (tally: Tally) =>
  'distribution' in tally ? tally.distribution.map((bar) => bar.count) : [];

function expectMethod<M extends Tally['method']>(
  tally: Tally,
  method: M,
): Extract<Tally, { method: M }> {
  if (tally.method !== method) throw new Error(`Expected a ${method} tally, got ${tally.method}`);
  return tally as Extract<Tally, { method: M }>;
}

describe('no votes', () => {
  it.each(['gradients', 'fist-to-five', 'consent', 'thumbs'] as const)(
    'draws an empty %s distribution with no verdict',
    (method) => {
      const tally = tallyRound(makeRound(method), []);
      expect(tally.voters).toBe(0);
      expect(tally.verdict.status).toBe('no-votes');
      expect(counts(tally).every((c) => c === 0)).toBe(true);
      expect(counts(tally).length).toBe(
        { gradients: 8, 'fist-to-five': 6, consent: 2, thumbs: 3 }[method],
      );
      if ('distribution' in tally)
        expect(tally.distribution.every((b) => b.share === 0)).toBe(true);
    },
  );

  it('ranks every dot option level with no dots', () => {
    const tally = expectMethod(tallyRound(makeRound('dots'), []), 'dots');
    expect(tally.dotsCast).toBe(0);
    expect(tally.ranking.map((r) => [r.rank, r.tied])).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
  });
});

describe('gradients of agreement', () => {
  const round = makeRound('gradients');

  it('passes one voter with whole-hearted endorsement', () => {
    const tally = tallyRound(round, namedVotes(round, [gradient(1)]));
    expect(tally.voters).toBe(1);
    expect(counts(tally)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(tally.verdict.status).toBe('passed');
  });

  it('labels the bars with the points and Kaner’s words', () => {
    const tally = expectMethod(tallyRound(round, []), 'gradients');
    expect(tally.distribution[7]).toEqual({
      value: 8,
      label: '8 Veto (block)',
      count: 0,
      share: 0,
    });
  });

  it('fails when everyone abstains', () => {
    const tally = tallyRound(round, namedVotes(round, [gradient(4), gradient(4), gradient(4)]));
    expect(counts(tally)[3]).toBe(3);
    expect(tally.verdict.status).toBe('failed');
    expect(tally.verdict.summary).toMatch(/everyone abstained/);
  });

  it('fails on a single veto, and names the person to hear first', () => {
    const values = [gradient(1), gradient(2), gradient(3), gradient(8), gradient(6)];
    const tally = tallyRound(round, namedVotes(round, values));
    expect(counts(tally)).toEqual([1, 1, 1, 0, 0, 1, 0, 1]);
    expect(tally.verdict.status).toBe('failed');
    expect(tally.concernsFrom).toEqual(['p4']);
    expect(expectMethod(tally, 'gradients').distribution[7]?.share).toBeCloseTo(0.2);
  });
});

describe('fist-to-five', () => {
  const round = makeRound('fist-to-five');

  it('fails when a 2 is shown, and says who to hear', () => {
    const tally = tallyRound(round, namedVotes(round, [fist(5), fist(2), fist(4), fist(3)]));
    expect(counts(tally)).toEqual([0, 0, 1, 1, 1, 1]);
    expect(tally.verdict.status).toBe('failed');
    expect(tally.verdict.reasons).toEqual([
      '1 person at 2 fingers (Would like to discuss minor issues).',
    ]);
    expect(tally.concernsFrom).toEqual(['p2']);
  });

  it('fails on a single fist among fives', () => {
    const tally = tallyRound(round, namedVotes(round, [fist(5), fist(5), fist(0)]));
    expect(tally.verdict.status).toBe('failed');
    expect(tally.concernsFrom).toEqual(['p3']);
  });

  it('passes when everyone is at 3 or above', () => {
    const tally = tallyRound(round, namedVotes(round, [fist(3), fist(4), fist(5)]));
    expect(tally.verdict.status).toBe('passed');
    expect(tally.concernsFrom).toEqual([]);
  });

  it('labels the bars with what the hand shows and what it means', () => {
    const tally = expectMethod(tallyRound(round, []), 'fist-to-five');
    expect(tally.distribution.map((b) => b.label)).toEqual([
      'Fist: No / block',
      '1 finger: Need to discuss issues',
      '2 fingers: Would like to discuss minor issues',
      '3 fingers: Comfortable to let it pass',
      '4 fingers: Will work for it',
      '5 fingers: Will lead it',
    ]);
  });
});

describe('consent round', () => {
  it('lists each objection with its reason and, in a named round, who raised it', () => {
    const round = makeRound('consent');
    const votes = namedVotes(round, [noObjection, objection('No step-free access'), noObjection]);
    const tally = expectMethod(tallyRound(round, votes), 'consent');
    expect(counts(tally)).toEqual([2, 1]);
    expect(tally.objections).toEqual([{ reason: 'No step-free access', personId: 'p2' }]);
    expect(tally.verdict.status).toBe('failed');
  });

  it('gives consent when nobody objects', () => {
    const round = makeRound('consent');
    const tally = tallyRound(round, namedVotes(round, [noObjection, noObjection]));
    expect(tally.verdict.summary).toBe('Consent: nobody objects.');
  });

  it('lists anonymous objections without names, in an order unrelated to voting', () => {
    const round = makeRound('consent', { anonymous: true });
    const ballots = anonymousBallots(round, [
      objection('Too costly'),
      noObjection,
      objection('Another date'),
    ]);
    const tally = expectMethod(tallyRound(round, ballots), 'consent');
    expect(tally.objections).toEqual([{ reason: 'Another date' }, { reason: 'Too costly' }]);
    expect(tally.concernsFrom).toEqual([]);
  });
});

describe('thumbs', () => {
  const round = makeRound('thumbs');

  it('passes with sideways thumbs and fails on one thumb down', () => {
    const pass = tallyRound(round, namedVotes(round, [thumb('up'), thumb('sideways')]));
    expect(pass.verdict.status).toBe('passed');
    const fail = tallyRound(round, namedVotes(round, [thumb('up'), thumb('down'), thumb('up')]));
    expect(counts(fail)).toEqual([2, 0, 1]);
    expect(fail.verdict.status).toBe('failed');
    expect(fail.concernsFrom).toEqual(['p2']);
  });
});

describe('dot voting', () => {
  const round = makeRound('dots', { dotBudget: 3 });

  it('totals stacked dots, ranks them and counts who chose each option', () => {
    const votes = namedVotes(round, [
      dots({ a: 3 }),
      dots({ a: 3 }),
      dots({ b: 2, c: 1 }),
      dots({ b: 1 }),
    ]);
    const tally = expectMethod(tallyRound(round, votes), 'dots');
    expect(tally.dotsCast).toBe(10);
    expect(tally.budget).toBe(3);
    expect(tally.voters).toBe(4);
    expect(tally.verdict.status).toBe('ranked');
    expect(tally.ranking).toEqual([
      { optionId: 'a', label: 'Transport', dots: 6, share: 0.6, rank: 1, tied: false, voters: 2 },
      { optionId: 'b', label: 'Information', dots: 3, share: 0.3, rank: 2, tied: false, voters: 2 },
      {
        optionId: 'c',
        label: 'Peer support',
        dots: 1,
        share: 0.1,
        rank: 3,
        tied: false,
        voters: 1,
      },
    ]);
  });

  it('shows an exact tie as a tie', () => {
    const votes = namedVotes(round, [dots({ a: 3 }), dots({ b: 3 }), dots({ c: 1 })]);
    const tally = expectMethod(tallyRound(round, votes), 'dots');
    expect(tally.ranking.map((r) => [r.optionId, r.rank, r.tied])).toEqual([
      ['b', 1, true],
      ['a', 1, true],
      ['c', 3, false],
    ]);
  });

  it('shows totals one dot apart as a near-tie', () => {
    const votes = namedVotes(round, [dots({ a: 3 }), dots({ b: 2, c: 1 }), dots({ a: 1, c: 2 })]);
    const tally = expectMethod(tallyRound(round, votes), 'dots');
    expect(tally.ranking.map((r) => [r.optionId, r.dots, r.rank, r.tied])).toEqual([
      ['a', 4, 1, true],
      ['c', 3, 1, true],
      ['b', 2, 3, false],
    ]);
  });

  it('leaves out a stored ballot over the budget or on an unknown option, and says so', () => {
    const good = namedVotes(round, [dots({ a: 1 })]);
    const tooMany: NamedVote = { ...first(good), personId: 'p8', value: dots({ b: 4 }) };
    const unknown: NamedVote = { ...first(good), personId: 'p9', value: dots({ z: 1 }) };
    const tally = expectMethod(tallyRound(round, [...good, tooMany, unknown]), 'dots');
    expect(tally.voters).toBe(1);
    expect(tally.ignored).toBe(2);
    expect(tally.dotsCast).toBe(1);
  });
});

describe('which votes count', () => {
  it('counts only the latest of a changed vote', () => {
    const round = makeRound('fist-to-five');
    const firstVote = first(namedVotes(round, [fist(1)]));
    const changed: NamedVote = { ...firstVote, value: fist(4), at: at(600) };
    const tally = tallyRound(round, [changed, firstVote]);
    expect(tally.voters).toBe(1);
    expect(counts(tally)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(tally.verdict.status).toBe('passed');
  });

  it('skips other rounds’ votes and votes of the wrong kind', () => {
    const round = makeRound('thumbs');
    const other = makeRound('thumbs', {}, 'round-other');
    const anonymous = makeRound('thumbs', { anonymous: true }, 'round-anon');
    const mine = namedVotes(round, [thumb('up')]);
    const stray: AnonymousBallot = {
      kind: 'anonymous',
      id: uuid(1),
      roundId: round.id,
      value: thumb('down'),
    };
    const tally = tallyRound(round, [...mine, ...namedVotes(other, [thumb('down')]), stray]);
    expect(tally.voters).toBe(1);
    expect(tally.ignored).toBe(1);
    expect(tally.verdict.status).toBe('passed');
    // An anonymous round never counts named votes.
    const strayNamed: NamedVote = { ...first(mine), roundId: anonymous.id };
    expect(tallyRound(anonymous, [strayNamed]).voters).toBe(0);
  });

  it('counts votes entered on behalf like any other', () => {
    const round = makeRound('thumbs');
    const votes = namedVotes(round, [thumb('down'), thumb('up')], true);
    expect(votes.every((v) => v.enteredOnBehalf && v.enteredBy === 'Sam Facilitator')).toBe(true);
    const tally = tallyRound(round, votes);
    expect(counts(tally)).toEqual([1, 0, 1]);
  });

  it('tallies an anonymous gradients round with no person anywhere in the result', () => {
    const round = makeRound('gradients', { anonymous: true });
    const ballots = anonymousBallots(round, [gradient(1), gradient(7), gradient(2)]);
    const tally = tallyRound(round, ballots);
    expect(counts(tally)).toEqual([1, 1, 0, 0, 0, 0, 1, 0]);
    expect(tally.verdict.status).toBe('failed');
    expect(tally.concernsFrom).toEqual([]);
    expect(JSON.stringify(tally)).not.toMatch(/"p\d"/);
  });
});

describe('hidden results', () => {
  const hidden = makeRound('fist-to-five', { hiddenUntilRevealed: true });
  const tally = tallyRound(hidden, namedVotes(hidden, [fist(5), fist(1)]));

  it('shows only how many have voted until revealed', () => {
    const shown = visibleResult(hidden, tally);
    expect(shown).toEqual({
      visible: false,
      voters: 2,
      message: 'Results are hidden until they are revealed. 2 people have voted.',
    });
    expect(JSON.stringify(shown)).not.toMatch(/distribution|verdict|Fist|finger/);
  });

  it('shows the whole tally once revealed', () => {
    const revealed: Round = unwrap(revealRound(hidden, ctxAt(99)));
    const shown = visibleResult(revealed, tally);
    expect(shown.visible).toBe(true);
    expect(shown.visible && shown.tally).toBe(tally);
  });

  it('shows an unhidden round straight away', () => {
    const open = makeRound('thumbs');
    expect(visibleResult(open, tallyRound(open, [])).visible).toBe(true);
  });

  it('warns that a tiny anonymous result can give people away', () => {
    const round = makeRound('thumbs', { anonymous: true });
    const two = tallyRound(round, anonymousBallots(round, [thumb('up'), thumb('down')]));
    expect(visibleResult(round, two).warning).toBe(
      'With fewer than 3 votes, an anonymous result can show how people voted.',
    );
    const three = tallyRound(
      round,
      anonymousBallots(round, [thumb('up'), thumb('down'), thumb('up')]),
    );
    expect(visibleResult(round, three).warning).toBeUndefined();
    expect(visibleResult(round, tallyRound(round, [])).warning).toBeUndefined();
  });
});

describe('300 voters', () => {
  const time = (fn: () => Tally): { tally: Tally; ms: number } => {
    const start = performance.now();
    const tally = fn();
    return { tally, ms: performance.now() - start };
  };

  it('tallies a fist-to-five round of 300 correctly and quickly', () => {
    const round = makeRound('fist-to-five');
    const values = Array.from({ length: 300 }, (_, i) => fist((i % 6) as 0 | 1 | 2 | 3 | 4 | 5));
    const votes = namedVotes(round, values);
    const { tally, ms } = time(() => tallyRound(round, votes));
    expect(counts(tally)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(tally.concernsFrom).toHaveLength(150);
    expect(ms).toBeLessThan(50);
  });

  it('tallies a dot-voting round of 300, each with a changed vote, correctly and quickly', () => {
    const round = makeRound('dots', { dotBudget: 3 });
    const firstTries = namedVotes(
      round,
      Array.from({ length: 300 }, () => dots({ c: 3 })),
    );
    const finals = firstTries.map((vote, i) => ({
      ...vote,
      at: at(1000 + i),
      value: dots(i % 2 === 0 ? { a: 2, b: 1 } : { b: 2, c: 1 }),
    }));
    const { tally, ms } = time(() => tallyRound(round, [...firstTries, ...finals]));
    const dotsTally = expectMethod(tally, 'dots');
    expect(dotsTally.voters).toBe(300);
    expect(dotsTally.dotsCast).toBe(900);
    expect(dotsTally.ranking.map((r) => [r.optionId, r.dots, r.rank, r.tied])).toEqual([
      ['b', 450, 1, false],
      ['a', 300, 2, false],
      ['c', 150, 3, false],
    ]);
    expect(ms).toBeLessThan(50);
  });

  it('tallies an anonymous gradients round of 300 quickly', () => {
    const round = makeRound('gradients', { anonymous: true });
    const values = Array.from({ length: 300 }, (_, i) => gradient((1 + (i % 3)) as 1 | 2 | 3));
    const ballots = anonymousBallots(round, values);
    const { tally, ms } = time(() => tallyRound(round, ballots));
    expect(counts(tally)).toEqual([100, 100, 100, 0, 0, 0, 0, 0]);
    expect(tally.verdict.status).toBe('passed');
    expect(ms).toBeLessThan(50);
  });
});
