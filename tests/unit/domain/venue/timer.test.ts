import { describe, expect, it } from 'vitest';
import type { TimerSetting } from '../../../../src-renderer/domain/venue/timer';
import {
  applyTimerAction,
  MINUTE_MS,
  remainingMs,
  timerRecord,
  timerStatus,
} from '../../../../src-renderer/domain/venue/timer';

const T0 = '2026-11-22T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const ms = (iso: string) => Date.parse(iso);

function ok(outcome: ReturnType<typeof applyTimerAction>): TimerSetting {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.value;
}

const tenMinutes = ok(applyTimerAction(undefined, { kind: 'set', minutes: 10 }, T0));

describe('setting the timer', () => {
  it('is ready with the whole time left, and not running', () => {
    expect(tenMinutes).toEqual({
      durationMs: 10 * MINUTE_MS,
      startedAt: null,
      remainingWhenPausedMs: 10 * MINUTE_MS,
    });
    expect(timerStatus(tenMinutes, ms(at(600)))).toBe('ready');
    // Time passing changes nothing while it is not running.
    expect(remainingMs(tenMinutes, ms(at(3600)))).toBe(10 * MINUTE_MS);
  });

  it.each([0, -5, 1.5, 241, Number.NaN])('refuses %s minutes at the field', (minutes) => {
    const outcome = applyTimerAction(tenMinutes, { kind: 'set', minutes }, T0);
    expect(outcome).toEqual({
      ok: false,
      errors: { minutes: expect.stringMatching(/whole number of minutes from 1 to 240/) },
    });
  });
});

describe('running, pausing and resuming', () => {
  it('counts down from the clock while running', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    expect(running.startedAt).toBe(T0);
    expect(remainingMs(running, ms(at(90)))).toBe(8.5 * MINUTE_MS);
    expect(timerStatus(running, ms(at(90)))).toBe('running');
  });

  it('keeps what was left when paused, and carries on from there when resumed', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    const paused = ok(applyTimerAction(running, { kind: 'pause' }, at(120)));
    expect(paused).toMatchObject({ startedAt: null, remainingWhenPausedMs: 8 * MINUTE_MS });
    expect(timerStatus(paused, ms(at(1000)))).toBe('paused');
    const resumed = ok(applyTimerAction(paused, { kind: 'start' }, at(600)));
    expect(remainingMs(resumed, ms(at(660)))).toBe(7 * MINUTE_MS);
  });

  it('refuses to start twice, to pause when stopped, and to run without a time set', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    expect(applyTimerAction(running, { kind: 'start' }, at(5))).toEqual({
      ok: false,
      refused: 'The timer is already running.',
    });
    expect(applyTimerAction(tenMinutes, { kind: 'pause' }, T0)).toHaveProperty('refused');
    expect(applyTimerAction(undefined, { kind: 'start' }, T0)).toEqual({
      ok: false,
      refused: 'Set the timer first.',
    });
  });

  it('runs over: time left goes below zero and the status says so', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    expect(remainingMs(running, ms(at(645)))).toBe(-45_000);
    expect(timerStatus(running, ms(at(600)))).toBe('over');
    const paused = ok(applyTimerAction(running, { kind: 'pause' }, at(645)));
    expect(timerStatus(paused, ms(at(700)))).toBe('over');
  });
});

describe('adding time', () => {
  it('adds to a running timer without counting the time used twice', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    const extended = ok(applyTimerAction(running, { kind: 'extend', minutes: 5 }, at(240)));
    expect(extended.durationMs).toBe(15 * MINUTE_MS);
    expect(extended.startedAt).toBe(at(240));
    expect(remainingMs(extended, ms(at(240)))).toBe(11 * MINUTE_MS);
    expect(remainingMs(extended, ms(at(300)))).toBe(10 * MINUTE_MS);
  });

  it('adds to a paused timer, which stays paused', () => {
    const paused = { ...tenMinutes, remainingWhenPausedMs: 2 * MINUTE_MS };
    const extended = ok(applyTimerAction(paused, { kind: 'extend', minutes: 1 }, T0));
    expect(extended).toEqual({
      durationMs: 11 * MINUTE_MS,
      startedAt: null,
      remainingWhenPausedMs: 3 * MINUTE_MS,
    });
  });

  it('gives a timer that has run over the added time from now', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    const extended = ok(applyTimerAction(running, { kind: 'extend', minutes: 1 }, at(690)));
    expect(remainingMs(extended, ms(at(690)))).toBe(MINUTE_MS);
    expect(timerStatus(extended, ms(at(690)))).toBe('running');
  });

  it('refuses to go past four hours, and refuses without a timer', () => {
    const long = ok(applyTimerAction(undefined, { kind: 'set', minutes: 238 }, T0));
    expect(applyTimerAction(long, { kind: 'extend', minutes: 5 }, T0)).toEqual({
      ok: false,
      errors: { minutes: 'The timer cannot run for more than 240 minutes.' },
    });
    expect(applyTimerAction(undefined, { kind: 'extend', minutes: 1 }, T0)).toHaveProperty(
      'refused',
    );
  });
});

describe('resetting and storing', () => {
  it('goes back to the full (extended) time, stopped', () => {
    const running = ok(applyTimerAction(tenMinutes, { kind: 'start' }, T0));
    const extended = ok(applyTimerAction(running, { kind: 'extend', minutes: 5 }, at(60)));
    const reset = ok(applyTimerAction(extended, { kind: 'reset' }, at(120)));
    expect(reset).toEqual({
      durationMs: 15 * MINUTE_MS,
      startedAt: null,
      remainingWhenPausedMs: 15 * MINUTE_MS,
    });
    expect(timerStatus(reset, ms(at(500)))).toBe('ready');
  });

  it('creates the record keyed by the event, then raises its version', () => {
    const ctx = { now: T0, actor: 'Sam' };
    const first = timerRecord('ev-1', undefined, tenMinutes, ctx);
    expect(first).toMatchObject({ id: 'ev-1', eventId: 'ev-1', version: 1, createdAt: T0 });
    const later = { now: at(60), actor: 'Sam' };
    const second = timerRecord('ev-1', first, { ...first, startedAt: at(60) }, later);
    expect(second).toMatchObject({ version: 2, createdAt: T0, updatedAt: at(60) });
  });
});
