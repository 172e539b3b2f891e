import type { Page } from '@playwright/test';
import type { DatasetSummary } from './data/dataset';

/**
 * What a user is waiting for decides the budget (issue 9): a keystroke or a click should
 * answer within 100 ms, a screen should be usable within 1 s. A task (an import, a restore,
 * a bulk write) has a screen's budget: past it, it must show progress.
 */
export type WaitKind = 'keystroke' | 'click' | 'screen' | 'task' | 'frame';

export const BUDGET_MS: Record<WaitKind, number> = {
  keystroke: 100,
  click: 100,
  screen: 1000,
  task: 1000,
  // One frame at 60 Hz (16.7 ms) plus the timer's jitter: a drag that keeps up with the screen.
  frame: 17,
};

/** One row of the table: the operation's timings beside its floor's. */
export interface Measurement {
  operation: string;
  kind: WaitKind;
  samples: number[];
  /** The least work the operation cannot avoid, measured the same way. */
  floor: string;
  floorSamples: number[];
  /**
   * Per sample, whether something told the user to wait (a busy region, a progress bar).
   * Leave out when the operation has no screen to show it on.
   */
  progress?: boolean[];
  /** Other timings worth keeping in the JSON, e.g. to the next painted frame. */
  extra?: Record<string, number[]>;
  /** Facts measured on the way, kept in the JSON (e.g. what the app downloads to start). */
  info?: Record<string, unknown>;
  /** Anything that did not look right, e.g. the app and the floor found different results. */
  warnings?: string[];
}

export interface BenchContext {
  /** Origin the app is served on, e.g. http://two-feet.localhost:5299 */
  baseUrl: string;
  /** A blank page on the app's origin with the lab bundle loaded (window.twoFeetBench). */
  lab: Page;
  /** The app's page, with the probes installed (window.__benchProbe). */
  app: Page;
  dataset: DatasetSummary;
  warmups: number;
  runs: number;
  /** Progress messages; they go to stderr, so that stdout carries only the table. */
  log(message: string): void;
}

/**
 * A group of related measurements. Operations run in order, in one browser profile: the
 * first one (seed) leaves the dataset in the database for the others.
 */
export interface Operation {
  id: string;
  run(ctx: BenchContext): Promise<Measurement[]>;
}

/** Runs `step` warmups + runs times and keeps the timed runs. */
export async function repeat<T>(
  ctx: Pick<BenchContext, 'warmups' | 'runs'>,
  step: (index: number) => Promise<T>,
): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < ctx.warmups + ctx.runs; i++) {
    const result = await step(i);
    if (i >= ctx.warmups) kept.push(result);
  }
  return kept;
}
