/**
 * All window hardening in one place, item by item from the Electron security checklist
 * (electronjs.org/docs/latest/tutorial/security). Electron objects are passed in, so every rule
 * is unit-tested with plain fakes.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { isAppPageUrl } from './app-page';

/**
 * The renderer's <meta> policy, sent as a header too. The header is defence in depth: it covers
 * pages served over http (the dev server) and any page that might lose its meta tag, and it is
 * the only way to set frame-ancestors, which browsers ignore in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** webPreferences for every window the app opens. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // The page cannot reach Node or the preload's scope; only the contextBridge API crosses.
    contextIsolation: true,
    // The renderer runs in Chromium's OS sandbox; the preload can only require 'electron'.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Spell-check dictionaries are downloaded from Google's servers; this app stays offline.
    spellcheck: false,
    // Dropping a file onto the window must not replace the app with that file.
    navigateOnDragDrop: false,
  };
}

/**
 * Keeps one webContents on the app's own page: no pop-ups, no navigation or redirect elsewhere
 * (a stray link or injected script would otherwise show foreign content with the app's bridge),
 * no <webview>.
 */
export function hardenWebContents(contents: WebContents, allowedUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const keepOnAppPage = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppPageUrl(event.url, allowedUrl)) {
      event.preventDefault();
      console.warn(`Blocked navigation away from the app to ${event.url}`);
    }
  };
  contents.on('will-navigate', keepOnAppPage);
  // will-navigate only covers the main frame; frames get the same rule.
  contents.on('will-frame-navigate', keepOnAppPage);
  contents.on('will-redirect', keepOnAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Process-wide settings that must be in place before the app is ready: the sandbox for every
 * renderer, and hardening for every webContents ever created (windows, DevTools, anything a
 * future feature opens), so no window can be forgotten.
 */
export function hardenApp(app: App, allowedUrl: string): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedUrl));
}

/**
 * Session rules: no permission is ever granted (camera, notifications, geolocation...), no request
 * leaves the app, and every response carries the CSP.
 */
export function hardenSession(
  session: Session,
  isAllowedRequestUrl: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`Blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
