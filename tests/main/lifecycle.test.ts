/**
 * The app's lifecycle (src-main/main/index.ts), run from source against a recording Electron.
 * index.ts does its work when imported, so each test imports a fresh copy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import { createElectronStub, emitAppEvent, settle } from './electron-stub';
import type { StubOptions } from './electron-stub';

let userData: string;

type Stub = ReturnType<typeof createElectronStub>;

async function startApp(
  options: Omit<StubOptions, 'userData'> = {},
  tweak: (electron: Stub['electron']) => void = () => undefined,
) {
  const stub = createElectronStub({ ...options, userData });
  tweak(stub.electron);
  vi.resetModules();
  vi.doMock('electron', () => stub.electron);
  await import('../../src-main/main/index');
  await settle();
  return stub.record;
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'two-feet-user-data-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('single instance', () => {
  it('quits at once, without a window, when another copy is running', async () => {
    const record = await startApp({ lockGranted: false });
    expect(record.lockRequests).toBe(1);
    expect(record.quitCalls).toBe(1);
    expect(record.windows).toHaveLength(0);
    expect(record.ipcChannels).toHaveLength(0);
  });

  it('brings the running window forward when a second copy starts', async () => {
    const record = await startApp();
    expect(record.quitCalls).toBe(0);
    const window = record.windows[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    emitAppEvent(record, 'second-instance', {}, [], '/');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
  });
});

describe('start-up', () => {
  it('hardens, installs the menu and IPC, then opens one hidden, secure window', async () => {
    const record = await startApp();
    expect(record.sandboxEnabled).toBe(1);
    expect(record.appListeners.has('web-contents-created')).toBe(true);
    expect(record.permissionRequestHandler).toBeTypeOf('function');
    expect(record.beforeRequest).toBeTypeOf('function');
    expect(record.headersReceived).toBeTypeOf('function');
    expect(record.menusSet).toBe(1);
    expect(record.ipcChannels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());

    expect(record.windows).toHaveLength(1);
    const window = record.windows[0];
    expect(window?.options).toMatchObject({
      title: 'Two Feet',
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window?.options.webPreferences?.preload).toMatch(/preload[\\/]index\.js$/);
    expect(window?.loadedFile?.path).toMatch(/renderer[\\/]index\.html$/);
    expect(window?.shown).toBe(0);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(1);
  });

  it('loads a local dev server when one is named, but never a remote one', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect((await startApp()).windows[0]?.loadedUrl).toBe('http://localhost:5173/');

    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://example.com');
    const remote = (await startApp()).windows[0];
    expect(remote?.loadedUrl).toBeUndefined();
    expect(remote?.loadedFile?.path).toMatch(/renderer[\\/]index\.html$/);
  });

  it('reopens the window where it was closed', async () => {
    const first = await startApp();
    const window = first.windows[0];
    if (!window) throw new Error('no window');
    window.getNormalBounds = () => ({ x: 200, y: 100, width: 1000, height: 700 });
    window.emit('close');
    const second = await startApp();
    expect(second.windows[0]?.options).toMatchObject({ x: 200, y: 100, width: 1000, height: 700 });
  });
});

describe('start-up failure', () => {
  it('tells the user and exits with an error instead of running without a window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const record = await startApp({}, (electron) => {
      electron.Menu.buildFromTemplate = () => {
        throw new Error('menu exploded');
      };
    });
    expect(record.errorBoxes).toEqual(['Two Feet could not start: Error: menu exploded']);
    expect(record.exitCodes).toEqual([1]);
    expect(record.windows).toHaveLength(0);
  });
});

describe('closing', () => {
  it('quits when the last window closes, except on macOS', async () => {
    const record = await startApp();
    emitAppEvent(record, 'window-all-closed');
    expect(record.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('opens a new window when the Dock icon is clicked and none is open', async () => {
    const record = await startApp();
    emitAppEvent(record, 'activate');
    expect(record.windows).toHaveLength(1);
    record.windows.length = 0;
    emitAppEvent(record, 'activate');
    expect(record.windows).toHaveLength(1);
  });
});
