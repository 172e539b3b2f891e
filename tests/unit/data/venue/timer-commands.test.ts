import { describe, expect, it, vi } from 'vitest';
import { NO_EVENT } from '../../../../src-renderer/data/board-commands';
import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { createEvent } from '../../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../../src-renderer/data/taskforce-commands';
import { loadTimer, runTimerAction } from '../../../../src-renderer/data/venue/timer-commands';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import { emptyTaskforceInput } from '../../../../src-renderer/domain/taskforce';
import { MINUTE_MS, remainingMs } from '../../../../src-renderer/domain/venue/timer';
import { ctx, freshDb, snapshot } from '../fresh-db';

const EV = 'ev-1';
const at = (seconds: number) =>
  ctx(new Date(Date.parse('2026-11-22T10:00:00.000Z') + seconds * 1000).toISOString());

async function withEvent(): Promise<TwoFeetDb> {
  const db = freshDb();
  await createTaskforce(db, { ...emptyTaskforceInput(), name: 'Tf', theme: 'Tf' }, ctx(), 'tf-1');
  await createEvent(
    db,
    { ...emptyEventInput('tf-1'), title: 'Open day', date: '2026-11-22', venueName: 'Hall' },
    ctx(),
    EV,
  );
  return db;
}

describe('timer commands', () => {
  it('set, start, pause, add time and resume: each one transaction and one new version', async () => {
    const db = await withEvent();
    const transaction = vi.spyOn(db, 'transaction');
    const steps = [
      [{ kind: 'set', minutes: 10 }, 0],
      [{ kind: 'start' }, 0],
      [{ kind: 'pause' }, 120],
      [{ kind: 'extend', minutes: 5 }, 130],
      [{ kind: 'start' }, 200],
    ] as const;
    for (const [action, seconds] of steps) {
      const result = await runTimerAction(db, EV, action, at(seconds));
      expect(result.ok, action.kind).toBe(true);
    }
    expect(transaction).toHaveBeenCalledTimes(steps.length);
    const timer = await loadTimer(db, EV);
    expect(timer).toMatchObject({
      id: EV,
      eventId: EV,
      version: 5,
      durationMs: 15 * MINUTE_MS,
      startedAt: at(200).now,
      remainingWhenPausedMs: 13 * MINUTE_MS,
    });
    if (!timer) throw new Error('no timer');
    expect(remainingMs(timer, Date.parse(at(260).now))).toBe(12 * MINUTE_MS);
    expect(await db.boardTimers.count()).toBe(1);
  });

  it('writes nothing for bad minutes, and says so at the field', async () => {
    const db = await withEvent();
    const before = await snapshot(db);
    const result = await runTimerAction(db, EV, { kind: 'set', minutes: 0 }, ctx());
    expect(result).toEqual({ ok: false, errors: { minutes: expect.any(String) } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses what another window already did, writing nothing', async () => {
    const db = await withEvent();
    await runTimerAction(db, EV, { kind: 'set', minutes: 5 }, ctx());
    const before = await snapshot(db);
    expect(await runTimerAction(db, EV, { kind: 'pause' }, ctx())).toEqual({
      ok: false,
      conflict: 'The timer is not running, so it cannot be paused.',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a timer for an event that no longer exists', async () => {
    const db = await withEvent();
    const before = await snapshot(db);
    expect(await runTimerAction(db, 'gone', { kind: 'set', minutes: 5 }, ctx())).toEqual({
      ok: false,
      conflict: NO_EVENT,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when the write fails', async () => {
    const db = await withEvent();
    await runTimerAction(db, EV, { kind: 'set', minutes: 5 }, ctx());
    const before = await snapshot(db);
    vi.spyOn(db.boardTimers, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(runTimerAction(db, EV, { kind: 'start' }, ctx())).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});
