/**
 * Writing the whole dataset (see operations/seed.ts): every table group the seed's timed runs
 * leave out (people, attendance, boards, voting, surveys, expenses), one transaction per group,
 * through the app's TwoFeetDb, and counting what landed.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { type BenchDataset, wholeDatasetGroups } from '../data/dataset';

export interface DatasetLabApi {
  /**
   * Empties every table of the later groups, then bulkPut of each group in one transaction.
   * Returns the whole time and each group's (named by its first table).
   */
  seedWholeDataset(): Promise<{ ms: number; groups: Record<string, number> }>;
  /** Rows per object store of the whole dataset, read back. */
  wholeCounts(): Promise<Record<string, number>>;
}

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function datasetLab(open: () => { db: TwoFeetDb; dataset: BenchDataset }): DatasetLabApi {
  return {
    async seedWholeDataset() {
      const { db, dataset } = open();
      const groups = wholeDatasetGroups(dataset);
      collectGarbage();
      const times: Record<string, number> = {};
      const start = performance.now();
      for (const group of groups) {
        const entries = Object.entries(group);
        const names = entries.map(([name]) => name);
        const began = performance.now();
        await db.transaction('rw', names, async () => {
          await Promise.all(names.map((name) => db.table(name).clear()));
          await Promise.all(entries.map(([name, rows]) => db.table(name).bulkPut(rows)));
        });
        times[names[0] ?? '?'] = performance.now() - began;
      }
      return { ms: performance.now() - start, groups: times };
    },

    async wholeCounts() {
      const { db, dataset } = open();
      const counts: Record<string, number> = {};
      for (const group of wholeDatasetGroups(dataset)) {
        for (const name of Object.keys(group)) counts[name] = await db.table(name).count();
      }
      return counts;
    },
  };
}
