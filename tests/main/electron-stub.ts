/**
 * A recording stand-in for the 'electron' module, enough to run the whole main process: the
 * source (lifecycle.test.ts, through vi.doMock) and the built bundle (built-bundle.test.ts,
 * through a require hook). It records what main asks Electron to do, so tests can check it.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface StubOptions {
  lockGranted?: boolean;
  isPackaged?: boolean;
  userData: string;
}

type AnyListener = (...args: never[]) => unknown;

export interface ElectronRecord {
  windows: StubWindow[];
  appListeners: Map<string, AnyListener[]>;
  ipcChannels: string[];
  menusSet: number;
  sandboxEnabled: number;
  quitCalls: number;
  exitCodes: number[];
  lockRequests: number;
  errorBoxes: string[];
  permissionRequestHandler: AnyListener | undefined;
  permissionCheckHandler: AnyListener | undefined;
  beforeRequest: AnyListener | undefined;
  headersReceived: AnyListener | undefined;
}

export class StubWindow extends EventEmitter {
  loadedFile: { path: string; options: unknown } | undefined;
  loadedUrl: string | undefined;
  shown = 0;
  focused = 0;
  restored = 0;
  minimized = false;
  readonly webContents = new EventEmitter();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }

  loadFile(path: string, options?: unknown): Promise<void> {
    this.loadedFile = { path, options };
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown += 1;
  }
  focus(): void {
    this.focused += 1;
  }
  restore(): void {
    this.restored += 1;
    this.minimized = false;
  }
  maximize(): void {}
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  getNormalBounds(): Rectangle {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options;
    return { x, y, width, height };
  }
}

export function createElectronStub(options: StubOptions) {
  const record: ElectronRecord = {
    windows: [],
    appListeners: new Map(),
    ipcChannels: [],
    menusSet: 0,
    sandboxEnabled: 0,
    quitCalls: 0,
    exitCodes: [],
    lockRequests: 0,
    errorBoxes: [],
    permissionRequestHandler: undefined,
    permissionCheckHandler: undefined,
    beforeRequest: undefined,
    headersReceived: undefined,
  };
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

  const BrowserWindow = class extends StubWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super(windowOptions);
      record.windows.push(this);
    }
    static getAllWindows = () => record.windows;
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
  };

  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      requestSingleInstanceLock: () => {
        record.lockRequests += 1;
        return options.lockGranted ?? true;
      },
      quit: () => {
        record.quitCalls += 1;
      },
      exit: (code: number) => {
        record.exitCodes.push(code);
      },
      enableSandbox: () => {
        record.sandboxEnabled += 1;
      },
      on: (name: string, listener: AnyListener) => {
        record.appListeners.set(name, [...(record.appListeners.get(name) ?? []), listener]);
      },
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? options.userData : `/stub/${name}`),
      getName: () => 'Two Feet',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    screen: {
      getPrimaryDisplay: () => ({ workArea }),
      getDisplayMatching: () => ({ workArea }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: AnyListener) => {
          record.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: AnyListener) => {
          record.permissionCheckHandler = handler;
        },
        webRequest: {
          onBeforeRequest: (listener: AnyListener) => {
            record.beforeRequest = listener;
          },
          onHeadersReceived: (listener: AnyListener) => {
            record.headersReceived = listener;
          },
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => {
        record.menusSet += 1;
      },
    },
    ipcMain: {
      handle: (channel: string) => {
        record.ipcChannels.push(channel);
      },
    },
    dialog: {
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showErrorBox: (title: string, content: string) => {
        record.errorBoxes.push(`${title}: ${content}`);
      },
    },
  };
  return { electron, record };
}

/** Lets the app's `whenReady().then(...)` run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Emits an app event the way Electron would. */
export function emitAppEvent(record: ElectronRecord, name: string, ...args: unknown[]): void {
  for (const listener of record.appListeners.get(name) ?? []) {
    (listener as (...values: unknown[]) => unknown)(...args);
  }
}
