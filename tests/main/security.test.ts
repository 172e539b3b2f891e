import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  App,
  OnBeforeRequestListenerDetails,
  OnHeadersReceivedListenerDetails,
  Session,
  WebContents,
} from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppRequestUrl } from '../../src-main/main/app-page';
import {
  CONTENT_SECURITY_POLICY,
  hardenApp,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../src-main/main/security';
import { APP_PAGE_URL, FakeWebContents, RENDERER_DIR, navigationEvent, openDetails } from './fakes';

// security.ts only takes Electron objects as parameters; this guards against a future runtime
// import of electron, which would try to download the binary.
vi.mock('electron', () => ({}));

// The hardening logs what it blocks; keep the test output to the results.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type BeforeRequest = NonNullable<Parameters<Session['webRequest']['onBeforeRequest']>[0]>;
type HeadersReceived = NonNullable<Parameters<Session['webRequest']['onHeadersReceived']>[0]>;

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, APP_PAGE_URL);
  return contents;
}

function hardenedSession() {
  const handlers: {
    request?: RequestHandler;
    check?: CheckHandler;
    beforeRequest?: BeforeRequest;
    headersReceived?: HeadersReceived;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => (handlers.beforeRequest = listener),
      onHeadersReceived: (listener: HeadersReceived) => (handlers.headersReceived = listener),
    },
  };
  hardenSession(session as unknown as Session, (url) =>
    isAppRequestUrl(url, { rendererDir: RENDERER_DIR, devServerUrl: undefined }),
  );
  return handlers;
}

function requestOutcome(handlers: ReturnType<typeof hardenedSession>, url: string) {
  const callback = vi.fn();
  const details = { url, resourceType: 'script' } as unknown as OnBeforeRequestListenerDetails;
  handlers.beforeRequest?.(details, callback);
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]?.[0] as { cancel?: boolean };
}

describe('secureWebPreferences', () => {
  it('turns on every isolation and turns off every risky feature', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open, even of the app page itself', () => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.(openDetails('https://example.com'))).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.(openDetails(APP_PAGE_URL))).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to another site, another file or a script URL',
    (eventName) => {
      const contents = hardenedContents();
      for (const url of [
        'https://example.com/',
        'file:///etc/passwd',
        `file://${RENDERER_DIR}/other.html`,
        'javascript:alert(1)',
        'not a url',
      ]) {
        const event = navigationEvent(url);
        contents.emit(eventName, event);
        expect(event.prevented(), url).toBe(true);
      }
    },
  );

  it("lets the app's own page navigate between its hash routes", () => {
    const contents = hardenedContents();
    for (const url of [APP_PAGE_URL, `${APP_PAGE_URL}#/venue`, `${APP_PAGE_URL}#/events/1`]) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.prevented(), url).toBe(false);
    }
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardenedContents();
    const event = navigationEvent(APP_PAGE_URL);
    contents.emit('will-attach-webview', event, {}, { src: APP_PAGE_URL });
    expect(event.prevented()).toBe(true);
  });
});

describe('hardenApp', () => {
  it('enables the sandbox and hardens every webContents created afterwards', () => {
    const listeners = new Map<string, (event: unknown, contents: unknown) => void>();
    const app = {
      enableSandbox: vi.fn(),
      on: (name: string, listener: (event: unknown, contents: unknown) => void) => {
        listeners.set(name, listener);
      },
    };
    hardenApp(app as unknown as App, APP_PAGE_URL);
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);

    const created = new FakeWebContents();
    listeners.get('web-contents-created')?.({}, created);
    expect(created.windowOpenHandler?.(openDetails('https://example.com'))).toEqual({
      action: 'deny',
    });
    const event = navigationEvent('https://example.com');
    created.emit('will-navigate', event);
    expect(event.prevented()).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const handlers = hardenedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal'] as const) {
      const callback = vi.fn();
      handlers.request?.(
        {} as WebContents,
        permission,
        callback,
        {} as Parameters<RequestHandler>[3],
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check?.(null, permission, 'file://', {} as Parameters<CheckHandler>[3])).toBe(
        false,
      );
    }
  });

  it('cancels requests that leave the app', () => {
    const handlers = hardenedSession();
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      `file://${RENDERER_DIR}/../main/index.js`,
    ]) {
      expect(requestOutcome(handlers, url), url).toEqual({ cancel: true });
    }
  });

  it("lets the app's own files through", () => {
    const handlers = hardenedSession();
    for (const url of [
      APP_PAGE_URL,
      `file://${RENDERER_DIR}/assets/index-abc123.js`,
      `file://${RENDERER_DIR}/fonts/Inter%20Regular.woff2`,
    ]) {
      expect(requestOutcome(handlers, url), url).toEqual({ cancel: false });
    }
  });

  it('adds the Content-Security-Policy header and keeps the other headers', () => {
    const handlers = hardenedSession();
    const callback = vi.fn();
    const details = {
      url: APP_PAGE_URL,
      responseHeaders: { 'Content-Type': ['text/html'] },
    } as unknown as OnHeadersReceivedListenerDetails;
    handlers.headersReceived?.(details, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('names no remote origin and forbids plugins, base and form targets, framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("is the renderer's meta-tag policy plus what only a header can carry", () => {
    const indexHtml = join(__dirname, '../../src-renderer/index.html');
    expect(existsSync(indexHtml), `${indexHtml} is missing`).toBe(true);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
      readFileSync(indexHtml, 'utf8'),
    );
    const normalise = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    // Browsers ignore frame-ancestors in a <meta> tag, so only the header can carry it.
    const headerOnly = (directive: string) => directive.startsWith('frame-ancestors');
    expect(normalise(meta?.[1] ?? '')).toEqual(
      normalise(CONTENT_SECURITY_POLICY).filter((directive) => !headerOnly(directive)),
    );
  });
});
