import { type Page } from '@playwright/test';
import { makeXlsx, zip } from '../fixtures/people/make-xlsx';
import { chooseImportFile } from '../fixtures/people/pages';
import { HUGE, IMG, RLO, SCRIPT, failOnDialogs, snapshot } from './bad-input-support';
import { readTable } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: Excel workbooks (.xlsx) that are not workbooks, are empty, or hold
 * hostile cells. Each is refused with a message naming the problem, or its bad rows are marked
 * and never imported; nothing is written until the person imports, and the import still works.
 */

failOnDialogs();

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsx = (name: string, buffer: Buffer) => ({ name, mimeType: XLSX_TYPE, buffer });
const TABLES = ['people', 'auditLog'] as const;

async function openImport(page: Page) {
  await page.goto('/#/people/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import people from a spreadsheet' }),
  ).toBeVisible();
}

function previewRow(page: Page, rowNumber: number) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `Row ${rowNumber}`, exact: true }) });
}

test('files that only pretend to be workbooks are refused with a message naming the problem', async ({
  page,
}) => {
  await openImport(page);
  const noise = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256));
  const notAWorkbook = zip({ 'readme.txt': 'Just a zip of notes.', 'notes/a.xml': '<a/>' });
  const emptySheet = makeXlsx([]);
  const blankCells = makeXlsx([
    ['', '  '],
    ['', ''],
  ]);
  const headingsOnly = makeXlsx([['Name', 'Email']]);
  const refusals: [ReturnType<typeof xlsx>, RegExp][] = [
    [xlsx('noise.xlsx', noise), /could not be read as an Excel workbook \(\.xlsx\)/],
    [xlsx('empty.xlsx', Buffer.alloc(0)), /could not be read as an Excel workbook|empty/],
    [xlsx('archive.xlsx', notAWorkbook), /could not be read as an Excel workbook \(\.xlsx\)/],
    [xlsx('renamed.csv', notAWorkbook), /could not be read as an Excel workbook \(\.xlsx\)/],
    [xlsx('blank.xlsx', emptySheet), /The first sheet of this workbook is empty/],
    [xlsx('spaces.xlsx', blankCells), /The first sheet of this workbook is empty/],
    [xlsx('headings.xlsx', headingsOnly), /The file has only one row/],
  ];
  for (const [file, message] of refusals) {
    await chooseImportFile(page, file);
    const alert = page.getByRole('alert');
    await expect(alert, file.name).toContainText(`${file.name} cannot be imported.`);
    await expect(alert, file.name).toContainText(message);
    await expect(page.getByRole('heading', { name: 'Choose a file' })).toBeVisible();
    expect(await snapshot(page, TABLES), file.name).toEqual({ people: [], auditLog: [] });
  }

  // Still working: a real workbook opens straight after.
  await chooseImportFile(page, xlsx('good.xlsx', makeXlsx([['Name'], ['Ada Obi']])));
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
});

test('hostile cells are shown as text, bad ones marked for fixing, and only good rows imported', async ({
  page,
}) => {
  await openImport(page);
  const hyperlink = '=HYPERLINK("http://evil.example","Click")';
  const workbook = makeXlsx([
    ['Name', 'Email'],
    [hyperlink, 'eve@example.org'],
    [{ formula: 'HYPERLINK("http://evil.example","Cy Clicks")', shown: 'Cy Clicks' }, ''],
    [SCRIPT, 'scripted@example.org'],
    [RLO, ''],
    [HUGE, ''],
    ['Ada Obi', IMG],
    ['Bo Baker', `${'b'.repeat(100_000)}@example.org`],
  ]);
  await chooseImportFile(page, xlsx('hostile.xlsx', workbook));
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('heading', { name: 'Check every row' })).toBeVisible();

  await expect(previewRow(page, 2)).toContainText('Ready to import');
  await expect(previewRow(page, 2).getByRole('cell', { name: hyperlink })).toBeVisible();
  // A formula cell brings only the result it showed, never the formula.
  await expect(previewRow(page, 3)).toContainText('Cy Clicks');
  await expect(previewRow(page, 3)).not.toContainText('HYPERLINK');
  await expect(previewRow(page, 4).getByRole('cell', { name: SCRIPT })).toBeVisible();
  await expect(previewRow(page, 5)).toContainText('contains characters that cannot be stored');
  await expect(previewRow(page, 6)).toContainText('must be 120 characters or fewer');
  await expect(previewRow(page, 7)).toContainText('Email: Enter an email address');
  await expect(previewRow(page, 8)).toContainText('Needs fixing');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const counts = page.getByRole('list', { name: 'Rows by status' });
  await expect(counts).toContainText('3 ready to import');
  await expect(counts).toContainText('4 need fixing');
  expect(await snapshot(page, TABLES)).toEqual({ people: [], auditLog: [] });

  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  const names = (await readTable<{ name: string }>(page, 'people')).map((p) => p.name);
  expect(names.sort()).toEqual([SCRIPT, hyperlink, 'Cy Clicks'].sort());
});

test('a workbook of 10,000 rows is checked and paged without writing anything', async ({
  page,
}) => {
  test.slow();
  await openImport(page);
  const rows = Array.from({ length: 10_000 }, (_, i) => [
    `Person ${i + 1}`,
    `p${i + 1}@example.org`,
  ]);
  await chooseImportFile(page, xlsx('big.xlsx', makeXlsx([['Name', 'Email'], ...rows])));
  // The busy state shows while a big workbook is read; a loaded machine may take a while.
  const patient = { timeout: 60_000 };
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible(patient);
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('list', { name: 'Rows by status' })).toContainText(
    '10,000 ready to import',
    patient,
  );
  await expect(page.getByRole('table').getByRole('rowheader')).not.toHaveCount(10_000);
  expect(await snapshot(page, TABLES)).toEqual({ people: [], auditLog: [] });
});
