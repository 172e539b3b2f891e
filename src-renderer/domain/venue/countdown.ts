import type { TimerSetting } from './timer';
import { MINUTE_MS, remainingMs, timerStatus } from './timer';

/** What the countdown shows: the clock, and how far over once time is up. */
export interface CountdownView {
  /** "4:59", "1:02:03"; "0:00" once time is up. */
  clock: string;
  /** Whole seconds left, rounded up (a countdown shows 5:00 until a full second has gone). */
  secondsLeft: number;
  /** "0:45" once time is up and it keeps running; "" before. */
  overBy: string;
  status: ReturnType<typeof timerStatus>;
  /** For a live region: changes only at whole minutes (see countdownAnnouncement). */
  announcement: string;
}

export function countdownView(timer: TimerSetting, nowMs: number): CountdownView {
  const left = remainingMs(timer, nowMs);
  const secondsLeft = Math.max(0, Math.ceil(left / 1000));
  const overSeconds = left < 0 ? Math.floor(-left / 1000) : 0;
  return {
    clock: clockText(secondsLeft),
    secondsLeft,
    overBy: left <= 0 ? clockText(overSeconds) : '',
    status: timerStatus(timer, nowMs),
    announcement: countdownAnnouncement(timer, nowMs),
  };
}

/** 299 → "4:59"; 3723 → "1:02:03". */
export function clockText(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

const minutesText = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/**
 * A sentence for screen readers that changes only at whole minutes (and when the timer starts,
 * pauses or runs out), so a live region reading it is not chattering every second.
 */
export function countdownAnnouncement(timer: TimerSetting, nowMs: number): string {
  const left = remainingMs(timer, nowMs);
  const status = timerStatus(timer, nowMs);
  const minutesLeft = Math.ceil(left / MINUTE_MS);
  switch (status) {
    case 'ready':
      return `Timer set for ${minutesText(Math.ceil(timer.durationMs / MINUTE_MS))}.`;
    case 'running':
      return `${minutesText(minutesLeft)} left.`;
    case 'paused':
      return `Timer paused with ${minutesText(minutesLeft)} left.`;
    case 'over': {
      const over = Math.floor(-left / MINUTE_MS);
      return over > 0 ? `Time's up. Over by ${minutesText(over)}.` : "Time's up.";
    }
  }
}
