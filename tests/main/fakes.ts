/**
 * Small stand-ins for Electron objects. Real Electron cannot be imported in tests (it would try
 * to download its binary), and the modules under test take these objects as parameters.
 */
import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';

export const APP_DIR = '/opt/two-feet/out';
export const RENDERER_DIR = `${APP_DIR}/renderer`;
export const APP_PAGE_URL = `file://${RENDERER_DIR}/index.html`;
/** The built app's paths as main computes them (see app-page.ts resolveAppPaths). */
export const APP_PATHS = {
  preload: `${APP_DIR}/preload/index.js`,
  rendererDir: RENDERER_DIR,
  rendererIndex: `${RENDERER_DIR}/index.html`,
  devServerUrl: undefined,
  pageUrl: APP_PAGE_URL,
};

/** A webContents: an event emitter that remembers its window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

/** An Electron event as navigation listeners receive it. */
export function navigationEvent(url: string): { url: string; preventDefault: () => void } & {
  prevented: () => boolean;
} {
  let prevented = false;
  return {
    url,
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  };
}

/** The details Electron passes to window.open handlers; only the URL matters here. */
export function openDetails(url: string): HandlerDetails {
  return {
    url,
    frameName: '',
    features: '',
    disposition: 'new-window',
    referrer: { url: '', policy: 'default' },
  };
}
