import { describe, expect, it } from 'vitest';
import {
  addProposal,
  deleteProposal,
  recordOutcome,
} from '../../../../src-renderer/data/voting/proposal-commands';
import {
  endRound,
  openRound,
  revealResults,
  saveConcerns,
} from '../../../../src-renderer/data/voting/round-commands';
import { castVote } from '../../../../src-renderer/data/voting/vote-commands';
import { defaultRoundSettings } from '../../../../src-renderer/domain/voting/round';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { meeting, ok, round } from './voting-fixture';

const outcome = {
  statement: 'We meet on Saturdays.',
  dissent: '',
  decidedOn: '2026-11-22',
  reviewDate: '2027-05-22',
};

describe('proposals', () => {
  it('keeps the taskforce of the meeting, and refuses a meeting that does not exist', async () => {
    const db = freshDb();
    const { taskforce, proposal } = await meeting(db);
    expect(proposal.taskforceId).toBe(taskforce.id);
    const before = await snapshot(db);
    const refused = await addProposal(
      db,
      { eventId: 'gone', title: 'X', text: '', source: { kind: 'free-text' } },
      ctx(),
    );
    expect(refused).toEqual({ ok: false, errors: { eventId: expect.any(String) } });
    const blank = await addProposal(
      db,
      { eventId: proposal.eventId, title: '  ', text: '', source: { kind: 'free-text' } },
      ctx(),
    );
    expect(blank).toEqual({ ok: false, errors: { title: expect.any(String) } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes a proposal without rounds, with a tombstone, and keeps one that has rounds', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    ok(await deleteProposal(db, proposal.id, ctx()));
    expect(await db.proposals.count()).toBe(0);
    expect(await db.tombstones.get(proposal.id)).toMatchObject({ table: 'proposals' });

    const second = await meeting(db);
    await round(db, second.proposal, defaultRoundSettings('thumbs'));
    const before = await snapshot(db);
    const kept = await deleteProposal(db, second.proposal.id, ctx());
    expect(kept).toEqual({ ok: false, errors: { proposal: expect.stringMatching(/kept/) } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('rounds', () => {
  it('numbers rounds, allows one open round at a time, and closes, reveals and records concerns', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const settings = { ...defaultRoundSettings('fist-to-five'), hiddenUntilRevealed: true };
    const first = await round(db, proposal, settings);
    expect(first.number).toBe(1);
    const before = await snapshot(db);
    const second = await openRound(db, proposal.id, settings, proposal.eventId, ctx());
    expect(second).toEqual({
      ok: false,
      errors: { round: 'Close round 1 before starting another.' },
    });
    expect(await snapshot(db)).toEqual(before);

    const early = await saveConcerns(db, first.id, [{ concern: 'Too soon' }], first.version, ctx());
    expect(early.ok).toBe(false);
    const closed = ok(await endRound(db, first.id, first.version, ctx()));
    const stale = await revealResults(db, first.id, first.version, ctx());
    expect(stale).toEqual({ ok: false, conflict: expect.stringMatching(/another window/) });
    const revealed = ok(await revealResults(db, first.id, closed.version, ctx()));
    expect(revealed.revealedAt).toBe(ctx().now);
    const withConcerns = ok(
      await saveConcerns(
        db,
        first.id,
        [{ concern: ' Childcare ', raisedBy: 'p-bo' }],
        revealed.version,
        ctx(),
      ),
    );
    expect(withConcerns.concerns).toEqual([{ concern: 'Childcare', raisedBy: 'p-bo' }]);
    expect((await round(db, proposal, settings)).number).toBe(2);
  });

  it('refuses a name on a concern in an anonymous round', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, { ...defaultRoundSettings('thumbs'), anonymous: true });
    const closed = ok(await endRound(db, r.id, r.version, ctx()));
    const before = await snapshot(db);
    const named = await saveConcerns(
      db,
      r.id,
      [{ concern: 'No', raisedBy: 'p-ann' }],
      closed.version,
      ctx(),
    );
    expect(named).toEqual({ ok: false, errors: { concerns: expect.stringMatching(/anonymous/) } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('recordOutcome', () => {
  it('closes the proposal with every round in one transaction, with an audit entry', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('thumbs'));
    ok(
      await castVote(
        db,
        {
          roundId: r.id,
          personId: 'p-ann',
          value: { method: 'thumbs', thumb: 'up' },
          enteredOnBehalf: false,
        },
        ctx(),
      ),
    );
    const before = await snapshot(db);
    const open = await recordOutcome(db, proposal.id, outcome, proposal.version, ctx());
    expect(open).toEqual({
      ok: false,
      errors: { rounds: 'Close round 1 before recording the outcome.' },
    });
    const badDate = await recordOutcome(
      db,
      proposal.id,
      { ...outcome, reviewDate: '2026-01-01' },
      proposal.version,
      ctx(),
    );
    expect(badDate.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);

    ok(await endRound(db, r.id, r.version, ctx()));
    const recorded = ok(await recordOutcome(db, proposal.id, outcome, proposal.version, ctx()));
    expect(recorded.roundIds).toEqual([r.id]);
    expect((await db.proposals.get(proposal.id))?.status).toBe('decided');
    expect(await db.auditLog.where('action').equals('decision-recorded').count()).toBe(1);
    const again = await recordOutcome(db, proposal.id, outcome, proposal.version + 1, ctx());
    expect(again).toEqual({ ok: false, errors: { proposal: expect.stringMatching(/already/) } });
  });

  it('leaves the database as it was when the outcome cannot be written', async () => {
    const db = freshDb();
    const { proposal } = await meeting(db);
    const r = await round(db, proposal, defaultRoundSettings('thumbs'));
    ok(await endRound(db, r.id, r.version, ctx()));
    const before = await snapshot(db);
    db.outcomes.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(recordOutcome(db, proposal.id, outcome, proposal.version, ctx())).rejects.toThrow(
      'disk full',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
