import { existsSync } from 'node:fs';

/**
 * The Chromium the end-to-end tests and the benchmark run in. Playwright cannot download its own
 * browsers on these machines; Debian's Chromium works. CHROMIUM_PATH overrides; otherwise
 * Debian's binary when present, else (undefined) Playwright's own.
 */
export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ??
    ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p))
  );
}

/** Flags for a quiet, offline, headless browser: no sandbox (root in CI), GPU or background calls. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;
