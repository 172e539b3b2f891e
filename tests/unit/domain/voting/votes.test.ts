import { describe, expect, it } from 'vitest';
import type { NamedVote, VotedMarker } from '../../../../src-renderer/domain/voting/votes';
import {
  castAnonymousBallot,
  castNamedVote,
  isRandomBallotId,
  laterVote,
  latestNamedVotes,
  peopleYetToVote,
  votedPersonIds,
} from '../../../../src-renderer/domain/voting/votes';
import { closeRound } from '../../../../src-renderer/domain/voting/round';
import {
  at,
  ctxAt,
  errorsOf,
  fist,
  gradient,
  makeRound,
  namedVotes,
  uuid,
  unwrap,
} from './helpers';

describe('named votes', () => {
  const round = makeRound('fist-to-five');

  it('records who voted, what, when and who typed it', () => {
    const vote = unwrap(
      castNamedVote(
        round,
        { roundId: round.id, personId: 'p1', value: fist(4), enteredOnBehalf: false },
        ctxAt(12, 'Jo on her phone'),
      ),
    );
    expect(vote).toEqual({
      kind: 'named',
      roundId: round.id,
      personId: 'p1',
      value: fist(4),
      enteredOnBehalf: false,
      enteredBy: 'Jo on her phone',
      at: at(12),
    });
  });

  it('keeps the on-behalf flag and the facilitator who entered it', () => {
    const vote = unwrap(
      castNamedVote(
        round,
        { roundId: round.id, personId: 'p7', value: fist(2), enteredOnBehalf: true },
        ctxAt(3, 'Sam Facilitator'),
      ),
    );
    expect(vote.enteredOnBehalf).toBe(true);
    expect(vote.enteredBy).toBe('Sam Facilitator');
    expect(vote.personId).toBe('p7');
  });

  it('is a plain object that survives a trip through JSON', () => {
    const [vote] = namedVotes(round, [fist(5)]);
    expect(JSON.parse(JSON.stringify(vote))).toEqual(vote);
  });

  it('refuses votes for a closed round, another round, an anonymous round or nobody', () => {
    const command = { roundId: round.id, personId: 'p1', value: fist(3), enteredOnBehalf: false };
    const closed = unwrap(closeRound(round, ctxAt(9)));
    expect(errorsOf(castNamedVote(closed, command, ctxAt(10)))).toEqual({
      round: 'This round is closed. Start another round to vote again.',
    });
    expect(errorsOf(castNamedVote(round, { ...command, roundId: 'other' }, ctxAt())).round).toBe(
      'This vote is for a different round.',
    );
    const anonymous = makeRound('fist-to-five', { anonymous: true });
    expect(
      errorsOf(castNamedVote(anonymous, { ...command, roundId: anonymous.id }, ctxAt())).round,
    ).toBe('This round is anonymous: votes are cast without names.');
    expect(errorsOf(castNamedVote(round, { ...command, personId: '' }, ctxAt())).personId).toBe(
      'Choose who is voting.',
    );
  });

  it('refuses a value that does not fit the round', () => {
    const command = {
      roundId: round.id,
      personId: 'p1',
      value: gradient(3),
      enteredOnBehalf: false,
    };
    expect(errorsOf(castNamedVote(round, command, ctxAt())).value).toMatch(
      /does not fit the round/,
    );
  });
});

describe('changed votes: the latest counts', () => {
  const round = makeRound('fist-to-five');
  const vote = (
    personId: string,
    fingers: 0 | 1 | 2 | 3 | 4 | 5,
    when: string,
    by = 'Sam',
  ): NamedVote => ({
    kind: 'named',
    roundId: round.id,
    personId,
    value: fist(fingers),
    enteredOnBehalf: false,
    enteredBy: by,
    at: when,
  });

  it('keeps one vote per person, the later one, whatever order they arrive in', () => {
    const first = vote('p1', 1, at(10));
    const changed = vote('p1', 4, at(20));
    const other = vote('p2', 5, at(15));
    expect(latestNamedVotes([first, other, changed])).toEqual([other, changed]);
    expect(latestNamedVotes([changed, other, first])).toEqual([other, changed]);
  });

  it('keeps a person’s votes in different rounds apart', () => {
    const elsewhere = { ...vote('p1', 0, at(30)), roundId: 'another-round' };
    expect(latestNamedVotes([vote('p1', 3, at(10)), elsewhere])).toHaveLength(2);
  });

  it('compares instants, not text, across time-zone offsets', () => {
    const inLondonSummer = vote('p1', 1, '2026-06-01T10:00:00+01:00'); // 09:00 UTC
    const inUtc = vote('p1', 5, '2026-06-01T09:30:00.000Z');
    expect(laterVote(inLondonSummer, inUtc)).toBe(inUtc);
    expect(laterVote(inUtc, inLondonSummer)).toBe(inUtc);
  });

  it('settles votes cast in the same millisecond the same way on every device', () => {
    const fromLaptop = vote('p1', 2, at(10), 'Sam');
    const fromPhone = vote('p1', 4, at(10), 'Jo');
    expect(laterVote(fromLaptop, fromPhone)).toBe(laterVote(fromPhone, fromLaptop));
  });
});

describe('anonymous ballots', () => {
  const round = makeRound('gradients', { anonymous: true });
  const command = {
    roundId: round.id,
    personId: 'person-42',
    value: gradient(8),
    enteredOnBehalf: true,
  };

  it('stores the ballot with no person, no time and no on-behalf flag', () => {
    const { ballot } = unwrap(castAnonymousBallot(round, [], command, uuid(7), ctxAt(33, 'Sam')));
    expect(Object.keys(ballot).sort()).toEqual(['id', 'kind', 'roundId', 'value']);
    const stored = JSON.stringify(ballot);
    expect(stored).not.toContain('person-42');
    expect(stored).not.toContain(at(33));
    expect(stored).not.toContain('Sam');
    expect(ballot.value).toEqual(gradient(8));
  });

  it('keeps who voted on a separate marker that shares nothing with the ballot but the round', () => {
    const { ballot, marker } = unwrap(castAnonymousBallot(round, [], command, uuid(7), ctxAt(33)));
    expect(marker).toEqual({
      roundId: round.id,
      personId: 'person-42',
      enteredOnBehalf: true,
      enteredBy: 'Sam Facilitator',
      at: at(33),
    });
    const ballotValues = new Set(Object.values(ballot).map((v) => JSON.stringify(v)));
    const shared = Object.values(marker).filter((v) => ballotValues.has(JSON.stringify(v)));
    expect(shared).toEqual([round.id]);
  });

  it('strips anything a device slips into the value, such as a person id', () => {
    const sneaky = { ...command, value: { ...gradient(2), personId: 'person-42' } };
    const { ballot } = unwrap(castAnonymousBallot(round, [], sneaky, uuid(8), ctxAt()));
    expect(JSON.stringify(ballot)).not.toContain('person-42');
  });

  it('refuses a second vote by the same person: an anonymous vote cannot be changed', () => {
    const { marker } = unwrap(castAnonymousBallot(round, [], command, uuid(1), ctxAt()));
    const again = castAnonymousBallot(
      round,
      [marker],
      { ...command, value: gradient(1) },
      uuid(2),
      ctxAt(5),
    );
    expect(errorsOf(again).personId).toBe(
      'This person has already voted in this anonymous round. An anonymous vote cannot be changed; run another round if the group wants to think again.',
    );
  });

  it('lets the same person vote in another anonymous round', () => {
    const markerElsewhere: VotedMarker = {
      roundId: 'earlier-round',
      personId: 'person-42',
      enteredOnBehalf: false,
      enteredBy: 'Sam',
      at: at(),
    };
    expect(castAnonymousBallot(round, [markerElsewhere], command, uuid(3), ctxAt()).ok).toBe(true);
  });

  it('refuses ids whose order could reveal when a ballot was cast', () => {
    expect(isRandomBallotId(uuid(1))).toBe(true);
    expect(isRandomBallotId('4b0e5c3e-9f0a-4c1d-a8e2-7f6b5d4c3b2a')).toBe(true);
    // UUID v7 and a counter both sort by time.
    expect(isRandomBallotId('01890a5d-ac96-774b-bcce-b302099a8057')).toBe(false);
    expect(isRandomBallotId('17')).toBe(false);
    expect(errorsOf(castAnonymousBallot(round, [], command, '17', ctxAt())).ballotId).toBe(
      'An anonymous ballot needs a random id (UUID version 4).',
    );
  });

  it('refuses ballots for a named round and for a closed round', () => {
    const named = makeRound('gradients');
    expect(
      errorsOf(castAnonymousBallot(named, [], { ...command, roundId: named.id }, uuid(1), ctxAt()))
        .round,
    ).toBe('This round is named: cast a named vote instead.');
    const closed = unwrap(closeRound(round, ctxAt()));
    expect(errorsOf(castAnonymousBallot(closed, [], command, uuid(1), ctxAt())).round).toMatch(
      /closed/,
    );
  });

  it('refuses a malformed value without writing a marker', () => {
    const result = castAnonymousBallot(
      round,
      [],
      { ...command, value: gradient(9 as 8) },
      uuid(1),
      ctxAt(),
    );
    expect(errorsOf(result).value).toBe('Choose a point from 1 to 8.');
  });
});

describe('who has not voted yet', () => {
  it('lists checked-in people without a named vote, in check-in order', () => {
    const round = makeRound('thumbs');
    const votes = namedVotes(round, [{ method: 'thumbs', thumb: 'up' }]); // p1
    expect(peopleYetToVote(round, ['p3', 'p1', 'p2', 'p3'], votes, [])).toEqual(['p3', 'p2']);
  });

  it('uses the markers of an anonymous round, ignoring other rounds', () => {
    const round = makeRound('thumbs', { anonymous: true });
    const marker = (roundId: string, personId: string): VotedMarker => ({
      roundId,
      personId,
      enteredOnBehalf: false,
      enteredBy: 'Sam',
      at: at(),
    });
    const markers = [marker(round.id, 'p2'), marker('other', 'p1')];
    expect(peopleYetToVote(round, ['p1', 'p2'], [], markers)).toEqual(['p1']);
    expect([...votedPersonIds(round, [], markers)]).toEqual(['p2']);
  });
});
