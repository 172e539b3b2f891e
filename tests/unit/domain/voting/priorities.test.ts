import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src-renderer/domain/voting/issues';
import {
  createIssue,
  markLineOfEnquiry,
  mergeIssues,
} from '../../../../src-renderer/domain/voting/issues';
import type { Meeting } from '../../../../src-renderer/domain/voting/priorities';
import {
  prioritisationProposal,
  prioritisationRoundSettings,
  priorityHistory,
} from '../../../../src-renderer/domain/voting/priorities';
import { createProposal } from '../../../../src-renderer/domain/voting/proposal';
import type { Round } from '../../../../src-renderer/domain/voting/round';
import {
  closeRound,
  startRound,
  validateRoundSettings,
} from '../../../../src-renderer/domain/voting/round';
import type { Tally } from '../../../../src-renderer/domain/voting/tally';
import { tallyRound } from '../../../../src-renderer/domain/voting/tally';
import { ctxAt, dots, namedVotes, unwrap } from './helpers';

const issue = (id: string, title: string, taskforceId = 'tf-1'): Issue =>
  unwrap(
    createIssue(
      { taskforceId, title, description: '', source: { kind: 'free-text' } },
      [],
      id,
      ctxAt(),
    ),
  );

const transport = issue('a', 'Transport');
const buses = issue('b', 'Buses');
const information = issue('c', 'Information');
const peerSupport = issue('d', 'Peer support');

/** A closed prioritisation round at a meeting over `ballot`, with the given dot ballots. */
function prioritise(
  eventId: string,
  ballot: readonly Issue[],
  allocations: Record<string, number>[],
  seconds: number,
  extra: { hiddenUntilRevealed?: boolean; roundId?: string } = {},
): { round: Round; tally: Tally } {
  const proposal = unwrap(
    createProposal(prioritisationProposal('tf-1', eventId), `proposal-${eventId}`, ctxAt(seconds)),
  );
  const settings = {
    ...prioritisationRoundSettings(ballot, 'tf-1', {
      anonymous: false,
      hiddenUntilRevealed: extra.hiddenUntilRevealed ?? false,
    }),
    dotBudget: 3,
  };
  const roundId = extra.roundId ?? `round-${eventId}`;
  const open = unwrap(startRound(proposal, [], settings, eventId, roundId, ctxAt(seconds)));
  const tally = tallyRound(open, namedVotes(open, allocations.map(dots)));
  return { round: unwrap(closeRound(open, ctxAt(seconds + 1))), tally };
}

describe('prioritisation rounds', () => {
  it('puts the taskforce’s open issues on the ballot, with options ÷ 3 dots each', () => {
    const agreed = unwrap(markLineOfEnquiry(issue('e', 'Agreed'), ctxAt()));
    const elsewhere = issue('f', 'Elsewhere', 'tf-2');
    const settings = prioritisationRoundSettings(
      [transport, buses, information, peerSupport, agreed, elsewhere],
      'tf-1',
      { anonymous: true, hiddenUntilRevealed: true },
    );
    expect(settings.options).toEqual([
      { id: 'a', label: 'Transport' },
      { id: 'b', label: 'Buses' },
      { id: 'c', label: 'Information' },
      { id: 'd', label: 'Peer support' },
    ]);
    expect(settings.dotBudget).toBe(1);
    expect(unwrap(validateRoundSettings(settings)).method).toBe('dots');
  });

  it('is an ordinary proposal whose source is the issue list', () => {
    const proposal = prioritisationProposal('tf-1', 'event-1');
    expect(proposal.source).toEqual({ kind: 'issue-list', taskforceId: 'tf-1' });
    expect(createProposal(proposal, 'p', ctxAt()).ok).toBe(true);
  });
});

describe('priorityHistory across meetings, with an issue added and a merge', () => {
  // Meeting 1: A, B, C on the ballot. D is added before meeting 2. B is merged into A before 3.
  const m1 = prioritise(
    'm1',
    [transport, buses, information],
    [{ a: 3 }, { a: 2, b: 1 }, { b: 3 }, { c: 1 }],
    0,
  );
  const m2 = prioritise(
    'm2',
    [transport, buses, information, peerSupport],
    [{ d: 3 }, { d: 2, c: 1 }, { c: 3 }, { a: 1, b: 1 }],
    100,
  );
  const merged = unwrap(mergeIssues(transport, buses, ctxAt(150)));
  const issuesNow = [merged.survivor, merged.absorbed, information, peerSupport];
  const m3 = prioritise(
    'm3',
    [merged.survivor, information, peerSupport],
    [{ a: 3 }, { a: 3 }, { c: 2, d: 1 }],
    200,
  );

  const meetings: Meeting[] = [
    { eventId: 'm3', date: '2026-05-09', title: 'Third meeting' },
    { eventId: 'm1', date: '2026-01-10', title: 'First meeting' },
    { eventId: 'kick-off', date: '2025-12-01', title: 'Kick-off' },
    { eventId: 'm2', date: '2026-03-14', title: 'Second meeting' },
  ];
  const history = priorityHistory(
    meetings,
    [m1.round, m2.round, m3.round],
    [m1.tally, m2.tally, m3.tally],
    issuesNow,
  );

  it('orders the meetings by date and says which round each column comes from', () => {
    expect(history.meetings.map((m) => [m.eventId, m.roundId, m.voters, m.dotsCast])).toEqual([
      ['kick-off', undefined, 0, 0],
      ['m1', 'round-m1', 4, 10],
      ['m2', 'round-m2', 4, 11],
      ['m3', 'round-m3', 3, 9],
    ]);
  });

  it('draws one line per current issue; the merged issue is folded into its survivor', () => {
    expect(history.lines.map((l) => [l.issueId, l.title, l.status])).toEqual([
      ['a', 'Transport', 'open'],
      ['c', 'Information', 'open'],
      ['d', 'Peer support', 'open'],
    ]);
    expect(history.lines[0]?.mergedFrom).toEqual([{ issueId: 'b', title: 'Buses' }]);
  });

  it('counts the absorbed issue’s dots for the survivor at every meeting and re-ranks', () => {
    const a = history.lines.find((l) => l.issueId === 'a');
    // Meeting 1: A 5 + B 4 = 9 of 10. Meeting 2: A 1 + B 1 = 2 of 11. Meeting 3: 6 of 9.
    expect(a?.points).toEqual([
      null,
      { rank: 1, tied: false, dots: 9, share: 0.9 },
      { rank: 3, tied: false, dots: 2, share: 2 / 11 },
      { rank: 1, tied: false, dots: 6, share: 6 / 9 },
    ]);
  });

  it('has no point for an issue before it was added, and shows near-ties', () => {
    const c = history.lines.find((l) => l.issueId === 'c');
    const d = history.lines.find((l) => l.issueId === 'd');
    expect(c?.points).toEqual([
      null,
      { rank: 2, tied: false, dots: 1, share: 0.1 },
      { rank: 1, tied: true, dots: 4, share: 4 / 11 },
      { rank: 2, tied: true, dots: 2, share: 2 / 9 },
    ]);
    expect(d?.points).toEqual([
      null,
      null,
      { rank: 1, tied: true, dots: 5, share: 5 / 11 },
      { rank: 2, tied: true, dots: 1, share: 1 / 9 },
    ]);
  });

  it('does not depend on the order rounds and tallies are given in', () => {
    const again = priorityHistory(
      [...meetings].reverse(),
      [m3.round, m1.round, m2.round],
      [m2.tally, m3.tally, m1.tally],
      [...issuesNow].reverse(),
    );
    expect(again).toEqual(history);
  });
});

describe('priorityHistory edge cases', () => {
  const meetings: Meeting[] = [{ eventId: 'm1', date: '2026-01-10', title: 'First meeting' }];

  it('leaves out a result nobody has revealed', () => {
    const hidden = prioritise('m1', [transport, buses], [{ a: 1 }], 0, {
      hiddenUntilRevealed: true,
    });
    const history = priorityHistory(meetings, [hidden.round], [hidden.tally], [transport, buses]);
    expect(history.meetings[0]?.roundId).toBeUndefined();
    expect(history.lines.every((l) => l.points.every((p) => p === null))).toBe(true);
  });

  it('uses the latest prioritisation round of a meeting', () => {
    const early = prioritise('m1', [transport, buses], [{ a: 3 }], 0, { roundId: 'early' });
    const late = prioritise('m1', [transport, buses], [{ b: 3 }], 500, { roundId: 'late' });
    const history = priorityHistory(
      meetings,
      [late.round, early.round],
      [early.tally, late.tally],
      [transport, buses],
    );
    expect(history.meetings[0]?.roundId).toBe('late');
    expect(history.lines[0]?.issueId).toBe('b');
  });

  it('keeps a line for a ballot option whose issue is no longer on the list', () => {
    const { round, tally } = prioritise('m1', [transport, buses], [{ b: 3 }, { a: 1 }], 0);
    const history = priorityHistory(meetings, [round], [tally], [transport]);
    expect(history.lines.map((l) => [l.issueId, l.title, l.status, l.points[0]?.rank])).toEqual([
      ['b', 'Buses', 'unknown', 1],
      ['a', 'Transport', 'open', 2],
    ]);
  });

  it('lists issues not yet voted on after the ranked ones', () => {
    const { round, tally } = prioritise('m1', [transport, buses], [{ a: 2 }], 0);
    const history = priorityHistory(meetings, [round], [tally], [transport, buses, information]);
    expect(history.lines.map((l) => [l.issueId, l.points[0] === null])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
  });
});
