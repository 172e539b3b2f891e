import { exportBackup } from '../../../data/backup/export-backup';
import { BACKUP_FILE_TYPE } from '../../../data/backup/format';
import type { ParsedBackup } from '../../../data/backup/read-backup';
import { restoreBackup } from '../../../data/backup/restore-backup';
import { getBackupsToKeep } from '../../../data/backup/backup-settings';
import type { TwoFeetDb } from '../../../data/db';
import type { CommandContext } from '../../../domain/record';
import type { Platform } from '../../../platform/platform';

export type FlowOutcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * What "Replace with this backup" does: first a backup of what is on the laptop now (into the
 * automatic backups in the desktop app, a download in a browser), then the restore. If that
 * first backup cannot be made, nothing is restored.
 */
export async function replaceWithBackup(
  db: TwoFeetDb,
  platform: Platform,
  backup: ParsedBackup,
  ctx: CommandContext,
  onStep: (step: string) => void,
): Promise<FlowOutcome> {
  onStep('Saving a backup of the data on this laptop first…');
  const safety = await saveSafetyBackup(db, platform, ctx.now);
  if (!safety.ok) {
    return {
      ok: false,
      message: `Nothing was restored, because a backup of the data on this laptop could not be made first. ${safety.error}`,
    };
  }
  onStep('Restoring the backup…');
  const outcome = await restoreBackup(db, backup, ctx);
  if (!outcome.ok) return outcome;
  const upgraded = outcome.value.upgradedFrom
    ? ` It was brought up to date from data version ${outcome.value.upgradedFrom}.`
    : '';
  return {
    ok: true,
    message: `The backup from ${readableDateTime(backup.header.createdAt)} was restored: ${outcome.value.rows.toLocaleString('en-GB')} records.${upgraded} The data from before was saved ${safety.where}.`,
  };
}

type Safety = { ok: true; where: string } | { ok: false; error: string };

async function saveSafetyBackup(db: TwoFeetDb, platform: Platform, now: string): Promise<Safety> {
  try {
    const { bytes } = await exportBackup(db, { appVersion: await platform.appVersion(), now });
    if (platform.backups.available) {
      const keep = await getBackupsToKeep(db);
      const stored = await platform.backups.store({ reason: 'before-restore', data: bytes, keep });
      return stored.ok ? { ok: true, where: 'in the automatic backups' } : stored;
    }
    const saved = await platform.saveFile({
      suggestedName: `two-feet-before-restore-${now.slice(0, 16).replace(/[T:]/g, '-')}.tfbackup`,
      type: BACKUP_FILE_TYPE,
      data: bytes,
    });
    return saved.saved
      ? { ok: true, where: `as ${saved.fileName}` }
      : { ok: false, error: saved.error ?? 'Saving it was cancelled.' };
  } catch {
    return { ok: false, error: 'Free some disk space, then try again.' };
  }
}

/** "22 November 2026 at 18:00", in the laptop's time zone. */
export function readableDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}
