import Dexie from 'dexie';
import type { Platform } from '../../platform/platform';
import { DATABASE_NAME, type TwoFeetDb } from '../db';
import { LATEST_VERSION } from '../schema';
import { DEFAULT_BACKUPS_TO_KEEP, getBackupsToKeep } from './backup-settings';
import { exportBackup } from './export-backup';

/** How often the app asks main whether today's backup is due. */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/**
 * The desktop app's daily backup: main keeps the files and decides when one is due (see
 * src-main/main/backups.ts); the renderer, which holds the data, makes the file. Checks at
 * start and every half hour while the app is open. Answers a function that stops it.
 */
export function startDailyBackups(db: TwoFeetDb, platform: Platform): () => void {
  if (!platform.backups.available) return () => undefined;
  const run = () => {
    runDailyBackupIfDue(db, platform).catch((error: unknown) => {
      console.error('The daily backup failed', error);
    });
  };
  run();
  const timer = setInterval(run, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}

export async function runDailyBackupIfDue(db: TwoFeetDb, platform: Platform): Promise<boolean> {
  const due = await platform.backups.isDue();
  if (!due.ok || !due.value) return false;
  const { bytes } = await exportBackup(db, {
    appVersion: await platform.appVersion(),
    now: new Date().toISOString(),
  });
  const stored = await platform.backups.store({
    reason: 'daily',
    data: bytes,
    keep: await getBackupsToKeep(db),
  });
  return stored.ok;
}

/**
 * Before this version of the app upgrades the stored data to a newer schema, a backup of the
 * data as it was goes into the automatic backups. The database is opened without a schema
 * (as it is on disk), so nothing is upgraded by reading it.
 */
export async function backupBeforeUpgrade(platform: Platform): Promise<void> {
  if (!platform.backups.available || !(await Dexie.exists(DATABASE_NAME))) return;
  const existing = new Dexie(DATABASE_NAME);
  try {
    await existing.open();
    if (existing.verno >= LATEST_VERSION) return;
    const keep = await getBackupsToKeep(existing).catch(() => DEFAULT_BACKUPS_TO_KEEP);
    const { bytes } = await exportBackup(existing, {
      appVersion: await platform.appVersion(),
      now: new Date().toISOString(),
    });
    const stored = await platform.backups.store({ reason: 'before-upgrade', data: bytes, keep });
    if (!stored.ok) console.error('The backup before the upgrade failed', stored.error);
  } catch (error) {
    // The upgrade itself is one transaction and safe; it goes ahead without this backup.
    console.error('The backup before the upgrade failed', error);
  } finally {
    existing.close();
  }
}
