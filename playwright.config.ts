import { defineConfig } from '@playwright/test';
import type { KeyboardOnlyOption } from './tests/e2e/test';
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium';

// Not 5199, so that `npm run web` can stay open while the tests run. PW_PORT and TWO_FEET_OUT
// (see electron.vite.config.ts) let two test runs of different builds run side by side.
const TEST_PORT = Number(process.env.PW_PORT ?? 5198);
const RENDERER_OUT = `${process.env.TWO_FEET_OUT ?? 'out'}/renderer`;

// One browser for both end-to-end projects: as written, and by keyboard alone.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
};

export default defineConfig<KeyboardOnlyOption>({
  testDir: 'tests',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : 'list',
  use: {
    baseURL: `http://localhost:${TEST_PORT}`,
    trace: 'retain-on-failure',
    // The app is for UK users: dates are typed day first.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: chromium,
    },
    // Every journey again with the hands on the keyboard only (see tests/e2e/test.ts).
    // Every focus move is a real key press, so a test takes longer than with the mouse.
    {
      name: 'keyboard',
      testDir: 'tests/e2e',
      timeout: 60_000,
      use: { ...chromium, keyboardOnly: true },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `npx vite preview --outDir ${RENDERER_OUT} --port ${TEST_PORT} --strictPort`,
    url: `http://localhost:${TEST_PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});
