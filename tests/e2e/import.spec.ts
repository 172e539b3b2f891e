import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { makeXlsx } from '../fixtures/people/make-xlsx';
import { addPerson, chooseImportFile, csvFile, importThroughUi } from '../fixtures/people/pages';
import { expectNoAxeViolations, readTable, startInDisplayMode } from './support';

interface StoredPerson {
  name: string;
  email: string;
  phone: string;
  address: string;
}

const badRows = {
  name: 'bad-rows.csv',
  mimeType: 'text/csv',
  buffer: readFileSync(join(__dirname, '../fixtures/people/bad-rows.csv')),
};

function previewRow(page: Page, rowNumber: number) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `Row ${rowNumber}`, exact: true }) });
}

test('a CSV with bad rows shows every problem, writes nothing until asked, then imports only the chosen rows', async ({
  page,
}) => {
  await addPerson(page, { name: 'Priya Shah', email: 'priya@example.org' });
  await page.goto('/#/people/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import people from a spreadsheet' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'import step 1, choose a file');

  await chooseImportFile(page, badRows);
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeFocused();
  await expect(page.getByLabel('Column “Full name”')).toHaveValue('name');
  await expect(page.getByLabel('Column “E-mail”')).toHaveValue('email');
  await expect(page.getByLabel('Column “Mobile”')).toHaveValue('phone');
  await expect(page.getByLabel('Column “Town”')).toHaveValue('address');
  await expectNoAxeViolations(page, 'import step 2, match the columns');

  // Without a name column nothing can be checked.
  await page.getByLabel('Column “Full name”').selectOption({ label: 'Not imported' });
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "Choose the column that holds each person's name",
  );
  await page.getByLabel('Column “Full name”').selectOption({ label: 'Full name' });
  await page.getByRole('button', { name: 'Check every row' }).click();

  await expect(page.getByRole('heading', { name: 'Check every row' })).toBeFocused();
  const counts = page.getByRole('list', { name: 'Rows by status' });
  await expect(counts).toContainText('2 ready to import');
  await expect(counts).toContainText('3 need fixing');
  await expect(counts).toContainText('2 possible duplicates');
  await expect(previewRow(page, 2)).toContainText('Ready to import');
  await expect(previewRow(page, 3)).toContainText('Name: Enter their name.');
  await expect(previewRow(page, 4)).toContainText(
    'Email: Enter an email address in the correct format',
  );
  await expect(previewRow(page, 5)).toContainText('Phone: Enter a phone number like 07700 900123');
  await expect(previewRow(page, 6)).toContainText(
    'Someone already registered has the same email address.',
  );
  await expect(previewRow(page, 7)).toContainText('Row 2 has the same email address.');
  await expect(previewRow(page, 8)).toContainText('Ready to import');
  await expectNoAxeViolations(page, 'import step 3, check every row');
  expect(await readTable(page, 'people')).toHaveLength(1);
  expect(await readTable(page, 'auditLog')).toEqual([]);

  // Show only the rows that need fixing, then fix row 3 (no name) in place and skip row 4:
  // each leaves the list, taking its buttons with it, so focus goes to the list's heading.
  await page.getByLabel('Show').selectOption({ label: 'Rows that need fixing' });
  const listHeading = page.getByRole('heading', { name: 'Rows that need fixing' });
  const shownRows = page.getByRole('table').getByRole('rowheader');
  await expect(shownRows).toHaveText(['Row 3', 'Row 4', 'Row 5']);
  await page.getByRole('button', { name: 'Fix row 3' }).click();
  const fix = page.getByRole('dialog', { name: 'Fix row 3' });
  await expect(fix.getByLabel('Full name')).toHaveAccessibleDescription('Enter their name.');
  await expectNoAxeViolations(page, 'the fix-a-row dialog');
  await fix.getByLabel('Full name').fill('Nia Green');
  await fix.getByRole('button', { name: 'Save row 3' }).click();
  await expect(fix).toBeHidden();
  await expect(shownRows).toHaveText(['Row 4', 'Row 5']);
  await expect(listHeading).toBeFocused();
  await page.getByRole('button', { name: 'Skip row 4' }).click();
  await expect(shownRows).toHaveText(['Row 5']);
  await expect(listHeading).toBeFocused();
  await expect(counts).toContainText('3 ready to import');
  await expect(counts).toContainText('1 needs fixing');
  await expect(counts).toContainText('1 skipped');

  await page.getByLabel('Show').selectOption({ label: 'Every row' });
  await expect(previewRow(page, 3)).toContainText('Ready to import');
  await expect(previewRow(page, 4)).toContainText('Skipped');
  // In the whole list a skipped row stays, so focus stays on its button.
  await page.getByRole('button', { name: 'Undo skip row 4' }).click();
  await expect(page.getByRole('button', { name: 'Skip row 4' })).toBeFocused();
  await page.getByRole('button', { name: 'Skip row 4' }).click();
  await expect(page.getByRole('button', { name: 'Undo skip row 4' })).toBeFocused();
  expect(await readTable(page, 'people')).toHaveLength(1);

  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await expect(page.getByText('Imported 3 people from bad-rows.csv.')).toBeVisible();
  await expectNoAxeViolations(page, 'import step 4, finished');

  const people = await readTable<StoredPerson>(page, 'people');
  expect(people.map((p) => p.name).sort()).toEqual([
    'Ada Obi',
    'Eve "Evie" Fox',
    'Nia Green',
    'Priya Shah',
  ]);
  const eve = people.find((p) => p.name === 'Eve "Evie" Fox');
  expect(eve).toMatchObject({ address: 'Flat 2\r\nLeeds', phone: '0113 496 0000' });
  const audit = await readTable<{ action: string; summary: string }>(page, 'auditLog');
  expect(audit).toEqual([
    expect.objectContaining({
      action: 'people-imported',
      summary: 'Imported 3 people from a spreadsheet.',
    }),
  ]);

  await page.getByRole('link', { name: 'Go to the people register' }).click();
  await expect(page.getByRole('link', { name: 'Nia Green' })).toBeVisible();
});

test('a file that is not a spreadsheet, or a damaged workbook, is refused and nothing is written', async ({
  page,
}) => {
  await page.goto('/#/people/import');
  const photo = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0,
  ]);
  await chooseImportFile(page, { name: 'photo.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('alert')).toHaveText(
    /^photo\.png cannot be imported\. This file is not a spreadsheet saved as text/,
  );
  await expectNoAxeViolations(page, 'import refusing a file');

  await chooseImportFile(page, {
    name: 'people.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('PK\u0003\u0004 this is not really a workbook'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'could not be read as an Excel workbook (.xlsx)',
  );
  await expect(page.getByRole('heading', { name: 'Choose a file' })).toBeVisible();
  expect(await readTable(page, 'people')).toEqual([]);
  expect(await readTable(page, 'auditLog')).toEqual([]);
});

test('an Excel workbook is imported, and a non-UTF-8 CSV is read with a notice', async ({
  page,
}) => {
  const workbook = makeXlsx([
    ['First name', 'Surname', 'Phone number'],
    ['Sam', 'Lee', 7700900123],
    ['Jo', 'Bloggs', ''],
  ]);
  await importThroughUi(
    page,
    {
      name: 'people.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    },
    2,
  );
  const people = await readTable<StoredPerson>(page, 'people');
  expect(people.map((p) => [p.name, p.phone]).sort()).toEqual([
    ['Jo Bloggs', ''],
    ['Sam Lee', '07700900123'],
  ]);

  await page.getByRole('button', { name: 'Import another file' }).click();
  const latin1 = Buffer.concat([
    Buffer.from('Name,Email\nJos'),
    Buffer.from([0xe9]),
    Buffer.from(' Ruiz,jose@example.org\n'),
  ]);
  await chooseImportFile(page, { name: 'old.csv', mimeType: 'text/csv', buffer: latin1 });
  await expect(
    page.getByText(/not saved as UTF-8 text, so it was read as an older Windows spreadsheet/),
  ).toBeVisible();
  await expect(page.getByLabel('Column “Name”')).toHaveAccessibleDescription(
    'For example: José Ruiz',
  );
});

test('the same file imported twice finds every row a duplicate the second time', async ({
  page,
}) => {
  const file = csvFile('two.csv', 'Name,Email\nAl One,al@example.org\nBo Two,bo@example.org\n');
  await importThroughUi(page, file, 2);
  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseImportFile(page, file);
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByRole('list', { name: 'Rows by status' })).toContainText(
    '2 possible duplicates',
  );
  await page.getByRole('button', { name: 'Import 0 people' }).click();
  await expect(page.getByRole('alert')).toContainText('There are no rows to import');
  expect(await readTable(page, 'people')).toHaveLength(2);

  // Someone can still choose to import a possible duplicate, knowingly.
  await page.getByRole('button', { name: 'Import anyway (row 3)' }).click();
  await expect(page.getByRole('button', { name: 'Leave out (row 3)' })).toBeFocused();
  await page.getByRole('button', { name: 'Import 1 person' }).click();
  await expect(page.getByText('Imported 1 person from two.csv.')).toBeVisible();
  const people = await readTable<StoredPerson>(page, 'people');
  expect(people.map((p) => p.name).sort()).toEqual(['Al One', 'Bo Two', 'Bo Two']);
});

test.describe('large display', () => {
  test.beforeEach(async ({ page }) => {
    await startInDisplayMode(page, 'large');
  });

  test('the import steps, the register and a person page pass axe in large print', async ({
    page,
  }) => {
    await page.goto('/#/people');
    await expect(page.getByRole('heading', { name: 'No one on the register yet' })).toBeVisible();
    await expectNoAxeViolations(page, 'the empty register, large print');
    await page.goto('/#/people/import');
    await chooseImportFile(page, badRows);
    await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeFocused();
    await expectNoAxeViolations(page, 'matching columns, large print');
    await page.getByRole('button', { name: 'Check every row' }).click();
    await expect(page.getByRole('heading', { name: 'Check every row' })).toBeFocused();
    await expectNoAxeViolations(page, 'the preview, large print');
    await page.getByRole('button', { name: 'Import 3 people' }).click();
    await page.getByRole('link', { name: 'Go to the people register' }).click();
    await expect(page.getByRole('link', { name: 'Ada Obi' })).toBeVisible();
    await expectNoAxeViolations(page, 'the register, large print');
    await page.getByRole('link', { name: 'Ada Obi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ada Obi' })).toBeVisible();
    await expectNoAxeViolations(page, 'a person page, large print');
  });
});
