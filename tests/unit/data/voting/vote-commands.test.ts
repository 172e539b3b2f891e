import { describe, expect, it } from 'vitest';
import { castVote } from '../../../../src-renderer/data/voting/vote-commands';
import { tallyOf } from '../../../../src-renderer/data/voting/queries';
import { defaultRoundSettings } from '../../../../src-renderer/domain/voting/round';
import type { VoteValue } from '../../../../src-renderer/domain/voting/vote-value';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { meeting, ok, round } from './voting-fixture';

const fist = (fingers: 0 | 1 | 2 | 3 | 4 | 5): VoteValue => ({ method: 'fist-to-five', fingers });

describe('castVote in a named round', () => {
  it('keeps one vote per person: a changed vote replaces the first', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('fist-to-five'));
    const first = ok(
      await castVote(
        db,
        { roundId: r.id, personId: 'p-ann', value: fist(2), enteredOnBehalf: false },
        ctx(),
      ),
    );
    expect(first.replaced).toBe(false);
    const second = ok(
      await castVote(
        db,
        { roundId: r.id, personId: 'p-ann', value: fist(4), enteredOnBehalf: true },
        ctx('2026-11-22T10:05:00.000Z', 'Jo'),
      ),
    );
    expect(second.replaced).toBe(true);
    const votes = await db.namedVotes.toArray();
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      personId: 'p-ann',
      value: fist(4),
      enteredOnBehalf: true,
      enteredBy: 'Jo',
    });
    const tally = await tallyOf(db, r);
    expect(tally.voters).toBe(1);
    expect(tally.verdict.status).toBe('passed');
  });

  it('marks a vote entered on someone’s behalf in the audit log, without the vote', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('fist-to-five'));
    ok(
      await castVote(
        db,
        { roundId: r.id, personId: 'p-bo', value: fist(1), enteredOnBehalf: true },
        ctx(),
      ),
    );
    ok(
      await castVote(
        db,
        { roundId: r.id, personId: 'p-cy', value: fist(5), enteredOnBehalf: false },
        ctx(),
      ),
    );
    const audit = await db.auditLog.where('action').equals('vote-entered-on-behalf').toArray();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/fingers|p-bo/);
  });

  it('writes nothing for a bad vote, someone not checked in, or a closed round', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('fist-to-five'));
    const before = await snapshot(db);
    const wrongMethod = await castVote(
      db,
      {
        roundId: r.id,
        personId: 'p-ann',
        value: { method: 'thumbs', thumb: 'up' },
        enteredOnBehalf: false,
      },
      ctx(),
    );
    expect(wrongMethod).toEqual({
      ok: false,
      errors: { value: expect.stringMatching(/Fist-to-five/) },
    });
    const stranger = await castVote(
      db,
      { roundId: r.id, personId: 'p-zed', value: fist(3), enteredOnBehalf: false },
      ctx(),
    );
    expect(stranger).toEqual({
      ok: false,
      errors: { personId: expect.stringMatching(/checked in/) },
    });
    const gone = await castVote(
      db,
      { roundId: 'nope', personId: 'p-ann', value: fist(3), enteredOnBehalf: false },
      ctx(),
    );
    expect(gone.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database as it was when the write fails half way', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('fist-to-five'));
    const before = await snapshot(db);
    db.auditLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(
      castVote(
        db,
        { roundId: r.id, personId: 'p-ann', value: fist(3), enteredOnBehalf: true },
        ctx(),
      ),
    ).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('castVote in an anonymous round', () => {
  const gradient = (point: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): VoteValue => ({
    method: 'gradients',
    point,
  });

  it('stores no link between a person and their vote, in any table', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, { ...defaultRoundSettings('gradients'), anonymous: true });
    const points = { 'p-ann': 1, 'p-bo': 7, 'p-cy': 3 } as const;
    for (const [personId, point] of Object.entries(points)) {
      ok(
        await castVote(
          db,
          { roundId: r.id, personId, value: gradient(point), enteredOnBehalf: personId === 'p-bo' },
          ctx(),
        ),
      );
    }
    const ballots = await db.anonymousBallots.toArray();
    expect(ballots.map((b) => Object.keys(b).sort())).toEqual(
      Array(3).fill(['id', 'kind', 'roundId', 'value']),
    );
    for (const ballot of ballots) expect(ballot.id).toMatch(/^[0-9a-f-]{36}$/);
    const markers = await db.votedMarkers.toArray();
    expect(markers.map((m) => m.personId).sort()).toEqual(['p-ann', 'p-bo', 'p-cy']);
    expect(JSON.stringify(markers)).not.toMatch(/point|value/);
    // Every row of every table: none holds both a person's id and a vote's value.
    const all = await snapshot(db);
    for (const [table, rows] of Object.entries(all)) {
      for (const row of rows) {
        const text = JSON.stringify(row);
        const hasPerson = /p-(ann|bo|cy)/.test(text);
        const hasValue = /"point"/.test(text);
        expect(hasPerson && hasValue, `${table}: ${text}`).toBe(false);
      }
    }
    expect(JSON.stringify(all.auditLog)).not.toMatch(/anonymousBallots|votedMarkers|p-bo/);
  });

  it('refuses a second vote by the same person, because the ballot cannot be found to change', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, { ...defaultRoundSettings('gradients'), anonymous: true });
    ok(
      await castVote(
        db,
        { roundId: r.id, personId: 'p-ann', value: gradient(2), enteredOnBehalf: false },
        ctx(),
      ),
    );
    const before = await snapshot(db);
    const again = await castVote(
      db,
      { roundId: r.id, personId: 'p-ann', value: gradient(8), enteredOnBehalf: false },
      ctx(),
    );
    expect(again).toEqual({
      ok: false,
      errors: { personId: expect.stringMatching(/already voted/) },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a ballot id that is not a random UUID', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, { ...defaultRoundSettings('thumbs'), anonymous: true });
    const before = await snapshot(db);
    const result = await castVote(
      db,
      {
        roundId: r.id,
        personId: 'p-ann',
        value: { method: 'thumbs', thumb: 'up' },
        enteredOnBehalf: false,
      },
      ctx(),
      'ballot-1',
    );
    expect(result).toEqual({ ok: false, errors: { ballotId: expect.any(String) } });
    expect(await snapshot(db)).toEqual(before);
  });
});
