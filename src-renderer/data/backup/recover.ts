import Dexie from 'dexie';
import type { CommandContext } from '../../domain/record';
import { DATABASE_NAME, TwoFeetDb } from '../db';
import { DEFAULT_ACTOR } from '../settings';
import type { ParsedBackup } from './read-backup';
import { type RestoreOutcome, restoreBackup } from './restore-backup';

/**
 * Whether restoring a backup can help when the database did not open. Not when the data is
 * from a newer Two Feet (restoring would throw that newer data away) or when this browser
 * cannot store data at all.
 */
export function canRecoverFrom(error: unknown): boolean {
  const name = errorName(error);
  return !['VersionError', 'MissingAPIError', 'InvalidStateError'].includes(name);
}

/**
 * Restores a checked backup when the app could not start. If the database opens now (space
 * was freed), this is an ordinary restore; if it still cannot be opened, the unreadable
 * database is deleted first, as the user confirmed.
 */
export async function recoverWithBackup(
  backup: ParsedBackup,
  now: string,
): Promise<RestoreOutcome> {
  const ctx: CommandContext = { now, actor: facilitatorIn(backup) };
  let db = new TwoFeetDb();
  try {
    try {
      await db.open();
    } catch {
      db.close();
      await Dexie.delete(DATABASE_NAME);
      db = new TwoFeetDb();
      await db.open();
    }
    return await restoreBackup(db, backup, ctx);
  } catch {
    return {
      ok: false,
      message:
        'Two Feet still cannot open its data, so the backup was not restored. Free some disk space, restart the computer, then try again.',
    };
  } finally {
    db.close();
  }
}

/** The facilitator named in the backup's settings: the database with Settings cannot open. */
function facilitatorIn(backup: ParsedBackup): string {
  const row = (backup.tables.settings ?? []).find(
    (setting) => (setting as { key?: unknown }).key === 'facilitatorName',
  ) as { value?: unknown } | undefined;
  return typeof row?.value === 'string' && row.value !== '' ? row.value : DEFAULT_ACTOR;
}

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const inner = (error as { inner?: { name?: unknown } }).inner;
  if (typeof inner?.name === 'string' && inner.name !== 'Error') return inner.name;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}
