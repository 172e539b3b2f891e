import { expect, test } from './test';

/**
 * Start-up weight (issue 9): the app starts with the shell, the database and the events
 * screen only. PDF generation, fonts and every other screen load when needed; the other
 * screens are fetched ahead of time once the app is idle.
 */

/** What index.html makes the browser download before the first screen, in bytes. */
const STARTUP_BUDGET = 450_000;
const HEAVY = /jspdf|html2canvas|purify|fonts-/i;

test('the first screen loads a small bundle, without the PDF library or its fonts', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  expect(assets.some((a) => a?.endsWith('.js'))).toBe(true);
  let bytes = 0;
  for (const asset of assets) bytes += (await (await request.get(`/${asset}`)).body()).length;
  test.info().annotations.push({ type: 'start-up bytes (minified)', description: String(bytes) });
  expect(bytes).toBeLessThan(STARTUP_BUDGET);

  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  expect(fetched.filter((url) => HEAVY.test(url))).toEqual([]);

  // Once idle, the other screens' code is fetched, so opening one does not wait for it.
  await expect
    .poll(() => fetched.filter((url) => /(PeopleArea|ReportsArea)-[^/]*\.js$/.test(url)))
    .toHaveLength(2);
  expect(fetched.filter((url) => HEAVY.test(url))).toEqual([]);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'People' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});
