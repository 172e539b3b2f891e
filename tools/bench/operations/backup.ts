import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';

const n = (count: number) => count.toLocaleString('en-GB');
/**
 * Each restore rewrites the whole dataset (about 110,000 rows and 8 MB of receipts): at most
 * 3 runs, after 1 warm-up for the exports and none for the restores (the exports warmed up).
 */
const HEAVY_RUNS = 3;
const HEAVY_WARMUPS = 1;

/**
 * Backups of the whole bench database (every table, the 2,000 receipt images too; run last):
 *  - export: the app's exportBackup() (read every table in one transaction, encode, SHA-256)
 *    beside dexie-export-import's exportDB() of the same database, read into memory;
 *  - restore: readBackup() (every check, checksum included) then restoreBackup() (clear and
 *    bulkAdd of every table in one transaction, plus an audit entry) beside importInto() of
 *    the same data with its tables cleared first.
 * Both run in the lab page, with the app page on about:blank (its live queries would re-run
 * on every write). Restoring the same data leaves the database as it was, bar audit entries.
 */
export const backupOperation: Operation = {
  id: 'backup',
  async run(ctx) {
    const { lab } = ctx;
    const heavy = {
      warmups: Math.min(ctx.warmups, HEAVY_WARMUPS),
      runs: Math.min(ctx.runs, HEAVY_RUNS),
    };
    await ctx.app.goto('about:blank');
    ctx.log('backup: export and its floor');
    const exports = await repeat(heavy, () => callLab(lab, 'backupExport'));
    const rawExports = await repeat(heavy, () => callLab(lab, 'rawExport'));
    ctx.log('backup: restore and its floor');
    const restoring = { warmups: 0, runs: heavy.runs };
    const restores = await repeat(restoring, () => callLab(lab, 'backupRestore'));
    const rawImports = await repeat(restoring, () => callLab(lab, 'rawImport'));
    const rows = exports[0]?.rows ?? 0;
    return [
      {
        operation: `backup: export ${n(rows)} rows, every table and receipt, with checksum (${heavy.runs} runs)`,
        kind: 'task',
        samples: exports.map((e) => e.ms),
        floor: 'dexie-export-import exportDB() to memory',
        floorSamples: rawExports.map((e) => e.ms),
        info: { backupBytes: exports[0]?.bytes, rawExportBytes: rawExports[0]?.bytes },
      },
      {
        operation: `backup: check and restore ${n(rows)} rows, one transaction (${heavy.runs} runs)`,
        kind: 'task',
        samples: restores.map((r) => r.ms),
        floor: 'dexie-export-import importInto(), tables cleared first',
        floorSamples: rawImports.map((r) => r.ms),
      },
    ];
  },
};
