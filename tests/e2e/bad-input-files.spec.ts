import { expect, test } from './test';
import { SEED, failOnDialogs, snapshot } from './bad-input-support';
import { eventRows } from './board-support';
import { chooseImportFile } from '../fixtures/people/pages';
import { csvRows, downloadFrom } from './files';
import { readTable, seed } from './support';

/**
 * Bad input, everywhere: each import and export is fed empty, huge, wrongly typed and hostile
 * values. Each time the message is at the field for the file, nothing is written, and a
 * valid follow-up still works. Hostile markup must be shown as text and never run.
 */

failOnDialogs();

test('a formula in stored text is escaped in a CSV export', async ({ page }) => {
  await page.goto('/#/reports');
  const formula = '=HYPERLINK("http://x")';
  await seed(page, {
    auditLog: [
      { id: 'a-1', at: SEED.now, actor: formula, action: 'people-imported', summary: '@SUM(A1)' },
    ],
  });
  await page.goto('/#/reports');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: formula })).toBeVisible();
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  );
  const text = file.bytes.toString('utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  const [row] = csvRows(file).rows;
  expect(row?.Who).toBe(`'${formula}`);
  expect(row?.Details).toBe(`'@SUM(A1)`);
});

const csv = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);

test('the people import refuses empty, picture and header-only files, and reads Windows-1252', async ({
  page,
}) => {
  await page.goto('/#/people/import');
  const heading = page.getByRole('heading', { level: 1, name: 'Import people from a spreadsheet' });
  const refusals: [ReturnType<typeof csv>, RegExp][] = [
    [csv('empty.csv', Buffer.alloc(0)), /The file is empty/],
    [csv('photo.csv', PNG), /This file is not a spreadsheet saved as text/],
    [csv('headings.csv', Buffer.from('Name,Email,Phone\r\n')), /The file has only one row/],
  ];
  for (const [file, message] of refusals) {
    await chooseImportFile(page, file);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(heading).toBeVisible();
    expect(await snapshot(page, ['people', 'auditLog'])).toEqual({ people: [], auditLog: [] });
  }

  const windows = Buffer.from('Name,Email\r\nZo\xeb Br\xf6wn,zoe@example.org\r\n', 'latin1');
  await chooseImportFile(page, csv('old.csv', windows));
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(page.getByText(/read as an older Windows spreadsheet/)).toBeVisible();
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('table')).toContainText('Zoë Bröwn');
  expect(await readTable(page, 'people')).toEqual([]);
  await page.getByRole('button', { name: 'Import 1 person' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  expect(await readTable(page, 'people')).toEqual([
    expect.objectContaining({ name: 'Zoë Bröwn', email: 'zoe@example.org' }),
  ]);
});

test('a backup restore refuses an empty file and random bytes, and nothing changes', async ({
  page,
}) => {
  await page.goto('/#/reports');
  await seed(page, { taskforces: eventRows().taskforces });
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  const before = await snapshot(page, ['taskforces', 'events', 'auditLog']);
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  for (const [name, buffer] of [
    ['empty.tfbackup', Buffer.alloc(0)],
    ['noise.tfbackup', random],
  ] as const) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from a file…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByRole('alert')).toContainText('This file was not restored.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await snapshot(page, ['taskforces', 'events', 'auditLog'])).toEqual(before);
  }
  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save a backup' }).click(),
  );
  expect(backup.bytes.length).toBeGreaterThan(0);
});
