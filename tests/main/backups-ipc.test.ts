/**
 * The automatic backups' IPC channels, with Electron mocked and a temporary user-data folder:
 * what the renderer may ask, and every argument a buggy or compromised page might send.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import type { IpcResult } from '../../src-main/shared/api';
import { MAX_FILE_BYTES } from '../../src-main/shared/ipc-schemas';
import { APP_PAGE_URL } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  userData: '',
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  app: { getPath: (name: string) => (name === 'userData' ? electron.userData : '/nowhere') },
}));

const { createHandle } = await import('../../src-main/main/ipc/handle');
const { registerBackupHandlers } = await import('../../src-main/main/ipc/backups');
const { BACKUP_MAGIC, DAY_MS } = await import('../../src-main/main/backups');

const event = { senderFrame: { url: APP_PAGE_URL, parent: null }, sender: {} };
const backup = (n = 0) => new TextEncoder().encode(`${BACKUP_MAGIC},"n":${n}}\n{}`);
let now = new Date('2026-11-22T09:00:00.000Z');

async function invoke(channel: string, ...args: unknown[]) {
  const listener = electron.listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event as unknown as IpcMainInvokeEvent, ...args);
}

const folder = () => join(electron.userData, 'backups');

beforeEach(() => {
  electron.userData = mkdtempSync(join(tmpdir(), 'two-feet-user-data-'));
  electron.listeners.clear();
  now = new Date('2026-11-22T09:00:00.000Z');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerBackupHandlers(createHandle(APP_PAGE_URL), () => now);
});
afterEach(() => rmSync(electron.userData, { recursive: true, force: true }));

describe('the renderer asks main to keep, list and read backups', () => {
  it('is due, stores, is not due, lists, reads back, and is due a day later', async () => {
    expect(await invoke(IPC_CHANNELS.backupDue)).toEqual({ ok: true, value: true });
    const stored = await invoke(IPC_CHANNELS.storeBackup, {
      reason: 'daily',
      data: backup(1),
      keep: 10,
    });
    const fileName = 'two-feet-2026-11-22T09-00-00-000Z-daily.tfbackup';
    expect(stored).toEqual({
      ok: true,
      value: { fileName, createdAt: now.toISOString(), reason: 'daily', bytes: backup(1).length },
    });
    expect(readdirSync(folder())).toEqual([fileName]);
    expect(await invoke(IPC_CHANNELS.backupDue)).toEqual({ ok: true, value: false });
    expect(await invoke(IPC_CHANNELS.listBackups)).toEqual({
      ok: true,
      value: [stored.ok && stored.value],
    });
    expect(await invoke(IPC_CHANNELS.readBackup, { fileName })).toEqual({
      ok: true,
      value: backup(1),
    });
    now = new Date(now.getTime() + DAY_MS);
    expect(await invoke(IPC_CHANNELS.backupDue)).toEqual({ ok: true, value: true });
  });

  it('rotation keeps exactly the number the renderer asks for', async () => {
    for (let i = 0; i < 7; i += 1) {
      now = new Date(Date.UTC(2026, 10, 1 + i, 9));
      await invoke(IPC_CHANNELS.storeBackup, { reason: 'daily', data: backup(i), keep: 3 });
    }
    const list = await invoke(IPC_CHANNELS.listBackups);
    expect(list.ok && (list.value as { createdAt: string }[]).map((b) => b.createdAt)).toEqual([
      '2026-11-07T09:00:00.000Z',
      '2026-11-06T09:00:00.000Z',
      '2026-11-05T09:00:00.000Z',
    ]);
    expect(readdirSync(folder())).toHaveLength(3);
  });
});

describe('bad arguments are refused, and nothing is written or read outside the folder', () => {
  it.each([
    ['no request', []],
    ['extra arguments', [{ reason: 'daily', data: backup(), keep: 3 }, 'x']],
    ['an unknown reason', [{ reason: 'whenever', data: backup(), keep: 3 }]],
    ['text instead of bytes', [{ reason: 'daily', data: 'not bytes', keep: 3 }]],
    ['empty bytes', [{ reason: 'daily', data: new Uint8Array(), keep: 3 }]],
    ['keep zero', [{ reason: 'daily', data: backup(), keep: 0 }]],
    ['keep a fraction', [{ reason: 'daily', data: backup(), keep: 2.5 }]],
    ['keep too many', [{ reason: 'daily', data: backup(), keep: 1000 }]],
    [
      'a file name from the renderer',
      [{ reason: 'daily', data: backup(), keep: 3, fileName: 'x' }],
    ],
  ])('storeBackup with %s', async (_label, args) => {
    const answer = await invoke(IPC_CHANNELS.storeBackup, ...args);
    expect(answer.ok).toBe(false);
    expect(answer.ok || answer.error).toMatch(/^That request to store a backup was refused\./);
    expect(existsSync(folder())).toBe(false);
  });

  it('storeBackup with bytes that are not a backup', async () => {
    const data = new TextEncoder().encode('{"formatName":"dexie"}');
    expect(await invoke(IPC_CHANNELS.storeBackup, { reason: 'daily', data, keep: 3 })).toEqual({
      ok: false,
      error: 'That is not a Two Feet backup, so it was not stored.',
    });
    expect(existsSync(folder())).toBe(false);
  });

  it('storeBackup over the size limit, checked before anything is written', async () => {
    const data = new Uint8Array(MAX_FILE_BYTES + 1);
    data.set(backup());
    const answer = await invoke(IPC_CHANNELS.storeBackup, { reason: 'daily', data, keep: 3 });
    expect(answer).toEqual({
      ok: false,
      error: 'That request to store a backup was refused. The backup is larger than 200 MB.',
    });
    expect(existsSync(folder())).toBe(false);
  });

  it.each([
    '../window-state.json',
    '../two-feet-2026-11-22T09-00-00-000Z-daily.tfbackup',
    '/etc/passwd',
    join(tmpdir(), 'two-feet-2026-11-22T09-00-00-000Z-daily.tfbackup'),
    'two-feet-2026-11-22T09-00-00-000Z-daily.tfbackup/..',
    'window-state.json',
  ])('readBackup of %j', async (fileName) => {
    writeFileSync(join(electron.userData, 'window-state.json'), '{}');
    const answer = await invoke(IPC_CHANNELS.readBackup, { fileName });
    expect(answer.ok).toBe(false);
  });

  it('readBackup and listBackups with wrong arguments', async () => {
    for (const args of [[], [{}], [{ fileName: 5 }], ['name'], [{ fileName: 'a', extra: 1 }]]) {
      const answer = await invoke(IPC_CHANNELS.readBackup, ...args);
      expect(answer.ok || answer.error).toMatch(/^That request to read a backup was refused\./);
    }
    const listed = await invoke(IPC_CHANNELS.listBackups, 'extra');
    expect(listed.ok).toBe(false);
    const due = await invoke(IPC_CHANNELS.backupDue, {});
    expect(due.ok).toBe(false);
  });
});
