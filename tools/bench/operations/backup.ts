import { type Operation, repeat } from '../operation';
import { callLab } from '../page/call';

const n = (count: number) => count.toLocaleString('en-GB');

/**
 * Backups of the bench database (run after the people operations, so the register is in it):
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
    await ctx.app.goto('about:blank');
    ctx.log('backup: export and its floor');
    const exports = await repeat(ctx, () => callLab(lab, 'backupExport'));
    const rawExports = await repeat(ctx, () => callLab(lab, 'rawExport'));
    ctx.log('backup: restore and its floor');
    const restores = await repeat(ctx, () => callLab(lab, 'backupRestore'));
    const rawImports = await repeat(ctx, () => callLab(lab, 'rawImport'));
    const rows = exports[0]?.rows ?? 0;
    return [
      {
        operation: `backup: export ${n(rows)} rows, every table, with checksum`,
        kind: 'task',
        samples: exports.map((e) => e.ms),
        floor: 'dexie-export-import exportDB() to memory',
        floorSamples: rawExports.map((e) => e.ms),
        info: { backupBytes: exports[0]?.bytes, rawExportBytes: rawExports[0]?.bytes },
      },
      {
        operation: `backup: check and restore ${n(rows)} rows, one transaction`,
        kind: 'task',
        samples: restores.map((r) => r.ms),
        floor: 'dexie-export-import importInto(), tables cleared first',
        floorSamples: rawImports.map((r) => r.ms),
      },
    ];
  },
};
