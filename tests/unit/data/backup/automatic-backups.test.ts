import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backupBeforeUpgrade,
  runDailyBackupIfDue,
} from '../../../../src-renderer/data/backup/automatic-backups';
import { readBackup } from '../../../../src-renderer/data/backup/read-backup';
import { recoverWithBackup } from '../../../../src-renderer/data/backup/recover';
import { exportBackup } from '../../../../src-renderer/data/backup/export-backup';
import { freeSpaceFrom } from '../../../../src-renderer/data/backup/free-space';
import { DATABASE_NAME, TwoFeetDb } from '../../../../src-renderer/data/db';
import { LATEST_VERSION } from '../../../../src-renderer/data/schema';
import type { AutomaticBackups, Platform } from '../../../../src-renderer/platform/platform';
import { freshDb } from '../fresh-db';

function fakePlatform(due: boolean) {
  const store = vi.fn<AutomaticBackups['store']>(async (request) => ({
    ok: true,
    value: {
      fileName: 'two-feet-x-daily.tfbackup',
      createdAt: '2026-11-22T18:00:00.000Z',
      reason: request.reason,
      bytes: request.data.byteLength,
    },
  }));
  const platform: Platform = {
    kind: 'electron',
    saveFile: async () => ({ saved: false }),
    openFile: async () => ({ opened: false }),
    appVersion: async () => '9.9.9',
    openVenueScreen: async () => ({ opened: true }),
    setKioskMode: async () => undefined,
    backups: {
      available: true,
      isDue: async () => ({ ok: true, value: due }),
      store,
      list: async () => ({ ok: true, value: [] }),
      read: async () => ({ ok: false, error: 'none' }),
    },
  };
  return { platform, store };
}

afterEach(() => Dexie.delete(DATABASE_NAME));

describe('the daily backup', () => {
  it('is made and stored, keeping the number set in Settings, when main says it is due', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'backupsToKeep', value: 4 });
    await db.taskforces.add({ id: 'tf-1' } as never);
    const { platform, store } = fakePlatform(true);
    expect(await runDailyBackupIfDue(db, platform)).toBe(true);
    const [request] = store.mock.calls[0] ?? [];
    expect(request).toMatchObject({ reason: 'daily', keep: 4 });
    const read = await readBackup(request?.data ?? new Uint8Array());
    expect(read.ok && read.backup.tables.taskforces).toEqual([{ id: 'tf-1' }]);
    expect(read.ok && read.backup.header.appVersion).toBe('9.9.9');
  });

  it('is not made when it is not due', async () => {
    const { platform, store } = fakePlatform(false);
    expect(await runDailyBackupIfDue(freshDb(), platform)).toBe(false);
    expect(store).not.toHaveBeenCalled();
  });
});

describe('the backup before a schema upgrade', () => {
  it('saves the data as it was, at its old version, without upgrading it', async () => {
    const old = new TwoFeetDb(DATABASE_NAME, 2);
    await old.open();
    await old.taskforces.add({ id: 'tf-old' } as never);
    old.close();
    const { platform, store } = fakePlatform(false);
    await backupBeforeUpgrade(platform);
    const [request] = store.mock.calls[0] ?? [];
    expect(request).toMatchObject({ reason: 'before-upgrade', keep: 10 });
    const read = await readBackup(request?.data ?? new Uint8Array());
    expect(read.ok && read.backup.header.schemaVersion).toBe(2);
    const raw = new Dexie(DATABASE_NAME);
    await raw.open();
    expect(raw.verno).toBe(2);
    raw.close();
  });

  it('does nothing when the data is already current, or there is none', async () => {
    const { platform, store } = fakePlatform(false);
    await backupBeforeUpgrade(platform);
    const current = new TwoFeetDb(DATABASE_NAME);
    await current.open();
    current.close();
    await backupBeforeUpgrade(platform);
    expect(store).not.toHaveBeenCalled();
  });
});

describe('recovery when the app could not start', () => {
  it('restores a backup into the app database, as the facilitator named in it', async () => {
    const source = freshDb();
    await source.settings.put({ key: 'facilitatorName', value: 'Ana' });
    await source.taskforces.add({ id: 'tf-1' } as never);
    const { bytes } = await exportBackup(source, { appVersion: '1', now: '2026-11-22T18:00:00Z' });
    const read = await readBackup(bytes);
    if (!read.ok) throw new Error(read.message);
    const outcome = await recoverWithBackup(read.backup, '2026-11-23T09:00:00.000Z');
    expect(outcome.ok).toBe(true);
    const db = new TwoFeetDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.taskforces.toArray()).toEqual([{ id: 'tf-1' }]);
    expect(await db.auditLog.toArray()).toEqual([
      expect.objectContaining({ action: 'backup-restored', actor: 'Ana' }),
    ]);
    db.close();
  });
});

describe('low disk space', () => {
  it('warns under 200 MB or under a tenth of the quota', () => {
    expect(freeSpaceFrom(10e9, 9.85e9)).toEqual({ freeBytes: 150e6, low: true });
    expect(freeSpaceFrom(100e9, 91e9).low).toBe(true);
    expect(freeSpaceFrom(100e9, 50e9).low).toBe(false);
    expect(freeSpaceFrom(1e9, 2e9)).toEqual({ freeBytes: 0, low: true });
  });
});
