import type { DatasetSizes, DatasetSummary } from '../data/dataset';

/**
 * What the lab page (a blank page on the app's origin, see page/lab.ts) offers the runner.
 * Every timing is measured inside the page with performance.now() and returned in ms.
 */
export interface LabApi {
  /** Generates the dataset in the page and opens the app's database (TwoFeetDb) and a raw connection. */
  prepare(options: { seed: string; sizes: DatasetSizes }): Promise<DatasetSummary>;
  /** Empties every table the dataset writes to (not timed). */
  clear(): Promise<void>;
  /** bulkPut of every generated row through TwoFeetDb, in one transaction. */
  seedWithDexie(): Promise<number>;
  /** The floor: put() of the same rows through raw IndexedDB, in one transaction. */
  seedWithRawIndexedDb(): Promise<number>;
  /** Rows per object store, read back. */
  storedCounts(): Promise<Record<string, number>>;
  /** The floor for opening the Events screen: the screen's own reads, through Dexie. */
  readEventsWithDexie(): Promise<number>;
  /** The floor for search: groupEvents() over rows already in memory, once per query. */
  filterEventsInPlainJs(queries: readonly string[]): Promise<{ ms: number[]; counts: number[] }>;
  close(): void;
}

declare global {
  interface Window {
    twoFeetBench?: LabApi;
  }
}
