import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import { eventTiming } from '../../../src-renderer/domain/event-list';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import { BENCH_TODAY } from './calendar';
import { generateEvents } from './events';
import { Prng } from './prng';
import { generateTaskforces } from './taskforces';

/**
 * The benchmark's dataset: every table's rows, exactly as the app stores them.
 *
 * To add a table group (people, attendance, votes…): write `data/<group>.ts` with a
 * `generate<Group>(prng, …)` function that returns stored records, give it its own
 * `root.fork('<group>')` stream below (so existing groups keep their rows), add its size to
 * DatasetSizes and its rows to `storedTables`.
 */
export interface BenchDataset {
  today: string;
  taskforces: Taskforce[];
  events: TaskforceEvent[];
}

export interface DatasetSizes {
  taskforces: number;
  events: number;
}

/** The sizes the issues ask for (issue 9: 10 taskforces, 300 events, …). */
export const FULL_SIZES: DatasetSizes = { taskforces: 10, events: 300 };

export const DEFAULT_SEED = 'two-feet-bench-1';

export function generateDataset(
  seed: string = DEFAULT_SEED,
  sizes: DatasetSizes = FULL_SIZES,
  today: string = BENCH_TODAY,
): BenchDataset {
  const root = new Prng(seed);
  const plans = generateTaskforces(root.fork('taskforces'), sizes.taskforces, today);
  const events = generateEvents(root.fork('events'), plans, sizes.events, today);
  return { today, taskforces: plans.map((plan) => plan.record), events };
}

/** Rows by IndexedDB object store name, in the order they are written. */
export function storedTables(dataset: BenchDataset): Record<string, readonly object[]> {
  return { taskforces: dataset.taskforces, events: dataset.events };
}

export interface DatasetSummary {
  seed: string;
  today: string;
  /** Rows per object store. */
  rows: Record<string, number>;
  events: { past: number; today: number; upcoming: number };
  /** Changes whenever any generated value changes: results are only comparable when equal. */
  fingerprint: string;
}

export function summarise(dataset: BenchDataset, seed: string): DatasetSummary {
  const rows: Record<string, number> = {};
  for (const [table, list] of Object.entries(storedTables(dataset))) rows[table] = list.length;
  const events = { past: 0, today: 0, upcoming: 0 };
  for (const event of dataset.events) events[eventTiming(event.date, dataset.today)]++;
  return { seed, today: dataset.today, rows, events, fingerprint: fingerprint(dataset) };
}

/** Two 32-bit FNV-1a hashes (different offsets) of the value's JSON, as 16 hex digits. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
