import type { CommandContext, RecordMeta } from '../record';
import { createdMeta, nextMeta } from '../record';

/**
 * The countdown the facilitator runs for the room. Only the moments that change it are stored
 * (started, paused, extended, reset); what is left is worked out from the clock whenever it is
 * shown, so nothing ticks into the database and every window shows the same time.
 */
export interface TimerSetting {
  /** The countdown's full length, extensions included. */
  durationMs: number;
  /** When it was last started or resumed (ISO 8601); null while it is stopped. */
  startedAt: string | null;
  /** Time left at `startedAt`, or while stopped; negative once it has run over. */
  remainingWhenPausedMs: number;
}

/** One per event, keyed by the event's id (its id is the event id too, so laptops agree). */
export interface BoardTimer extends TimerSetting, RecordMeta {
  eventId: string;
}

export type TimerAction =
  | { kind: 'set'; minutes: number }
  | { kind: 'start' }
  | { kind: 'pause' }
  | { kind: 'extend'; minutes: number }
  | { kind: 'reset' };

export type TimerStatus = 'ready' | 'running' | 'paused' | 'over';

export const MINUTE_MS = 60_000;
export const MAX_TIMER_MINUTES = 240;
export const DEFAULT_TIMER_MINUTES = 10;

export type TimerOutcome =
  | { ok: true; value: TimerSetting }
  | { ok: false; errors: { minutes: string } }
  | { ok: false; refused: string };

/** Time left at `nowMs` (milliseconds since 1970); negative once it has run over. */
export function remainingMs(timer: TimerSetting, nowMs: number): number {
  if (timer.startedAt === null) return timer.remainingWhenPausedMs;
  return timer.remainingWhenPausedMs - Math.max(0, nowMs - Date.parse(timer.startedAt));
}

export function timerStatus(timer: TimerSetting, nowMs: number): TimerStatus {
  if (timer.startedAt !== null) return remainingMs(timer, nowMs) > 0 ? 'running' : 'over';
  if (timer.remainingWhenPausedMs <= 0) return 'over';
  return timer.remainingWhenPausedMs === timer.durationMs ? 'ready' : 'paused';
}

function checkMinutes(minutes: number, label: string): string | undefined {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES
    ? undefined
    : `Choose ${label}: a whole number of minutes from 1 to ${MAX_TIMER_MINUTES}.`;
}

const stopped = (durationMs: number): TimerSetting => ({
  durationMs,
  startedAt: null,
  remainingWhenPausedMs: durationMs,
});

/**
 * What an action does to the timer (undefined: none set yet). Refusals say why in words: they
 * usually mean another window got there first, such as a pause that was already done.
 */
export function applyTimerAction(
  timer: TimerSetting | undefined,
  action: TimerAction,
  now: string,
): TimerOutcome {
  const nowMs = Date.parse(now);
  switch (action.kind) {
    case 'set': {
      const problem = checkMinutes(action.minutes, 'how long the timer runs');
      if (problem) return { ok: false, errors: { minutes: problem } };
      return { ok: true, value: stopped(action.minutes * MINUTE_MS) };
    }
    case 'reset':
      if (!timer) return { ok: false, refused: NO_TIMER };
      return { ok: true, value: stopped(timer.durationMs) };
    case 'start':
      if (!timer) return { ok: false, refused: NO_TIMER };
      if (timer.startedAt !== null) return { ok: false, refused: 'The timer is already running.' };
      return { ok: true, value: { ...timer, startedAt: now } };
    case 'pause':
      if (!timer || timer.startedAt === null) {
        return { ok: false, refused: 'The timer is not running, so it cannot be paused.' };
      }
      return {
        ok: true,
        value: { ...timer, startedAt: null, remainingWhenPausedMs: remainingMs(timer, nowMs) },
      };
    case 'extend': {
      const problem = checkMinutes(action.minutes, 'how much time to add');
      if (problem) return { ok: false, errors: { minutes: problem } };
      if (!timer) return { ok: false, refused: NO_TIMER };
      const added = action.minutes * MINUTE_MS;
      // A running timer keeps running from now, so the time already used is not counted twice.
      const left = remainingMs(timer, nowMs);
      if (timer.durationMs + added > MAX_TIMER_MINUTES * MINUTE_MS) {
        return {
          ok: false,
          errors: { minutes: `The timer cannot run for more than ${MAX_TIMER_MINUTES} minutes.` },
        };
      }
      return {
        ok: true,
        value: {
          durationMs: timer.durationMs + added,
          startedAt: timer.startedAt === null ? null : now,
          remainingWhenPausedMs: Math.max(left, 0) + added,
        },
      };
    }
  }
}

const NO_TIMER = 'Set the timer first.';

/** The stored record after an action: created for the first one, next version after that. */
export function timerRecord(
  eventId: string,
  previous: BoardTimer | undefined,
  setting: TimerSetting,
  ctx: CommandContext,
): BoardTimer {
  const meta = previous ? nextMeta(previous, ctx) : createdMeta(eventId, ctx);
  return {
    ...meta,
    eventId,
    durationMs: setting.durationMs,
    startedAt: setting.startedAt,
    remainingWhenPausedMs: setting.remainingWhenPausedMs,
  };
}
