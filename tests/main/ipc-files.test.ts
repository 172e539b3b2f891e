/**
 * Saving and opening real files in a temporary folder, with only the dialogs faked.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import type { IpcResult } from '../../src-main/shared/api';
import { APP_PAGE_URL, APP_PATHS } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  parentWindow: null as object | null,
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  app: {
    getVersion: () => '1.2.3',
    getPath: (name: string) => (name === 'documents' ? '/home/ada/Documents' : '/nowhere'),
  },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { fromWebContents: () => electron.parentWindow },
}));

const { registerIpcHandlers } = await import('../../src-main/main/ipc');
const { formatSize } = await import('../../src-main/main/ipc/files');

const MB = 1024 * 1024;
const csv = { name: 'CSV spreadsheet', extensions: ['csv'] };
const event = { senderFrame: { url: APP_PAGE_URL, parent: null }, sender: {} };

let folder: string;

async function invoke(channel: string, ...args: unknown[]) {
  const listener = electron.listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event as unknown as IpcMainInvokeEvent, ...args);
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'two-feet-files-'));
  electron.listeners.clear();
  electron.parentWindow = null;
  electron.showSaveDialog.mockReset();
  electron.showOpenDialog.mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerIpcHandlers(APP_PATHS);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('saveFile', () => {
  it('suggests the name in Documents, then writes text where the user chose', async () => {
    const target = join(folder, 'chosen name.csv');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const answer = await invoke(IPC_CHANNELS.saveFile, {
      suggestedName: 'keep-in-touch.csv',
      filters: [csv],
      data: 'name,email\nAda,ada@example.org\n',
    });
    expect(answer).toEqual({ ok: true, value: { saved: true, fileName: 'chosen name.csv' } });
    expect(readFileSync(target, 'utf8')).toBe('name,email\nAda,ada@example.org\n');
    expect(electron.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join('/home/ada/Documents', 'keep-in-touch.csv'),
      filters: [csv],
    });
  });

  it('writes bytes as they are', async () => {
    const target = join(folder, 'report.pdf');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const pdf = { name: 'PDF', extensions: ['pdf'] };
    const answer = await invoke(IPC_CHANNELS.saveFile, {
      suggestedName: 'report.pdf',
      filters: [pdf],
      data: bytes,
    });
    expect(answer).toEqual({ ok: true, value: { saved: true, fileName: 'report.pdf' } });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('shows the dialog over the window that asked', async () => {
    electron.parentWindow = { id: 1 };
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await invoke(IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', filters: [], data: '' });
    expect(electron.showSaveDialog.mock.calls[0]?.[0]).toBe(electron.parentWindow);
  });

  it('writes nothing when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const answer = await invoke(IPC_CHANNELS.saveFile, {
      suggestedName: 'a.csv',
      filters: [csv],
      data: 'x',
    });
    expect(answer).toEqual({ ok: true, value: { saved: false } });
  });

  it('explains a failed write in plain words', async () => {
    const target = join(folder, 'missing-folder', 'a.csv');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const answer = await invoke(IPC_CHANNELS.saveFile, {
      suggestedName: 'a.csv',
      filters: [csv],
      data: 'x',
    });
    expect(answer).toEqual({ ok: false, error: 'That file or folder no longer exists.' });
  });
});

describe('openFile', () => {
  it('reads the chosen file as bytes', async () => {
    const source = join(folder, 'people.csv');
    writeFileSync(source, 'name\nAda\n');
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    const answer = await invoke(IPC_CHANNELS.openFile, { filters: [csv], maxBytes: 1024 });
    expect(answer).toEqual({
      ok: true,
      value: {
        opened: true,
        fileName: 'people.csv',
        bytes: new TextEncoder().encode('name\nAda\n'),
      },
    });
    expect(electron.showOpenDialog).toHaveBeenCalledExactlyOnceWith({
      filters: [csv],
      properties: ['openFile'],
    });
  });

  it('refuses a file over the limit before reading it, saying both sizes', async () => {
    const source = join(folder, 'huge.csv');
    writeFileSync(source, '');
    truncateSync(source, 250 * MB); // sparse: takes no disk space
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    const answer = await invoke(IPC_CHANNELS.openFile, { filters: [csv], maxBytes: 50 * MB });
    expect(answer).toEqual({
      ok: false,
      error: 'That file is 250 MB; the most this can open is 50 MB.',
    });
  });

  it('opens a file exactly at the limit', async () => {
    const source = join(folder, 'exact.bin');
    writeFileSync(source, new Uint8Array(2048));
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    const answer = await invoke(IPC_CHANNELS.openFile, { filters: [], maxBytes: 2048 });
    expect(answer.ok && answer.value).toMatchObject({ opened: true, fileName: 'exact.bin' });
  });

  it('opens nothing when the user cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const answer = await invoke(IPC_CHANNELS.openFile, { filters: [csv], maxBytes: 1024 });
    expect(answer).toEqual({ ok: true, value: { opened: false } });
  });

  it('explains a folder or a vanished file in plain words', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
    expect(await invoke(IPC_CHANNELS.openFile, { filters: [], maxBytes: 1024 })).toEqual({
      ok: false,
      error: 'That is not a file that can be opened.',
    });
    const gone = join(folder, 'gone.csv');
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [gone] });
    expect(await invoke(IPC_CHANNELS.openFile, { filters: [], maxBytes: 1024 })).toEqual({
      ok: false,
      error: 'That file or folder no longer exists.',
    });
  });
});

describe('formatSize', () => {
  it('says sizes the way people do', () => {
    expect(formatSize(250 * MB)).toBe('250 MB');
    expect(formatSize(1.5 * MB)).toBe('1.5 MB');
    expect(formatSize(800 * 1024)).toBe('800 KB');
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(1)).toBe('1 byte');
  });
});
