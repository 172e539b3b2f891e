/**
 * App lifecycle. Kept short on purpose: security, windows, window state, menu and IPC each live
 * in their own module; this file only says in which order they happen.
 */
import { join } from 'node:path';
import { BrowserWindow, app, dialog, screen, session } from 'electron';
import { devServerUrlFrom, isAppRequestUrl, resolveAppPaths } from './app-page';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { hardenApp, hardenSession } from './security';
import { loadWindowState, trackWindowState } from './window-state';
import { createAppWindow } from './windows';

// __dirname is out/main in the built CommonJS bundle; preload and renderer sit beside it.
const paths = resolveAppPaths(
  __dirname,
  devServerUrlFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged),
);

let mainWindow: BrowserWindow | undefined;

function createMainWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile, screen);
  const window = createAppWindow(paths, { bounds: state.bounds, maximized: state.isMaximized });
  trackWindowState(window, stateFile);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

/** A second launch (double-clicked icon) brings the running window forward instead. */
function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// Two copies would share one database and one window-state file, so only one may run.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before ready: the sandbox must be on before any renderer starts, and every webContents,
  // from the first one on, must be hardened.
  hardenApp(app, paths.pageUrl);

  app.on('second-instance', focusMainWindow);

  app.on('window-all-closed', () => {
    // On macOS apps stay running with no windows, until Quit.
    if (process.platform !== 'darwin') app.quit();
  });

  void app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, (url) => isAppRequestUrl(url, paths));
      installApplicationMenu();
      registerIpcHandlers(paths);
      createMainWindow();
      // macOS: clicking the Dock icon with no window open opens one. Registered only now,
      // because 'activate' can fire before the app is ready to create windows.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
      });
    })
    .catch((error: unknown) => {
      // Without a window nobody would see a log line; say so before leaving.
      console.error('Two Feet could not start', error);
      dialog.showErrorBox('Two Feet could not start', String(error));
      app.exit(1);
    });
}
