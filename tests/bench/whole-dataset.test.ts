import { describe, expect, it } from 'vitest';
import { receiptMimeType } from '../../src-renderer/data/expenses/receipt-files';
import { effectiveAttendance } from '../../src-renderer/domain/people/attendance';
import { tallyRound } from '../../src-renderer/domain/voting/tally';
import { boardEvent, generateBoard } from '../../tools/bench/data/board';
import {
  FULL_SIZES,
  generateDataset,
  summarise,
  wholeDatasetGroups,
} from '../../tools/bench/data/dataset';
import { Prng } from '../../tools/bench/data/prng';

describe('the whole benchmark dataset (issue 9)', () => {
  const dataset = generateDataset();
  const summary = summarise(dataset, 'default');

  it('has the sizes the issue asks for', () => {
    expect(summary.totals).toMatchObject({
      attendanceAndMovements: FULL_SIZES.attendanceAndMovements,
      rounds: FULL_SIZES.rounds,
      surveyResponses: FULL_SIZES.surveyResponses,
      claims: FULL_SIZES.claims,
      claimLines: FULL_SIZES.claims * FULL_SIZES.linesPerClaim,
      receipts: FULL_SIZES.receipts,
      involvementPayments: FULL_SIZES.involvementPayments,
    });
    expect(summary.tables.people).toBe(5000);
  });

  it('has not changed: results are only comparable on the same groups', () => {
    // Update on purpose only, and say that results of the rows using a group are not comparable.
    expect(summary.fingerprints).toEqual({
      attendance: '65fe87d9627f4033',
      voting: '4c0e434f4e559b94',
      surveys: 'ddb7840f2419bf7d',
      expenses: '95f3b471d900c46f',
      involvement: 'd9241c6983cfdffe',
    });
  });

  it("keeps the board operation's board: today's, from the same stream as before", () => {
    const event = boardEvent(dataset.events, dataset.today);
    const board = generateBoard(new Prng('two-feet-bench-1').fork('board'), event, dataset.people);
    expect(dataset.attendance.boards[0]).toEqual(board);
  });

  it('refers only to stored people and events, one attendance per person and event', () => {
    const people = new Set(dataset.people.map((p) => p.id));
    const events = new Set(dataset.events.map((e) => e.id));
    const { attendance, memberships } = dataset.attendance;
    expect(attendance.every((a) => people.has(a.personId) && events.has(a.eventId))).toBe(true);
    expect(memberships.every((m) => people.has(m.personId))).toBe(true);
    expect(effectiveAttendance(attendance)).toHaveLength(attendance.length);
    expect(dataset.expenses.claims.every((c) => people.has(c.claimantId))).toBe(true);
    const paid = dataset.involvement.payments;
    expect(paid.every((p) => people.has(p.personId) && events.has(p.eventId))).toBe(true);
  });

  it('gives every table a unique id', () => {
    for (const group of wholeDatasetGroups(dataset)) {
      for (const [table, rows] of Object.entries(group)) {
        const key = table === 'surveySchedules' ? 'taskforceId' : 'id';
        const ids = new Set(rows.map((row) => (row as Record<string, unknown>)[key]));
        expect(ids.size, table).toBe(rows.length);
      }
    }
  });

  it('has a voting meeting with three closed rounds of 300 votes and an open round of 299', () => {
    const headline = dataset.voting.headline;
    expect(headline).not.toBeNull();
    const { rounds, namedVotes, anonymousBallots } = dataset.voting;
    const votes = [...namedVotes, ...anonymousBallots];
    for (const id of headline?.closedRoundIds ?? []) {
      const round = rounds.find((r) => r.id === id);
      const own = votes.filter((v) => v.roundId === id);
      expect(round?.status).toBe('closed');
      expect(own).toHaveLength(300);
      if (round) expect(tallyRound(round, own).voters).toBe(300);
    }
    expect(votes.filter((v) => v.roundId === headline?.liveRoundId)).toHaveLength(299);
    expect(dataset.voting.outcomes.length).toBeGreaterThan(0);
  });

  it('stores receipts as real PNG images of a few kilobytes, one per claim', () => {
    for (const receipt of dataset.expenses.receipts.slice(0, 50)) {
      expect(receiptMimeType(receipt.bytes)).toBe('image/png');
      expect(receipt.size).toBe(receipt.bytes.byteLength);
      expect(receipt.size).toBeGreaterThan(2000);
      expect(receipt.size).toBeLessThan(10_000);
    }
    const lines = new Map(dataset.expenses.claims.flatMap((c) => c.lines.map((l) => [l.id, l])));
    expect(
      dataset.expenses.receipts.every((r) => lines.get(r.lineId)?.receiptIds[0] === r.id),
    ).toBe(true);
  });
});
