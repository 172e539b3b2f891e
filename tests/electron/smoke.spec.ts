/**
 * Launches the real built app in Electron and goes through one user journey.
 *
 * Electron downloads its binary on first launch, and these development machines have no
 * internet, so where no binary is present the test reports itself skipped, with the reason,
 * rather than pretending. Availability is decided by looking at files only: requiring
 * 'electron' here would itself start that download.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, test } from '@playwright/test';
import { EventsPage, readTable } from '../e2e/support';

const root = resolve(__dirname, '../..');

function electronBinaryAvailable(): boolean {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  return executable !== '' && existsSync(join(root, 'node_modules/electron/dist', executable));
}

test.skip(
  !electronBinaryAvailable(),
  'No Electron binary on this machine (it is downloaded on first launch and this machine has no internet); the renderer is tested in Chromium instead.',
);

/**
 * Runs `journey` in the built app launched with a fresh profile: the test neither sees nor
 * touches the developer's own events, and the single-instance lock (held per profile) cannot be
 * taken by a copy the developer has open. The app is closed and the profile removed afterwards.
 */
async function withApp(journey: (app: ElectronApplication) => Promise<void>): Promise<void> {
  expect(existsSync(join(root, 'out/main/index.js')), 'Run `npm run build` first').toBe(true);
  const profile = mkdtempSync(join(tmpdir(), 'two-feet-smoke-'));
  const app = await electron.launch({
    cwd: root,
    args: [
      `--user-data-dir=${profile}`,
      // Chromium refuses to run its sandbox as root, which CI containers often are.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '.',
    ],
    // The built page, not a dev server that may be left over in the environment.
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  try {
    await journey(app);
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('opens Two Feet and creates a taskforce', async () => {
  await withApp(async (app) => {
    const window = await app.firstWindow();
    // The app's name is the window title and the brand at the top of every screen.
    await expect(window).toHaveTitle('Two Feet');
    await expect(window.getByRole('banner').getByText('Two Feet', { exact: true })).toBeVisible();

    await window.getByRole('button', { name: 'New taskforce' }).click();
    const dialog = window.getByRole('dialog', { name: 'New taskforce' });
    await dialog.getByLabel('Name', { exact: true }).fill('Smoke test taskforce');
    await dialog.getByLabel('Theme', { exact: true }).fill('Testing');
    await dialog.getByRole('button', { name: 'Save taskforce' }).click();
    await expect(dialog).toBeHidden();
    await expect(window.getByRole('heading', { name: 'Smoke test taskforce' })).toBeVisible();
  });
});

test('opens the venue screen in a second window that follows the timer', async () => {
  await withApp(async (app) => {
    const window = await app.firstWindow();
    const events = new EventsPage(window);
    await events.createTaskforce({ name: 'Venue taskforce', theme: 'Testing' });
    await events.addEvent('Venue taskforce', {
      title: 'Projector day',
      date: '2099-05-01',
      venueName: 'Hall',
    });
    const [event] = await readTable<{ id: string }>(window, 'events');
    await window.evaluate((id) => (document.location.hash = `#/board/${id}`), event?.id ?? '');
    const [venue] = await Promise.all([
      app.waitForEvent('window'),
      window.getByRole('button', { name: 'Open venue screen' }).click(),
    ]);
    await expect(venue.getByRole('heading', { level: 1, name: 'Projector day' })).toBeVisible();
    // A second click brings the same window forward rather than opening another.
    await window.getByRole('button', { name: 'Open venue screen' }).click();
    await expect.poll(() => app.windows().length).toBe(2);
    await window.getByRole('button', { name: 'Set timer' }).click();
    await expect(venue.getByTestId('venue-clock')).toHaveText('10:00');
  });
});

test('the window cannot reach Node, navigate away from the app or open other windows', async () => {
  await withApp(async (app) => {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    const appUrl = window.url();

    // Only the narrow bridge from the preload script; no Node in the page.
    expect(
      await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        module: typeof (globalThis as { module?: unknown }).module,
        bridge: typeof (globalThis as { twoFeet?: unknown }).twoFeet,
      })),
    ).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridge: 'object',
    });

    // A navigation away is refused by the main process (which says so) and the app stays.
    const blocked = app.waitForEvent('console', (message) =>
      message.text().includes('Blocked navigation away from the app to https://example.com/'),
    );
    await window.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await blocked;
    expect(window.url()).toBe(appUrl);
    expect(await window.evaluate(() => location.href)).toBe(appUrl);
    await expect(window.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();

    // window.open is denied: nothing comes back and no window appears.
    expect(await window.evaluate(() => globalThis.open('https://example.com/') === null)).toBe(
      true,
    );
    expect(await window.evaluate(() => globalThis.open(location.href) === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
