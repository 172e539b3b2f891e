import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  devServerUrlFrom,
  isAppPageUrl,
  isAppRequestUrl,
  resolveAppPaths,
} from '../../src-main/main/app-page';
import { APP_DIR, APP_PAGE_URL, RENDERER_DIR } from './fakes';

describe('devServerUrlFrom', () => {
  it('uses a local dev server in an unpackaged app', () => {
    expect(devServerUrlFrom('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrlFrom('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
  });

  it('never lets a packaged app load a page named by an environment variable', () => {
    expect(devServerUrlFrom('http://localhost:5173', true)).toBeUndefined();
  });

  it('ignores remote hosts, other schemes and nonsense', () => {
    expect(devServerUrlFrom('https://example.com', false)).toBeUndefined();
    expect(devServerUrlFrom('http://localhost.example.com:5173', false)).toBeUndefined();
    expect(devServerUrlFrom('file:///tmp/index.html', false)).toBeUndefined();
    expect(devServerUrlFrom('localhost:5173', false)).toBeUndefined();
    expect(devServerUrlFrom('', false)).toBeUndefined();
    expect(devServerUrlFrom(undefined, false)).toBeUndefined();
  });
});

describe('resolveAppPaths', () => {
  it('finds preload and renderer beside the main bundle', () => {
    const paths = resolveAppPaths(join(APP_DIR, 'main'), undefined);
    expect(paths.preload).toBe(join(APP_DIR, 'preload/index.js'));
    expect(paths.rendererIndex).toBe(join(RENDERER_DIR, 'index.html'));
    expect(paths.pageUrl).toBe(pathToFileURL(join(RENDERER_DIR, 'index.html')).href);
  });

  it('uses the dev server page when there is one', () => {
    const paths = resolveAppPaths(join(APP_DIR, 'main'), 'http://localhost:5173/');
    expect(paths.pageUrl).toBe('http://localhost:5173/');
  });
});

describe('isAppPageUrl', () => {
  it('accepts the page with any hash route', () => {
    expect(isAppPageUrl(APP_PAGE_URL, APP_PAGE_URL)).toBe(true);
    expect(isAppPageUrl(`${APP_PAGE_URL}#/venue`, APP_PAGE_URL)).toBe(true);
  });

  it('refuses other files, query strings, other schemes', () => {
    expect(isAppPageUrl(`file://${RENDERER_DIR}/evil.html`, APP_PAGE_URL)).toBe(false);
    expect(isAppPageUrl(`${APP_PAGE_URL}?x=1`, APP_PAGE_URL)).toBe(false);
    expect(isAppPageUrl('https://example.com/index.html', APP_PAGE_URL)).toBe(false);
    expect(isAppPageUrl('about:blank', APP_PAGE_URL)).toBe(false);
    expect(isAppPageUrl('', APP_PAGE_URL)).toBe(false);
  });

  it('compares origins for the dev server', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppPageUrl('http://localhost:5173/#/venue', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('isAppRequestUrl', () => {
  const built = { rendererDir: RENDERER_DIR, devServerUrl: undefined };
  const dev = { rendererDir: RENDERER_DIR, devServerUrl: 'http://localhost:5173/' };

  it('allows files inside the renderer folder only', () => {
    expect(isAppRequestUrl(`file://${RENDERER_DIR}/assets/app.js`, built)).toBe(true);
    expect(isAppRequestUrl(`file://${RENDERER_DIR}`, built)).toBe(false);
    expect(isAppRequestUrl(`file://${RENDERER_DIR}-evil/app.js`, built)).toBe(false);
    expect(isAppRequestUrl(`file://${APP_DIR}/main/index.js`, built)).toBe(false);
    expect(isAppRequestUrl('file:///etc/passwd', built)).toBe(false);
  });

  it('is not fooled by dot segments, encoded or not', () => {
    expect(isAppRequestUrl(`file://${RENDERER_DIR}/../main/index.js`, built)).toBe(false);
    expect(isAppRequestUrl(`file://${RENDERER_DIR}/%2e%2e/main/index.js`, built)).toBe(false);
    expect(isAppRequestUrl(`file://${RENDERER_DIR}/..%2fmain/index.js`, built)).toBe(false);
  });

  it('refuses file URLs on another host (network shares)', () => {
    expect(isAppRequestUrl(`file://fileserver${RENDERER_DIR}/app.js`, built)).toBe(false);
  });

  it('allows DevTools and in-memory URLs', () => {
    expect(isAppRequestUrl('devtools://devtools/bundled/devtools_app.html', built)).toBe(true);
    expect(isAppRequestUrl('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAppRequestUrl('blob:file:///8b1f7a34', built)).toBe(true);
  });

  it('refuses every network request when there is no dev server', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'ftp://example.com/',
      'chrome-extension://abc/x.js',
    ]) {
      expect(isAppRequestUrl(url, built), url).toBe(false);
    }
  });

  it('allows only the dev server and its hot-reload socket in development', () => {
    expect(isAppRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAppRequestUrl('http://localhost:8080/', dev)).toBe(false);
    expect(isAppRequestUrl('https://example.com/', dev)).toBe(false);
  });
});
