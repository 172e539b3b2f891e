import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the lab page collect garbage before each timed step (window.gc); the app never calls it.
  '--js-flags=--expose-gc',
];

/** CHROMIUM_PATH, else Debian's Chromium, else Playwright's own browser (as in playwright.config.ts). */
export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ??
    ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p))
  );
}

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
      args: CHROMIUM_ARGS,
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
