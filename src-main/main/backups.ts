/**
 * The desktop app's automatic backups: files in <userData>/backups that main names, writes,
 * lists, reads back and rotates. The renderer, which holds the data, makes each file (see
 * src-renderer/data/backup/format.ts) and hands main the bytes; main never takes a path or a
 * file name from it to write, and reads only names that it could have made itself.
 */
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BackupReason, StoredBackupInfo } from '../shared/api';
import { MAX_FILE_BYTES } from '../shared/ipc-schemas';
import { UserFacingError } from './ipc/user-facing-error';

/** How every backup file starts (its header's first field): anything else is refused. */
export const BACKUP_MAGIC = '{"format":"two-feet-backup"';
export const DAY_MS = 24 * 60 * 60 * 1000;

/** "two-feet-2026-11-22T18-00-00-000Z-daily.tfbackup": the time (UTC) and why it was made. */
export const BACKUP_FILE_NAME =
  /^two-feet-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|before-upgrade|before-restore)\.tfbackup$/;

export function backupsFolder(userData: string): string {
  return join(userData, 'backups');
}

export function backupFileName(now: Date, reason: BackupReason): string {
  return `two-feet-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.tfbackup`;
}

function describeName(fileName: string): Pick<StoredBackupInfo, 'createdAt' | 'reason'> | null {
  const match = BACKUP_FILE_NAME.exec(fileName);
  if (!match) return null;
  const [, day, h, m, s, ms, reason] = match;
  return { createdAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason as BackupReason };
}

/**
 * The path of a backup in the folder, for a name main made. Anything else (another file,
 * "../x", an absolute path) is refused, and the resolved path must sit directly in the folder.
 */
export function backupPath(folder: string, fileName: string): string {
  const inside = resolve(folder, fileName);
  if (!describeName(fileName) || dirname(inside) !== resolve(folder)) {
    throw new UserFacingError('That is not one of the automatic backups.');
  }
  return inside;
}

/** Newest first. A folder that does not exist yet holds no backups. */
export async function listBackups(folder: string): Promise<StoredBackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  const found: StoredBackupInfo[] = [];
  for (const fileName of names) {
    const described = describeName(fileName);
    if (!described) continue;
    const info = await stat(join(folder, fileName));
    if (info.isFile()) found.push({ fileName, ...described, bytes: info.size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Writes one backup, then deletes the oldest beyond `keep`. The file is written under a
 * temporary name and renamed, so a crash never leaves a half-written backup in the list.
 */
export async function storeBackup(
  folder: string,
  request: { reason: BackupReason; data: Uint8Array; keep: number },
  now: Date,
): Promise<StoredBackupInfo> {
  if (!startsWithMagic(request.data)) {
    throw new UserFacingError('That is not a Two Feet backup, so it was not stored.');
  }
  await mkdir(folder, { recursive: true });
  const fileName = backupFileName(now, request.reason);
  const target = backupPath(folder, fileName);
  const partial = `${target}.partial`;
  await writeFile(partial, request.data);
  await rename(partial, target);
  await rotateBackups(folder, request.keep);
  return {
    fileName,
    createdAt: now.toISOString(),
    reason: request.reason,
    bytes: request.data.byteLength,
  };
}

/** Keeps the newest `keep` backups and deletes the rest; answers the names deleted. */
export async function rotateBackups(folder: string, keep: number): Promise<string[]> {
  const excess = (await listBackups(folder)).slice(Math.max(1, keep));
  for (const backup of excess) await rm(backupPath(folder, backup.fileName), { force: true });
  return excess.map((backup) => backup.fileName);
}

/** The schedule: a backup is due when none was made in the last day. */
export async function isBackupDue(folder: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(folder);
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

export async function readBackupFile(folder: string, fileName: string): Promise<Uint8Array> {
  const file = await open(backupPath(folder, fileName), 'r');
  try {
    const info = await file.stat();
    if (info.size > MAX_FILE_BYTES) throw new UserFacingError('That backup is too large to open.');
    const contents = await file.readFile();
    return new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength);
  } finally {
    await file.close();
  }
}

function startsWithMagic(data: Uint8Array): boolean {
  if (data.byteLength < BACKUP_MAGIC.length) return false;
  for (let i = 0; i < BACKUP_MAGIC.length; i += 1) {
    if (data[i] !== BACKUP_MAGIC.charCodeAt(i)) return false;
  }
  return true;
}
