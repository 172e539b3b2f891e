/**
 * Entry of the lab bundle: built by vite (lib mode, IIFE) in lab-bundle.ts and loaded into a
 * blank page on the app's origin, so it shares the app's IndexedDB. It uses the app's real
 * database module and domain code, not copies.
 */
import { DATABASE_NAME, TwoFeetDb } from '../../../src-renderer/data/db';
import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import { groupEvents } from '../../../src-renderer/domain/event-list';
import { buildImportPreview } from '../../../src-renderer/domain/people/csv-import';
import { guessMapping } from '../../../src-renderer/domain/people/import-columns';
import type { Person } from '../../../src-renderer/domain/people/person';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import {
  type SpreadsheetTable,
  readCsv,
} from '../../../src-renderer/features/people/import/read-spreadsheet';
import { searchTerms } from '../../../src-renderer/features/people/use-people-page';
import { type BenchDataset, generateDataset, storedTables, summarise } from '../data/dataset';
import { CSV_FILE_NAME } from '../data/people';
import type { LabApi } from './lab-api';
import { backupLab } from './lab-backup';
import { boardLab } from './lab-board';
import { datasetLab } from './lab-dataset';
import { expensesLab } from './lab-expenses';
import { screensLab } from './lab-screens';
import { surveysLab } from './lab-surveys';
import { votingLab } from './lab-voting';

let dataset: BenchDataset | undefined;
let db: TwoFeetDb | undefined;
let raw: IDBDatabase | undefined;
let inMemory: { taskforces: Taskforce[]; events: TaskforceEvent[] } | undefined;
let parsedCsv: SpreadsheetTable | undefined;

/** The order usePeoplePage sorts matches in: its bySortName (not exported), copied. */
function bySortName(a: Person, b: Person): number {
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function readTable(text: string): SpreadsheetTable {
  const reading = readCsv(csvBytes(text));
  if (!reading.ok) throw new Error(`The generated CSV cannot be read: ${reading.message}`);
  return reading.table;
}

function ready() {
  if (!dataset || !db || !raw) throw new Error('Call prepare() first.');
  return { dataset, db, raw, tables: storedTables(dataset) };
}

/** Collects garbage before a timed step when Chromium runs with --js-flags=--expose-gc. */
function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => {
      const connection = request.result;
      connection.onversionchange = () => connection.close();
      resolve(connection);
    };
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('indexedDB.open is blocked by another connection'));
  });
}

const api: LabApi = {
  ...backupLab(() => ready().db),
  ...boardLab(() => ready()),
  ...datasetLab(() => ready()),
  ...expensesLab(() => ready().db),
  ...screensLab(() => ready()),
  ...surveysLab(() => ready()),
  ...votingLab(() => ready()),
  async prepare({ seed, sizes }) {
    dataset = generateDataset(seed, sizes);
    db = new TwoFeetDb();
    await db.open();
    raw = await openRaw();
    for (const table of Object.keys(storedTables(dataset))) {
      if (!raw.objectStoreNames.contains(table)) {
        throw new Error(`The dataset writes to "${table}", which the database does not have.`);
      }
    }
    return summarise(dataset, seed);
  },

  async clear() {
    const { db, tables } = ready();
    const names = Object.keys(tables);
    await db.transaction('rw', names, () => Promise.all(names.map((n) => db.table(n).clear())));
    inMemory = undefined;
  },

  async seedWithDexie() {
    const { db, tables } = ready();
    const entries = Object.entries(tables);
    collectGarbage();
    const start = performance.now();
    await db.transaction(
      'rw',
      entries.map(([name]) => name),
      () => Promise.all(entries.map(([name, rows]) => db.table(name).bulkPut(rows))),
    );
    return performance.now() - start;
  },

  seedWithRawIndexedDb() {
    const { raw, tables } = ready();
    const entries = Object.entries(tables);
    collectGarbage();
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const tx = raw.transaction(
        entries.map(([name]) => name),
        'readwrite',
      );
      for (const [name, rows] of entries) {
        const store = tx.objectStore(name);
        for (const row of rows) store.put(row);
      }
      tx.oncomplete = () => resolve(performance.now() - start);
      tx.onerror = () => reject(tx.error ?? new Error('raw transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('raw transaction aborted'));
    });
  },

  async storedCounts() {
    const { db, tables } = ready();
    const counts: Record<string, number> = {};
    for (const name of Object.keys(tables)) counts[name] = await db.table(name).count();
    return counts;
  },

  async readEventsWithDexie() {
    const { db } = ready();
    collectGarbage();
    const start = performance.now();
    // The same reads as src-renderer/features/events/use-events-data.ts.
    const [taskforces, events] = await Promise.all([
      db.taskforces.toArray(),
      db.events.orderBy('date').toArray(),
    ]);
    const ms = performance.now() - start;
    inMemory = { taskforces, events };
    return ms;
  },

  async filterEventsInPlainJs(queries) {
    const { db, dataset } = ready();
    if (!inMemory) {
      const [taskforces, events] = await Promise.all([
        db.taskforces.toArray(),
        db.events.orderBy('date').toArray(),
      ]);
      inMemory = { taskforces, events };
    }
    const { taskforces, events } = inMemory;
    collectGarbage();
    const ms: number[] = [];
    const counts: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      const groups = groupEvents(taskforces, events, { query, today: dataset.today });
      let count = 0;
      for (const group of groups) count += group.upcoming.length + group.past.length;
      ms.push(performance.now() - start);
      counts.push(count);
    }
    return { ms, counts };
  },

  async seedPeople() {
    const { db, dataset } = ready();
    await db.people.clear();
    collectGarbage();
    const start = performance.now();
    await db.transaction('rw', db.people, () => db.people.bulkPut(dataset.people));
    return performance.now() - start;
  },

  async clearPeople() {
    const { db } = ready();
    await db.people.clear();
  },

  countPeople() {
    return ready().db.people.count();
  },

  async searchPeopleWithDexie(queries) {
    const { db } = ready();
    collectGarbage();
    const ms: number[] = [];
    const counts: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      // The same query as src-renderer/features/people/use-people-page.ts, without the count
      // of the whole register and the page slice.
      const [first, ...rest] = searchTerms(query);
      let count = 0;
      if (first !== undefined) {
        const candidates = await db.people.where('words').startsWith(first).distinct().toArray();
        const matches = candidates
          .filter((p) => rest.every((term) => p.words.some((word) => word.startsWith(term))))
          .sort(bySortName);
        count = matches.length;
      }
      ms.push(performance.now() - start);
      counts.push(count);
    }
    return { ms, counts };
  },

  peopleCsv() {
    const { dataset } = ready();
    return { fileName: CSV_FILE_NAME, text: dataset.peopleCsv, rows: dataset.people.length };
  },

  readPeopleCsv() {
    const { dataset } = ready();
    const bytes = csvBytes(dataset.peopleCsv);
    collectGarbage();
    const start = performance.now();
    const reading = readCsv(bytes);
    const ms = performance.now() - start;
    if (!reading.ok) throw new Error(`The generated CSV cannot be read: ${reading.message}`);
    return { ms, rows: reading.table.rows.length };
  },

  previewPeopleCsv() {
    const { dataset } = ready();
    parsedCsv ??= readTable(dataset.peopleCsv);
    const table = parsedCsv;
    collectGarbage();
    const start = performance.now();
    const built = buildImportPreview({ ...table, mapping: guessMapping(table.header) }, []);
    const ms = performance.now() - start;
    if (!built.ok)
      throw new Error(`No preview of the generated CSV: ${JSON.stringify(built.errors)}`);
    return { ms, ...built.value.counts };
  },

  async addPeopleWithDexie() {
    const { db, dataset } = ready();
    collectGarbage();
    const start = performance.now();
    await db.transaction('rw', db.people, () => db.people.bulkAdd(dataset.people));
    return performance.now() - start;
  },

  close() {
    db?.close();
    raw?.close();
    db = undefined;
    raw = undefined;
  },
};

window.twoFeetBench = api;
