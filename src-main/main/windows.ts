/**
 * Creates the app's windows. Every window, the main one and later the venue screen for a
 * projector, comes from here, so all get the same hardened webPreferences and load the same
 * page; they differ only by hash route and bounds.
 */
import { BrowserWindow } from 'electron';
import type { Rectangle } from 'electron';
import type { AppPaths } from './app-page';
import { secureWebPreferences } from './security';
import { MIN_SIZE } from './window-state';

export const APP_TITLE = 'Two Feet';
/** Painted before the page loads, so the window does not flash a different colour. */
export const BACKGROUND_COLOR = '#ffffff';

export interface AppWindowOptions {
  /** Hash route of the renderer, e.g. '/venue'; the main window uses the default route. */
  route?: string;
  bounds: Rectangle;
  title?: string;
  /** Maximized before it is first shown, so it does not visibly jump. */
  maximized?: boolean;
}

export function createAppWindow(paths: AppPaths, options: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title ?? APP_TITLE,
    backgroundColor: BACKGROUND_COLOR,
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(paths.preload),
  });

  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });

  void loadAppPage(window, paths, options.route).catch((error: unknown) => {
    console.error('Could not load the app page', error);
  });
  return window;
}

function loadAppPage(window: BrowserWindow, paths: AppPaths, route?: string): Promise<void> {
  if (paths.devServerUrl) {
    const url = new URL(paths.devServerUrl);
    if (route) url.hash = route;
    return window.loadURL(url.href);
  }
  return window.loadFile(paths.rendererIndex, route ? { hash: route } : undefined);
}
