/**
 * The automatic backups folder on a real temporary disk: naming, the schedule, rotation and
 * paths that must stay inside the folder.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_MAGIC as RENDERER_MAGIC } from '../../src-renderer/data/backup/format';

vi.mock('electron', () => ({}));

const {
  BACKUP_MAGIC,
  DAY_MS,
  backupPath,
  backupsFolder,
  isBackupDue,
  listBackups,
  readBackupFile,
  rotateBackups,
  storeBackup,
} = await import('../../src-main/main/backups');

const backup = (text = '') => new TextEncoder().encode(`${BACKUP_MAGIC},"rest":1}\n${text}`);
const at = (iso: string) => new Date(iso);

let userData: string;
let folder: string;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'two-feet-backups-'));
  folder = backupsFolder(userData);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('storing a backup', () => {
  it('writes it in <userData>/backups under a name main makes, and lists it', async () => {
    const stored = await storeBackup(
      folder,
      { reason: 'daily', data: backup('x'), keep: 10 },
      at('2026-11-22T18:00:00.000Z'),
    );
    expect(folder).toBe(join(userData, 'backups'));
    expect(stored).toEqual({
      fileName: 'two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup',
      createdAt: '2026-11-22T18:00:00.000Z',
      reason: 'daily',
      bytes: backup('x').byteLength,
    });
    expect(await listBackups(folder)).toEqual([stored]);
    expect(await readBackupFile(folder, stored.fileName)).toEqual(backup('x'));
    expect(readdirSync(folder)).toEqual([stored.fileName]);
  });

  it('the same file start as the renderer writes', () => {
    expect(BACKUP_MAGIC).toBe(RENDERER_MAGIC);
  });

  it('refuses bytes that are not a backup, writing nothing', async () => {
    const data = new TextEncoder().encode('name,email\n');
    await expect(
      storeBackup(folder, { reason: 'daily', data, keep: 10 }, at('2026-11-22T18:00:00.000Z')),
    ).rejects.toThrow('That is not a Two Feet backup, so it was not stored.');
    expect(await listBackups(folder)).toEqual([]);
  });
});

describe('rotation', () => {
  it('keeps exactly the newest N', async () => {
    for (let day = 1; day <= 14; day += 1) {
      const when = at(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`);
      await storeBackup(folder, { reason: 'daily', data: backup(), keep: 5 }, when);
    }
    const kept = await listBackups(folder);
    expect(kept).toHaveLength(5);
    expect(kept.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-14',
      '2026-11-13',
      '2026-11-12',
      '2026-11-11',
      '2026-11-10',
    ]);
    expect(readdirSync(folder)).toHaveLength(5);
  });

  it('leaves other files in the folder alone', async () => {
    await storeBackup(
      folder,
      { reason: 'daily', data: backup(), keep: 1 },
      at('2026-11-01T09:00:00.000Z'),
    );
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await storeBackup(
      folder,
      { reason: 'before-restore', data: backup(), keep: 1 },
      at('2026-11-02T09:00:00.000Z'),
    );
    expect(readdirSync(folder).sort()).toEqual([
      'notes.txt',
      'two-feet-2026-11-02T09-00-00-000Z-before-restore.tfbackup',
    ]);
    expect(await rotateBackups(folder, 1)).toEqual([]);
  });
});

describe('the daily schedule', () => {
  it('is due with no backups, not within a day of the last one, and due again after a day', async () => {
    const first = at('2026-11-22T09:00:00.000Z');
    expect(await isBackupDue(folder, first)).toBe(true);
    await storeBackup(folder, { reason: 'daily', data: backup(), keep: 10 }, first);
    expect(await isBackupDue(folder, at('2026-11-22T17:00:00.000Z'))).toBe(false);
    expect(await isBackupDue(folder, new Date(first.getTime() + DAY_MS - 1))).toBe(false);
    expect(await isBackupDue(folder, new Date(first.getTime() + DAY_MS))).toBe(true);
  });
});

describe('paths stay inside the backups folder', () => {
  it.each([
    '../two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup',
    '/etc/passwd',
    'two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup/../../window-state.json',
    '..\\two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup',
    'window-state.json',
    '',
  ])('refuses %j', async (name) => {
    expect(() => backupPath(folder, name)).toThrow('That is not one of the automatic backups.');
    await expect(readBackupFile(folder, name)).rejects.toThrow(
      'That is not one of the automatic backups.',
    );
  });
});
