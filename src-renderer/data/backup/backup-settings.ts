import type Dexie from 'dexie';
import type { Setting, TwoFeetDb } from '../db';

export const DEFAULT_BACKUPS_TO_KEEP = 10;
export const MAX_BACKUPS_TO_KEEP = 100;

/** How many automatic backups the desktop app keeps (Settings → Backups). */
export async function getBackupsToKeep(db: Dexie): Promise<number> {
  const row = await db.table<Setting, string>('settings').get('backupsToKeep');
  const value = row?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
    ? Math.min(value, MAX_BACKUPS_TO_KEEP)
    : DEFAULT_BACKUPS_TO_KEEP;
}

/** Answers an error message for a number that cannot be used, or undefined once saved. */
export async function setBackupsToKeep(db: TwoFeetDb, text: string): Promise<string | undefined> {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 1 || value > MAX_BACKUPS_TO_KEEP) {
    return `Enter a whole number from 1 to ${MAX_BACKUPS_TO_KEEP}.`;
  }
  await db.settings.put({ key: 'backupsToKeep', value });
  return undefined;
}
