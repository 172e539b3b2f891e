/**
 * The venue screen and kiosk mode over IPC: arguments are checked, the venue window is made like
 * every other window (same hardened webPreferences and page), one per event, on the projector
 * when there is one; kiosk mode only ever changes the window that asked.
 */
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/api';
import type { IpcResult } from '../../src-main/shared/api';
import { APP_PAGE_URL, APP_PATHS } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const projector = { x: 1440, y: 0, width: 1920, height: 1080 };

const electron = vi.hoisted(() => {
  class FakeWindow {
    private readonly listeners = new Map<string, (() => void)[]>();
    focused = 0;
    shown = 0;
    kiosk: boolean[] = [];
    destroyed = false;
    loaded: { path: string; options: unknown } | undefined;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      state.windows.push(this);
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    emit(name: string) {
      for (const listener of this.listeners.get(name) ?? []) listener();
    }
    loadFile(path: string, options: unknown) {
      this.loaded = { path, options };
      return Promise.resolve();
    }
    once(name: string, listener: () => void) {
      return this.on(name, listener);
    }
    show() {
      this.shown += 1;
    }
    focus() {
      this.focused += 1;
    }
    maximize() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getBounds(): Rectangle {
      const { x = 0, y = 0, width = 800, height = 600 } = this.options;
      return { x, y, width, height };
    }
    setKiosk(on: boolean) {
      this.kiosk.push(on);
    }
  }
  const state = {
    listeners: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    displays: [] as { bounds: Rectangle; workArea: Rectangle }[],
    sender: null as FakeWindow | null,
    FakeWindow,
  };
  return state;
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  BrowserWindow: Object.assign(electron.FakeWindow, {
    fromWebContents: () => electron.sender,
  }),
  screen: {
    getAllDisplays: () => electron.displays,
    getPrimaryDisplay: () => electron.displays[0],
  },
}));

const { registerIpcHandlers } = await import('../../src-main/main/ipc');
const { secureWebPreferences } = await import('../../src-main/main/security');

const event = {
  senderFrame: { url: APP_PAGE_URL, parent: null },
  sender: {},
} as unknown as IpcMainInvokeEvent;

function invoke(channel: string, ...args: unknown[]) {
  const listener = electron.listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, ...args);
}

function mainWindow() {
  return new electron.FakeWindow({ x: 100, y: 50, width: 1280, height: 800 });
}

beforeEach(() => {
  electron.listeners.clear();
  electron.windows = [];
  electron.displays = [{ bounds: laptop, workArea: laptop }];
  electron.sender = mainWindow();
  registerIpcHandlers(APP_PATHS);
});

describe('openVenueScreen', () => {
  it.each([
    ['no id', []],
    ['an empty id', ['']],
    ['a number', [42]],
    ['a path', ['../../etc']],
    ['a URL fragment', ['abc#/settings']],
    ['an id too long to be one', ['x'.repeat(65)]],
    ['a second argument', ['event-1', 'extra']],
  ])('refuses %s without opening a window', async (_label, args) => {
    const answer = await invoke(IPC_CHANNELS.openVenueScreen, ...args);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatch(/^That request to open the venue screen/);
    expect(electron.windows).toHaveLength(1);
  });

  it('opens the venue page in a window with the same hardened webPreferences', async () => {
    const answer = await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    expect(answer).toEqual({ ok: true, value: undefined });
    const venue = electron.windows[1];
    expect(venue?.options.webPreferences).toEqual(secureWebPreferences(APP_PATHS.preload));
    expect(venue?.options.show).toBe(false);
    expect(venue?.loaded).toEqual({
      path: APP_PATHS.rendererIndex,
      options: { hash: '/venue/event-1' },
    });
  });

  it('brings the open window for the same event forward instead of opening another', async () => {
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[1]?.focused).toBe(1);

    await invoke(IPC_CHANNELS.openVenueScreen, 'event-2');
    expect(electron.windows).toHaveLength(3);
  });

  it('opens a new window once the old one has closed', async () => {
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    const first = electron.windows[1];
    if (!first) throw new Error('no venue window');
    first.destroyed = true;
    first.emit('closed');
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    expect(electron.windows).toHaveLength(3);
    expect(first.focused).toBe(0);
  });

  it('fills the second display when there is one', async () => {
    electron.displays = [
      { bounds: laptop, workArea: laptop },
      { bounds: projector, workArea: projector },
    ];
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    expect(electron.windows[1]?.options).toMatchObject(projector);
  });

  it('goes to the other display when the facilitator works on the projector one', async () => {
    electron.displays = [
      { bounds: laptop, workArea: laptop },
      { bounds: projector, workArea: projector },
    ];
    electron.sender = new electron.FakeWindow({ x: 1500, y: 10, width: 1280, height: 800 });
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    expect(electron.windows.at(-1)?.options).toMatchObject(laptop);
  });

  it('stays on the only display, inside it', async () => {
    await invoke(IPC_CHANNELS.openVenueScreen, 'event-1');
    const { x = -1, y = -1, width = 0, height = 0 } = electron.windows[1]?.options ?? {};
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(laptop.width);
    expect(y + height).toBeLessThanOrEqual(laptop.height);
  });
});

describe('setKioskMode', () => {
  it.each([
    ['nothing', []],
    ['text', ['yes']],
    ['a number', [1]],
    ['two arguments', [true, true]],
  ])('refuses %s', async (_label, args) => {
    const answer = await invoke(IPC_CHANNELS.setKioskMode, ...args);
    expect(answer.ok).toBe(false);
    expect(electron.sender?.kiosk).toEqual([]);
  });

  it('turns kiosk mode on and off for the asking window only', async () => {
    const other = mainWindow();
    expect(await invoke(IPC_CHANNELS.setKioskMode, true)).toEqual({ ok: true, value: undefined });
    await invoke(IPC_CHANNELS.setKioskMode, false);
    expect(electron.sender?.kiosk).toEqual([true, false]);
    expect(other.kiosk).toEqual([]);
  });

  it('says so when the window has gone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.sender = null;
    const answer = await invoke(IPC_CHANNELS.setKioskMode, true);
    expect(answer).toEqual({ ok: false, error: 'That window has closed.' });
  });
});
