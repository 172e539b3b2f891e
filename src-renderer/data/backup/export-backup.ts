import type Dexie from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  encodeValue,
  sha256Hex,
} from './format';
import { readAllTables } from './tables';

export interface BackupProgress {
  /** What is happening, in words a user understands. */
  step: string;
  /** 0 to 1. */
  fraction: number;
}

export interface ExportedBackup {
  header: BackupHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Writes every table of `db` (whatever version it is at, including tables added after this
 * was written) into one backup file; see format.ts. The rows are read in one transaction;
 * reading receipts and packing happen after it, as IndexedDB transactions cannot wait.
 */
export async function exportBackup(
  db: Dexie,
  options: { appVersion: string; now: string; onProgress?: (progress: BackupProgress) => void },
): Promise<ExportedBackup> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ step: 'Reading your data', fraction: 0 });
  const tables = await readAllTables(db);
  const names = Object.keys(tables).sort();
  const totalRows = names.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);

  const pending: Promise<void>[] = [];
  const encoded: Record<string, unknown> = {};
  let done = 0;
  for (const name of names) {
    const rows = tables[name] ?? [];
    encoded[name] = rows.map((row) => encodeValue(row, pending));
    done += rows.length;
    progress({ step: 'Packing your data', fraction: 0.1 + 0.6 * (done / Math.max(1, totalRows)) });
    // Lets the progress bar paint between tables.
    if (options.onProgress) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await Promise.all(pending);

  progress({ step: 'Checking the backup', fraction: 0.75 });
  const content = new TextEncoder().encode(JSON.stringify({ tables: encoded }));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.now,
    tables: names.map((name) => ({ name, rows: tables[name]?.length ?? 0 })),
    content: { bytes: content.byteLength, sha256: await sha256Hex(content) },
  };
  const headerBytes = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const bytes = new Uint8Array(headerBytes.byteLength + content.byteLength);
  bytes.set(headerBytes, 0);
  bytes.set(content, headerBytes.byteLength);
  progress({ step: 'Backup ready', fraction: 1 });
  return { header, bytes };
}

/** "two-feet-backup-2026-11-22-1800.tfbackup" in the laptop's time: sorts by date, safe everywhere. */
export function backupFileName(now: string): string {
  const date = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `two-feet-backup-${day}-${two(date.getHours())}${two(date.getMinutes())}.tfbackup`;
}
