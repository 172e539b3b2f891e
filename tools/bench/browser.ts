import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Lets the lab page collect garbage before each timed step (window.gc); the app never calls it.
  '--js-flags=--expose-gc',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A persistent profile in a new temporary folder: IndexedDB is then kept on disk as in the
 * desktop app (Playwright's usual contexts are incognito, where IndexedDB lives in memory).
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'two-feet-bench-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: BENCH_ARGS,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `Could not start Chromium (${chromiumPath() ?? "Playwright's own"}). ` +
        'Install it (apt-get install chromium) or set CHROMIUM_PATH.',
      { cause: error },
    );
  }
}
