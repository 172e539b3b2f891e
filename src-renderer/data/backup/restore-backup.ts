import Dexie from 'dexie';
import type { CommandContext } from '../../domain/record';
import { appendAudit } from '../audit';
import { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { LATEST_VERSION } from '../schema';
import { describeStorageError } from '../storage-errors';
import type { BackupRows } from './format';
import type { ParsedBackup } from './read-backup';
import { readAllTables } from './tables';

export type RestoreOutcome =
  { ok: true; value: { rows: number; upgradedFrom?: number } } | { ok: false; message: string };

/**
 * Replaces everything in `db` with a checked backup (see readBackup), in one transaction: if
 * anything fails, the data stays exactly as it was. An older backup is first brought up to
 * the current schema by the app's own upgrade functions, in a temporary database.
 */
export async function restoreBackup(
  db: TwoFeetDb,
  backup: ParsedBackup,
  ctx: CommandContext,
): Promise<RestoreOutcome> {
  const from = backup.header.schemaVersion;
  try {
    const rows = from < LATEST_VERSION ? await upgradeRows(backup) : backup.tables;
    const total = await replaceAllData(db, rows, ctx, backup.header.createdAt, from);
    return {
      ok: true,
      value: from < LATEST_VERSION ? { rows: total, upgradedFrom: from } : { rows: total },
    };
  } catch (error) {
    return { ok: false, message: restoreFailure(error) };
  }
}

function restoreFailure(error: unknown): string {
  // bulkAdd reports its rows' own errors inside a BulkError.
  const cause = (error as { failures?: unknown[] } | null)?.failures?.[0] ?? error;
  if ((cause as { name?: unknown } | null)?.name === 'ConstraintError') {
    return 'This backup could not be restored because two of its records clash. Nothing was changed.';
  }
  return `The backup could not be restored. ${describeStorageError(cause)}`;
}

/** Writes the rows into a temporary database at their version, then opens it at the latest. */
async function upgradeRows(backup: ParsedBackup): Promise<BackupRows> {
  const name = `two-feet-restore-${newId()}`;
  try {
    const old = new TwoFeetDb(name, backup.header.schemaVersion);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd(backup.tables[table.name] ?? []);
    });
    old.close();
    const upgraded = new TwoFeetDb(name);
    await upgraded.open();
    const rows = await readAllTables(upgraded);
    upgraded.close();
    return rows;
  } finally {
    await Dexie.delete(name);
  }
}

async function replaceAllData(
  db: TwoFeetDb,
  rows: BackupRows,
  ctx: CommandContext,
  madeAt: string,
  from: number,
): Promise<number> {
  let total = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const tableRows = rows[table.name] ?? [];
      total += tableRows.length;
      if (tableRows.length > 0) await table.bulkAdd(tableRows);
    }
    await appendAudit(db, ctx, {
      id: newId(),
      action: 'backup-restored',
      summary: `Restored a backup made on ${madeAt.slice(0, 10)} at ${madeAt.slice(11, 16)} UTC (data version ${from}, ${total} records). Everything that was here before was replaced.`,
    });
  });
  return total;
}
