import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import { eventTiming } from '../../../src-renderer/domain/event-list';
import type { Person } from '../../../src-renderer/domain/people/person';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import { BENCH_TODAY } from './calendar';
import { generateEvents } from './events';
import { generatePeople, peopleCsv } from './people';
import { Prng } from './prng';
import { generateTaskforces } from './taskforces';

/**
 * The benchmark's dataset: every table's rows, exactly as the app stores them.
 *
 * To add a table group (people, attendance, votes…): write `data/<group>.ts` with a
 * `generate<Group>(prng, …)` function that returns stored records, give it its own
 * `root.fork('<group>')` stream below (so existing groups keep their rows), add its size to
 * DatasetSizes and its rows to `storedTables` (or, like people, keep it out of the seed and
 * let its own operations write it).
 */
export interface BenchDataset {
  today: string;
  taskforces: Taskforce[];
  events: TaskforceEvent[];
  /**
   * The register (issue 3). Not in `storedTables`: the seed does not write it, the people
   * operations do (people-search seeds it, people-import empties it before each import).
   */
  people: Person[];
  /** The same people as a spreadsheet saved as CSV UTF-8, for the import. */
  peopleCsv: string;
}

export interface DatasetSizes {
  taskforces: number;
  events: number;
  people: number;
}

/** The sizes the issues ask for (issue 9: 10 taskforces, 300 events; issue 3: 5,000 people). */
export const FULL_SIZES: DatasetSizes = { taskforces: 10, events: 300, people: 5000 };

export const DEFAULT_SEED = 'two-feet-bench-1';

export function generateDataset(
  seed: string = DEFAULT_SEED,
  sizes: DatasetSizes = FULL_SIZES,
  today: string = BENCH_TODAY,
): BenchDataset {
  const root = new Prng(seed);
  const plans = generateTaskforces(root.fork('taskforces'), sizes.taskforces, today);
  const events = generateEvents(root.fork('events'), plans, sizes.events, today);
  const people = generatePeople(root.fork('people'), sizes.people, today);
  return {
    today,
    taskforces: plans.map((plan) => plan.record),
    events,
    people: people.map((plan) => plan.record),
    peopleCsv: peopleCsv(people),
  };
}

/** Rows by IndexedDB object store name, in the order the seed writes them (people are not). */
export function storedTables(dataset: BenchDataset): Record<string, readonly object[]> {
  return { taskforces: dataset.taskforces, events: dataset.events };
}

export interface DatasetSummary {
  seed: string;
  today: string;
  /** Rows per object store written by the seed. */
  rows: Record<string, number>;
  events: { past: number; today: number; upcoming: number };
  /**
   * Of the seeded tables (taskforces and events): changes whenever any of their values
   * changes. Results of the seed and events rows are only comparable when it is equal.
   */
  fingerprint: string;
  people: {
    rows: number;
    withEmail: number;
    withPhone: number;
    withPreferredName: number;
    withPronouns: number;
    /** Size of the generated CSV file in bytes (UTF-8, with its byte order mark). */
    csvBytes: number;
    /** Of the people and their CSV: results of the people rows are only comparable when equal. */
    fingerprint: string;
  };
}

export function summarise(dataset: BenchDataset, seed: string): DatasetSummary {
  const rows: Record<string, number> = {};
  for (const [table, list] of Object.entries(storedTables(dataset))) rows[table] = list.length;
  const events = { past: 0, today: 0, upcoming: 0 };
  for (const event of dataset.events) events[eventTiming(event.date, dataset.today)]++;
  const { today, taskforces, events: eventRows, people, peopleCsv } = dataset;
  const count = (has: (p: Person) => boolean) => people.filter(has).length;
  return {
    seed,
    today,
    rows,
    events,
    // The same object (and key order) as before people were added, so the value did not change.
    fingerprint: fingerprint({ today, taskforces, events: eventRows }),
    people: {
      rows: people.length,
      withEmail: count((p) => p.email !== ''),
      withPhone: count((p) => p.phone !== ''),
      withPreferredName: count((p) => p.preferredName !== ''),
      withPronouns: count((p) => p.pronouns !== ''),
      csvBytes: new TextEncoder().encode(peopleCsv).length,
      fingerprint: fingerprint({ people, peopleCsv }),
    },
  };
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
