/**
 * Runs the REAL built main bundle (out/main/index.js) under plain Node, with 'electron' swapped
 * for a recording stub by a require hook. Unit tests prove the source is right; this proves the
 * shipped bundle is: that bundling kept the window options, and that the paths it computes from
 * its own location point at files the build really produced.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import { createElectronStub, emitAppEvent, settle } from './electron-stub';
import type { StubOptions } from './electron-stub';

const root = resolve(__dirname, '../..');
const mainBundle = join(root, 'out/main/index.js');
const preloadBundle = join(root, 'out/preload/index.js');
const rendererIndex = join(root, 'out/renderer/index.html');

type Load = (this: unknown, request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const requireFromHere = createRequire(__filename);

let userData: string;

/** Loads a fresh copy of the bundle with `electron` answered by a stub; returns its record. */
async function runBundle(options: Omit<StubOptions, 'userData'> = {}) {
  const stub = createElectronStub({ ...options, userData });
  const originalLoad = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'electron'
      ? stub.electron
      : originalLoad.call(this, request, parent, isMain);
  };
  try {
    // A fresh copy each time: the bundle does its work when it is first required.
    Reflect.deleteProperty(requireFromHere.cache, mainBundle);
    requireFromHere(mainBundle);
  } finally {
    loader._load = originalLoad;
  }
  await settle();
  return stub.record;
}

beforeAll(() => {
  if (!existsSync(mainBundle)) throw new Error('Run `npm run build` first');
});

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'two-feet-bundle-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('the built main bundle', () => {
  it('opens one window with the hardened webPreferences', async () => {
    const record = await runBundle();
    expect(record.errorBoxes).toEqual([]);
    expect(record.windows).toHaveLength(1);
    const options = record.windows[0]?.options;
    expect(options?.title).toBe('Two Feet');
    expect(options?.show).toBe(false);
    expect(options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('points the preload at the built out/preload/index.js', async () => {
    const preload = (await runBundle()).windows[0]?.options.webPreferences?.preload;
    expect(preload).toBe(preloadBundle);
    expect(existsSync(preloadBundle), preloadBundle).toBe(true);
  });

  it('loads the built out/renderer/index.html', async () => {
    const window = (await runBundle()).windows[0];
    expect(window?.loadedUrl).toBeUndefined();
    expect(window?.loadedFile?.path).toBe(rendererIndex);
    expect(existsSync(rendererIndex), `${rendererIndex} is missing`).toBe(true);
  });

  it('handles exactly the channels of the IPC contract', async () => {
    const { ipcChannels } = await runBundle();
    expect([...ipcChannels].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('enables the sandbox, hardens every webContents and denies permissions', async () => {
    const record = await runBundle();
    expect(record.sandboxEnabled).toBe(1);
    expect(record.appListeners.get('web-contents-created')).toHaveLength(1);
    const callback = vi.fn();
    (record.permissionRequestHandler as (...args: unknown[]) => void)({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect((record.permissionCheckHandler as (...args: unknown[]) => boolean)(null, 'media')).toBe(
      false,
    );
  });

  it('cancels remote requests and lets its own files through', async () => {
    const record = await runBundle();
    const outcome = (url: string) => {
      const callback = vi.fn();
      (record.beforeRequest as (...args: unknown[]) => void)({ url }, callback);
      return callback.mock.calls[0]?.[0] as unknown;
    };
    expect(outcome('https://example.com/')).toEqual({ cancel: true });
    expect(outcome(`file://${join(root, 'out/main/index.js')}`)).toEqual({ cancel: true });
    expect(outcome(`file://${rendererIndex}`)).toEqual({ cancel: false });
  });

  it('quits without opening a window when another copy holds the lock', async () => {
    const record = await runBundle({ lockGranted: false });
    expect(record.lockRequests).toBe(1);
    expect(record.quitCalls).toBe(1);
    expect(record.windows).toHaveLength(0);
  });

  it('never loads a page named by ELECTRON_RENDERER_URL once packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const window = (await runBundle({ isPackaged: true })).windows[0];
    expect(window?.loadedUrl).toBeUndefined();
    expect(window?.loadedFile?.path).toBe(rendererIndex);
  });

  it('focuses the running window on a second launch', async () => {
    const record = await runBundle();
    emitAppEvent(record, 'second-instance', {}, [], '/');
    expect(record.windows[0]?.focused).toBe(1);
  });
});

describe('the built preload bundle', () => {
  it("requires nothing but 'electron', as a sandboxed preload must", () => {
    expect(existsSync(preloadBundle), 'Run `npm run build` first').toBe(true);
    const source = readFileSync(preloadBundle, 'utf8');
    const required = [...source.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (match) => match[1],
    );
    expect(required).toEqual(['electron']);
    expect(source).not.toMatch(/\bimport\s*[({"']/);
  });
});
