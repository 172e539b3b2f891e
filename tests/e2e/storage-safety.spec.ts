import { expect, test } from './test';
import { EventsPage, readTable } from './support';

test('Settings shows whether storage is protected, the facilitator name is kept', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await expect(page.getByTestId('storage-persisted')).toHaveText(/^(Yes|No|Not available)/);
  await page.getByLabel('Your name').fill('Priya Facilitator');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status')).toContainText('Your name is saved');
  expect(await readTable(page, 'settings')).toEqual([
    { key: 'facilitatorName', value: 'Priya Facilitator' },
  ]);

  // The name is recorded with what the facilitator does.
  await page.goto('/#/events');
  const events = new EventsPage(page);
  await events.createTaskforce({ name: 'Named', theme: 'T' });
  await page.getByRole('button', { name: 'Delete taskforce Named' }).click();
  await page.getByRole('button', { name: 'Delete taskforce', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No taskforces yet' })).toBeVisible();
  expect(await readTable(page, 'tombstones')).toEqual([
    expect.objectContaining({ deletedBy: 'Priya Facilitator' }),
  ]);
});

test('an upgrade in another tab does not silently break this one', async ({ page, context }) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'Before upgrade', theme: 'T' });

  const other = await context.newPage();
  await other.goto('/');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('two-feet', 1000);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toBe(1000);
  await expect(page.getByRole('alert')).toContainText('Two Feet was updated in another window');
  await expect(page.getByRole('button', { name: 'Reload this window' })).toBeVisible();
});

test('a database the app cannot open shows what to do instead of an empty app', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  // Simulate data written by a newer version of Two Feet.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('two-feet', 5000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two Feet could not start' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('newer version of Two Feet');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('nothing leaves the machine while the app is used', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['localhost', '127.0.0.1'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    ) {
      outside.push(request.url());
    }
  });
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'Offline', theme: 'No network' });
  await events.addEvent('Offline', { title: 'Offline day', date: '2030-01-01', venueName: 'Hall' });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(outside).toEqual([]);
});
