import type { DatasetSizes, DatasetSummary } from '../data/dataset';
import type { BackupLabApi } from './lab-backup';
import type { BoardLabApi } from './lab-board';
import type { DatasetLabApi } from './lab-dataset';
import type { ExpensesLabApi } from './lab-expenses';
import type { ScreensLabApi } from './lab-screens';
import type { SurveysLabApi } from './lab-surveys';
import type { VotingLabApi } from './lab-voting';

/**
 * What the lab page (a blank page on the app's origin, see page/lab.ts) offers the runner.
 * Every timing is measured inside the page with performance.now() and returned in ms.
 */
export interface LabApi
  extends
    BackupLabApi,
    DatasetLabApi,
    ExpensesLabApi,
    ScreensLabApi,
    BoardLabApi,
    SurveysLabApi,
    VotingLabApi {
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

  /** Empties the people table, then bulkPut of every generated person through TwoFeetDb, one transaction. */
  seedPeople(): Promise<number>;
  /** Empties the people table (not timed). */
  clearPeople(): Promise<void>;
  countPeople(): Promise<number>;
  /**
   * The floor for people search: per query, what usePeoplePage asks of the database (the
   * *words index for the first term, the other terms checked on those, sorted as it sorts).
   */
  searchPeopleWithDexie(queries: readonly string[]): Promise<{ ms: number[]; counts: number[] }>;
  /** The generated spreadsheet, to hand to the app's file input. */
  peopleCsv(): { fileName: string; text: string; rows: number };
  /** The floor for opening the file: the app's readCsv() (decode, check, parse) over its bytes. */
  readPeopleCsv(): { ms: number; rows: number };
  /** The floor for the preview: the domain's buildImportPreview() over the parsed rows. */
  previewPeopleCsv(): { ms: number; ok: number; error: number; duplicate: number };
  /** The floor for the import: bulkAdd of the generated people, one transaction, into an empty table. */
  addPeopleWithDexie(): Promise<number>;
  close(): void;
}

declare global {
  interface Window {
    twoFeetBench?: LabApi;
  }
}
