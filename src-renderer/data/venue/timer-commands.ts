import type { CommandContext } from '../../domain/record';
import type { BoardTimer, TimerAction } from '../../domain/venue/timer';
import { applyTimerAction, timerRecord } from '../../domain/venue/timer';
import { NO_EVENT } from '../board-commands';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';

/**
 * The venue screen's countdown in the database. Each button (set, start, pause, resume, add
 * time, reset) is one action run by runTimerAction in one transaction: it reads the event and its
 * timer, applies the pure rule (domain/venue/timer.ts) and writes the next version. Windows
 * showing the timer follow through useLiveQuery(loadTimer); nothing is written while it runs.
 */
export async function runTimerAction(
  db: TwoFeetDb,
  eventId: string,
  action: TimerAction,
  ctx: CommandContext,
): Promise<CommandResult<BoardTimer, 'minutes'>> {
  return db.transaction('rw', db.events, db.boardTimers, async () => {
    if (!(await db.events.get(eventId))) return { ok: false, conflict: NO_EVENT };
    const previous = await db.boardTimers.get(eventId);
    const outcome = applyTimerAction(previous, action, ctx.now);
    if (!outcome.ok) {
      return 'errors' in outcome ? outcome : { ok: false, conflict: outcome.refused };
    }
    const timer = timerRecord(eventId, previous, outcome.value, ctx);
    await db.boardTimers.put(timer);
    return { ok: true, value: timer };
  });
}

/** The event's timer; undefined until one is set. For useLiveQuery. */
export function loadTimer(db: TwoFeetDb, eventId: string): Promise<BoardTimer | undefined> {
  return db.boardTimers.get(eventId);
}
