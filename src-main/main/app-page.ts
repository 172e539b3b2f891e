/**
 * Where the app's own page lives, and which URLs count as "the app itself".
 *
 * Pure functions over URLs and paths, so the rules that navigation, IPC and the request filter
 * rely on are unit-tested without Electron.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AppPaths {
  /** Built preload script (CommonJS, sandboxed). */
  preload: string;
  /** Folder holding the built renderer: the only files the windows may load. */
  rendererDir: string;
  /** The renderer's index.html. */
  rendererIndex: string;
  /** The electron-vite dev server, only in development; undefined means load from disk. */
  devServerUrl: string | undefined;
  /** The page every window shows (hash routes aside): the dev server or index.html. */
  pageUrl: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL, if it is safe to use: only in an unpackaged app and only on this machine.
 * A packaged app must never load a page named by an environment variable, or anyone able to set
 * one could swap the whole UI for a remote site.
 */
export function devServerUrlFrom(
  envValue: string | undefined,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged || !envValue) return undefined;
  const url = parseUrl(envValue);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return LOCAL_HOSTS.has(url.hostname) ? url.href : undefined;
}

/** Paths of the built app, relative to the folder of the built main bundle (out/main). */
export function resolveAppPaths(mainDir: string, devServerUrl: string | undefined): AppPaths {
  const rendererDir = join(mainDir, '../renderer');
  const rendererIndex = join(rendererDir, 'index.html');
  return {
    preload: join(mainDir, '../preload/index.js'),
    rendererDir,
    rendererIndex,
    devServerUrl,
    pageUrl: devServerUrl ?? pathToFileURL(rendererIndex).href,
  };
}

/**
 * True when `target` is the app's own page, whatever its hash route (`#/venue` is the same page).
 * For a file page the whole URL except the hash must match; for the dev server, the origin.
 */
export function isAppPageUrl(target: string, pageUrl: string): boolean {
  const to = parseUrl(target);
  const page = parseUrl(pageUrl);
  if (!to || !page) return false;
  if (page.protocol === 'file:') {
    return to.protocol === 'file:' && withoutHash(to) === withoutHash(page);
  }
  return to.origin === page.origin;
}

/**
 * True when a request made by a window stays inside the app: a file in the renderer folder,
 * DevTools, in-memory data:/blob: URLs (they never leave the machine; the CSP still decides where
 * they may be used), or the local dev server and its hot-reload socket. Everything else, above
 * all any remote host, is refused.
 */
export function isAppRequestUrl(
  target: string,
  paths: Pick<AppPaths, 'rendererDir' | 'devServerUrl'>,
): boolean {
  const url = parseUrl(target);
  if (!url) return false;
  switch (url.protocol) {
    case 'file:':
      return isFileInside(url, paths.rendererDir);
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:': {
      const dev = paths.devServerUrl ? parseUrl(paths.devServerUrl) : undefined;
      return dev !== undefined && url.host === dev.host;
    }
    default:
      return false;
  }
}

function isFileInside(url: URL, dir: string): boolean {
  let filePath: string;
  try {
    // Throws for file URLs that name another host or encode a path separator.
    filePath = fileURLToPath(url);
  } catch {
    return false;
  }
  const rel = relative(dir, filePath);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
