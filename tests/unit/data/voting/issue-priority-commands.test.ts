import { describe, expect, it } from 'vitest';
import {
  addIssue,
  changeIssueStatus,
  mergeIssue,
  promoteToIssue,
} from '../../../../src-renderer/data/voting/issue-commands';
import { startPrioritisation } from '../../../../src-renderer/data/voting/prioritisation-commands';
import { loadPriorityHistory } from '../../../../src-renderer/data/voting/queries';
import { endRound, revealResults } from '../../../../src-renderer/data/voting/round-commands';
import { castVote } from '../../../../src-renderer/data/voting/vote-commands';
import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { createEvent } from '../../../../src-renderer/data/event-commands';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { checkInPeople, meeting, ok } from './voting-fixture';

async function issue(db: TwoFeetDb, taskforceId: string, title: string) {
  return ok(
    await addIssue(
      db,
      { taskforceId, title, description: '', source: { kind: 'free-text' } },
      ctx(),
    ),
  );
}

describe('the issue list', () => {
  it('promotes a board topic once, and refuses a topic of another taskforce', async () => {
    const db = freshDb();
    const { taskforce, event } = await meeting(db);
    await db.boardTopics.add({
      ...createdMeta('topic-1', ctx()),
      eventId: event.id,
      title: 'Transport',
      description: 'Getting to appointments',
      tags: [],
      conveners: [],
      status: 'queued',
    });
    const promoted = ok(
      await promoteToIssue(db, taskforce.id, { kind: 'topic', topicId: 'topic-1' }, ctx()),
    );
    expect(promoted).toMatchObject({
      title: 'Transport',
      sources: [{ kind: 'topic', topicId: 'topic-1' }],
    });
    const before = await snapshot(db);
    const twice = await promoteToIssue(
      db,
      taskforce.id,
      { kind: 'topic', topicId: 'topic-1' },
      ctx(),
    );
    expect(twice).toEqual({
      ok: false,
      errors: { source: expect.stringMatching(/already on the issue list/) },
    });
    const other = await meeting(db);
    const before2 = await snapshot(db);
    const wrong = await promoteToIssue(
      db,
      other.taskforce.id,
      { kind: 'topic', topicId: 'topic-1' },
      ctx(),
    );
    expect(wrong).toEqual({
      ok: false,
      errors: { source: expect.stringMatching(/another taskforce/) },
    });
    expect(await snapshot(db)).toEqual(before2);
    expect(before.issues).toEqual((await snapshot(db)).issues);
  });

  it('merges two issues and agrees one as a line of enquiry', async () => {
    const db = freshDb();
    const { taskforce } = await meeting(db);
    const a = await issue(db, taskforce.id, 'Transport');
    const b = await issue(db, taskforce.id, 'Parking');
    const agreed = ok(await changeIssueStatus(db, b.id, 'line-of-enquiry', b.version, ctx()));
    const survivor = ok(await mergeIssue(db, a.id, b.id, ctx()));
    expect(survivor.status).toBe('line-of-enquiry');
    expect((await db.issues.get(b.id))?.mergedInto).toBe(a.id);
    const before = await snapshot(db);
    const stale = await changeIssueStatus(db, b.id, 'open', agreed.version, ctx());
    expect(stale.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('prioritisation across meetings', () => {
  it('runs a dot round over the open issues at each meeting and follows the ranks', async () => {
    const db = freshDb();
    const { taskforce, event } = await meeting(db, '2026-01-10');
    const feb = ok(
      await createEvent(
        db,
        {
          ...emptyEventInput(taskforce.id),
          title: 'February',
          date: '2026-02-14',
          venueName: 'Leeds',
        },
        ctx(),
      ),
    );
    await checkInPeople(db, feb.id);
    const before = await snapshot(db);
    const tooFew = await startPrioritisation(
      db,
      event.id,
      { anonymous: false, hiddenUntilRevealed: false },
      ctx(),
    );
    expect(tooFew).toEqual({ ok: false, errors: { options: expect.stringMatching(/at least 2/) } });
    expect(await snapshot(db)).toEqual(before);

    const t = await issue(db, taskforce.id, 'Transport');
    const g = await issue(db, taskforce.id, 'GP training');
    const run = async (eventId: string, dots: Record<string, number>[]) => {
      const { round } = ok(
        await startPrioritisation(
          db,
          eventId,
          { anonymous: true, hiddenUntilRevealed: true, dotBudget: 2 },
          ctx(),
        ),
      );
      // A to Z on the ballot.
      expect(round.options.map((o) => o.id)).toEqual([g.id, t.id]);
      for (const [i, allocation] of dots.entries()) {
        ok(
          await castVote(
            db,
            {
              roundId: round.id,
              personId: `p-${['ann', 'bo', 'cy'][i]}`,
              value: { method: 'dots', dots: allocation },
              enteredOnBehalf: true,
            },
            ctx(),
          ),
        );
      }
      const revealed = ok(await revealResults(db, round.id, round.version, ctx()));
      expect(revealed.status).toBe('closed');
      return revealed;
    };
    await run(event.id, [{ [t.id]: 2 }, { [t.id]: 2 }, { [g.id]: 1, [t.id]: 1 }]);
    await run(feb.id, [{ [g.id]: 2 }, { [g.id]: 2 }, { [g.id]: 2 }]);
    // An unrevealed round at the same meeting is not counted.
    const hidden = ok(
      await startPrioritisation(db, feb.id, { anonymous: false, hiddenUntilRevealed: true }, ctx()),
    );
    expect(hidden.round.number).toBe(2);
    ok(await endRound(db, hidden.round.id, hidden.round.version, ctx()));

    const { history } = await loadPriorityHistory(db, taskforce.id);
    expect(history.meetings.map((m) => m.title)).toEqual(['Spring gathering', 'February']);
    const ranks = Object.fromEntries(
      history.lines.map((l) => [l.title, l.points.map((p) => p?.rank)]),
    );
    expect(ranks).toEqual({ 'GP training': [2, 1], Transport: [1, 2] });
  });
});
