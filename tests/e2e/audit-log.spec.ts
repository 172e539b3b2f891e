import { expect, test } from './test';
import type { ConsentRecord } from '../../src-renderer/domain/people/consent';
import { DEFAULT_WORDING } from '../../src-renderer/domain/people/consent-purposes';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import { csvRows, downloadFrom } from './files';
import { expectNoAxeViolations, seed, startInDisplayMode } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

const photoConsent: ConsentRecord = {
  ...meta('c-1'),
  personId: 'p-sam',
  purpose: 'photosAndRecordings',
  decision: 'granted',
  formId: 'form-seeded',
  formVersion: 1,
  wording: DEFAULT_WORDING.photosAndRecordings,
  method: 'paper',
  recordedBy: 'Priya',
  at: NOW,
};

const olderEntry = {
  id: 'a-old',
  at: '2026-10-01T09:00:00.000Z',
  actor: 'Ana Lead',
  action: 'people-imported',
  summary: 'Imported 12 people from a spreadsheet.',
};

test('a consent withdrawal appears in the audit log with who did it; filters and CSV', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill('Priya Facilitator');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status')).toContainText('Your name is saved');
  await seed(page, {
    people: [personRecord({ ...emptyPersonInput(), name: 'Sam Lee' }, meta('p-sam'))],
    consentRecords: [photoConsent],
    auditLog: [olderEntry],
  });

  await page.goto('/#/people/p-sam');
  await page.getByRole('button', { name: 'Withdraw consent: Photos and recordings' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Withdraw consent: Photos and recordings' });
  await withdraw.getByRole('radio', { name: 'On a paper form' }).check();
  await withdraw.getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(withdraw).toBeHidden();

  await page.goto('/#/reports');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3); // header + 2
  await expect(rows.nth(1)).toContainText('Priya Facilitator');
  await expect(rows.nth(1)).toContainText('Consent withdrawn');
  await expect(rows.nth(1)).not.toContainText('Sam Lee');
  await expect(rows.nth(2)).toContainText('People imported');
  await expectNoAxeViolations(page, 'Audit log');

  await page.getByLabel('Kind').selectOption({ label: 'People imported' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Ana Lead');

  await page.getByLabel('Kind').selectOption({ label: 'Everything' });
  await page.getByLabel('From').fill('2026-10-02');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Consent withdrawn');
  await page.getByLabel('To').fill('2026-10-03');
  await expect(page.getByText('Nothing in the log matches these filters.')).toBeVisible();
  await page.getByLabel('From').fill('');
  await page.getByLabel('To').fill('');

  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  );
  const csv = csvRows(file);
  expect(csv.hasBom).toBe(true);
  expect(csv.header).toEqual(['When (UTC)', 'Who', 'What', 'Details', 'Record']);
  expect(csv.rows.map((r) => [r.Who, r.What])).toEqual([
    ['Priya Facilitator', 'Consent withdrawn'],
    ['Ana Lead', 'People imported'],
  ]);
  expect(file.bytes.toString('utf8')).not.toContain('Sam Lee');
});

test('the audit log pages through a long log and passes axe in large print', async ({ page }) => {
  await startInDisplayMode(page, 'large');
  await page.goto('/#/reports/audit');
  await expect(page.getByText('Nothing has been logged yet.')).toBeVisible();
  await expect(page.getByText('Your name is not set')).toBeVisible();
  await expectNoAxeViolations(page, 'Audit log (empty, large print)');
  const entries = Array.from({ length: 120 }, (_, i) => ({
    id: `a-${String(i).padStart(3, '0')}`,
    at: new Date(Date.UTC(2026, 0, 1, 9, 0, i)).toISOString(),
    actor: 'Ana Lead',
    action: 'consent-recorded',
    summary: `Entry ${i}.`,
  }));
  await seed(page, { auditLog: entries });
  await expect(page.getByText('Showing 1–50 of 120 entries.')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText('Entry 119.');
  const pager = page.getByRole('navigation', { name: 'Audit log pages' });
  await pager.getByRole('button', { name: 'Next' }).click();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Showing 101–120 of 120 entries.')).toBeVisible();
  await expect(page.getByRole('row').last()).toContainText('Entry 0.');
  await expectNoAxeViolations(page, 'Audit log (paged, large print)');
});
