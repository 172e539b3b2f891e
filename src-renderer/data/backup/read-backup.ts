import { LATEST_VERSION } from '../schema';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  type BackupHeader,
  type BackupRows,
  reviveValue,
  sha256Hex,
} from './format';
import { type KeyPath, tablesAtVersion } from './tables';

export interface ParsedBackup {
  header: BackupHeader;
  tables: BackupRows;
}

export type ReadOutcome = { ok: true; backup: ParsedBackup } | { ok: false; message: string };

export const REFUSALS = {
  notBackup:
    'This file is not a Two Feet backup. Choose a file whose name ends in .tfbackup, made from the Backups screen.',
  truncated:
    'This backup file is incomplete: it was cut short, perhaps while it was being copied or downloaded. Nothing was changed. Choose another backup.',
  damaged:
    'This backup file is damaged: its contents do not match the check made when it was saved. Nothing was changed. Choose another backup.',
  newerFormat:
    'This backup was made by a newer version of Two Feet, which saves backups differently. Nothing was changed. Install the newer version to restore it.',
} as const;

export function newerSchemaRefusal(version: number): string {
  return `This backup was made by a newer version of Two Feet (data version ${version}); this version can restore data up to version ${LATEST_VERSION}. Nothing was changed. Install the newer version to restore it.`;
}

function refuse(message: string): ReadOutcome {
  return { ok: false, message };
}

/**
 * Reads and checks a whole backup file before anything is written: the format, the checksum,
 * the length, the data version, and that every table and row is one this version knows, with
 * its primary key. Answers the rows ready to write, or a plain-English reason for refusing.
 */
export async function readBackup(bytes: Uint8Array): Promise<ReadOutcome> {
  const newline = bytes.indexOf(10);
  const start = decode(bytes.subarray(0, Math.min(bytes.length, BACKUP_MAGIC.length)));
  if (bytes.length === 0 || start === undefined || !BACKUP_MAGIC.startsWith(start)) {
    return refuse(REFUSALS.notBackup);
  }
  if (newline < 0) return refuse(REFUSALS.truncated);
  const header = parseHeader(decode(bytes.subarray(0, newline)));
  if (typeof header === 'string') return refuse(header);

  const content = bytes.subarray(newline + 1);
  if (content.byteLength < header.content.bytes) return refuse(REFUSALS.truncated);
  if (content.byteLength > header.content.bytes) return refuse(REFUSALS.damaged);
  if ((await sha256Hex(content.slice())) !== header.content.sha256) {
    return refuse(REFUSALS.damaged);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(decode(content) ?? '', reviveValue);
  } catch {
    return refuse(REFUSALS.damaged);
  }
  const tables = (parsed as { tables?: unknown } | null)?.tables;
  if (!isPlainObject(tables)) return refuse(REFUSALS.damaged);
  const problem = checkTables(header, tables);
  if (problem) return refuse(problem);
  return { ok: true, backup: { header, tables: tables as BackupRows } };
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function parseHeader(text: string | undefined): BackupHeader | string {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return REFUSALS.damaged;
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) return REFUSALS.notBackup;
  const header = value as Partial<BackupHeader>;
  if (!isWhole(header.formatVersion)) return REFUSALS.damaged;
  if (header.formatVersion > BACKUP_FORMAT_VERSION) return REFUSALS.newerFormat;
  if (!isWhole(header.schemaVersion) || header.schemaVersion < 1) return REFUSALS.damaged;
  if (header.schemaVersion > LATEST_VERSION) return newerSchemaRefusal(header.schemaVersion);
  const content = header.content;
  if (
    typeof header.createdAt !== 'string' ||
    typeof header.appVersion !== 'string' ||
    !Array.isArray(header.tables) ||
    !header.tables.every(
      (t) => isPlainObject(t) && typeof t.name === 'string' && isWhole(t.rows),
    ) ||
    !isPlainObject(content) ||
    !isWhole(content.bytes) ||
    typeof content.sha256 !== 'string'
  ) {
    return REFUSALS.damaged;
  }
  return header as BackupHeader;
}

/** The tables must be those of the backup's data version, with the counts listed. */
function checkTables(header: BackupHeader, tables: Record<string, unknown>): string | undefined {
  const known = tablesAtVersion(header.schemaVersion);
  const listed = new Map(header.tables.map((t) => [t.name, t.rows]));
  const names = Object.keys(tables);
  // A table the file lacks is restored empty (it may have been added to an unreleased
  // version after the backup); one this version does not know is refused.
  if (names.length !== listed.size) return REFUSALS.damaged;
  for (const name of names) {
    const rows = tables[name];
    const keyPath = known.get(name);
    if (keyPath === undefined || !Array.isArray(rows) || rows.length !== listed.get(name)) {
      return REFUSALS.damaged;
    }
    const seen = new Set<string>();
    for (const row of rows) {
      const key = primaryKey(row, keyPath);
      if (key === undefined || seen.has(key)) return REFUSALS.damaged;
      seen.add(key);
    }
  }
  return undefined;
}

/** The row's primary key as text (for spotting duplicates), or undefined when it has none. */
function primaryKey(row: unknown, keyPath: KeyPath): string | undefined {
  if (!isPlainObject(row)) return undefined;
  const parts = (Array.isArray(keyPath) ? keyPath : [keyPath]).map((path) => row[path]);
  if (!parts.every((part) => typeof part === 'string' || typeof part === 'number')) {
    return undefined;
  }
  return JSON.stringify(parts);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
