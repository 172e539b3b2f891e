/**
 * The backup's lab functions (see operations/backup.ts): the app's own export and restore,
 * and the floor, dexie-export-import's export and import of the same database.
 */
import { exportDB, importInto } from 'dexie-export-import';
import { exportBackup } from '../../../src-renderer/data/backup/export-backup';
import { readBackup } from '../../../src-renderer/data/backup/read-backup';
import { restoreBackup } from '../../../src-renderer/data/backup/restore-backup';
import type { TwoFeetDb } from '../../../src-renderer/data/db';

export interface BackupLabApi {
  /** The app's exportBackup() of every table: its time, the file's size and the rows in it. */
  backupExport(): Promise<{ ms: number; bytes: number; rows: number }>;
  /** readBackup() (every check) then restoreBackup() of the last export: replaces every table. */
  backupRestore(): Promise<{ ms: number; rows: number }>;
  /** The floor: dexie-export-import's exportDB() to a Blob, read into memory. */
  rawExport(): Promise<{ ms: number; bytes: number }>;
  /** The floor: importInto() of that Blob, tables cleared first, in one transaction. */
  rawImport(): Promise<{ ms: number }>;
}

const NOW = '2026-11-22T18:00:00.000Z';

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function backupLab(database: () => TwoFeetDb): BackupLabApi {
  let backup: Uint8Array | undefined;
  let blob: Blob | undefined;
  return {
    async backupExport() {
      collectGarbage();
      const start = performance.now();
      const made = await exportBackup(database(), { appVersion: 'bench', now: NOW });
      const ms = performance.now() - start;
      backup = made.bytes;
      const rows = made.header.tables.reduce((sum, t) => sum + t.rows, 0);
      return { ms, bytes: made.bytes.byteLength, rows };
    },

    async backupRestore() {
      if (!backup) throw new Error('Call backupExport() first.');
      collectGarbage();
      const start = performance.now();
      const read = await readBackup(backup);
      if (!read.ok) throw new Error(read.message);
      const restored = await restoreBackup(database(), read.backup, { now: NOW, actor: 'Bench' });
      const ms = performance.now() - start;
      if (!restored.ok) throw new Error(restored.message);
      return { ms, rows: restored.value.rows };
    },

    async rawExport() {
      collectGarbage();
      const start = performance.now();
      blob = await exportDB(database());
      // The app's export ends with the bytes in memory; so does the floor.
      const bytes = (await blob.arrayBuffer()).byteLength;
      return { ms: performance.now() - start, bytes };
    },

    async rawImport() {
      if (!blob) throw new Error('Call rawExport() first.');
      collectGarbage();
      const start = performance.now();
      await importInto(database(), blob, { clearTablesBeforeImport: true, acceptNameDiff: true });
      return { ms: performance.now() - start };
    },
  };
}
