import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { downloadFrom, pdfText } from './files';
import { EVENT, rows } from './reports-fixtures';
import { expectNoAxeViolations, readTable, seed } from './support';

async function openReports(page: Page) {
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and records' })).toBeVisible();
  await seed(page, rows());
  await expect(page.getByLabel('Event', { exact: true })).toHaveValue(EVENT);
}

/** The PDF's text with line breaks and column gaps as single spaces, as it reads aloud. */
async function savePdf(page: Page) {
  const text = pdfText(
    await downloadFrom(page, () => page.getByRole('button', { name: 'Save as PDF' }).click()),
  );
  return text.replace(/\s+/g, ' ');
}

test.describe.configure({ timeout: 60_000 });

test('the event report names only people who consented, with groups, decisions and feedback', async ({
  page,
}) => {
  await openReports(page);
  await page.getByRole('link', { name: 'Open the event report' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Event report: Spring open space' }),
  ).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: 'Seeing a GP after work' }).first(),
  ).toBeVisible();
  await expect(page.getByText('Named with their consent: Ann Archer.')).toBeVisible();
  await expectNoAxeViolations(page, 'Event report');

  const text = await savePdf(page);
  expect(text).toContain('Event report: Spring open space');
  expect(text).toContain('Collaborating');
  expect(text).toMatch(/Checked in\s+4/);
  expect(text).toContain('Ann Archer');
  expect(text).toMatch(/Not named \(no consent\)\s+3/);
  for (const hidden of ['Bo Baker', 'Cy Carter', 'Di Dean']) expect(text).not.toContain(hidden);
  expect(text).toContain('Seeing a GP after work');
  expect(text).toContain('Ask the practice about evening clinics');
  expect(text).toContain('We will ask the practice for evening clinics');
  expect(text).toContain('One person preferred weekend clinics');
  expect(text).toMatch(/Responses\s+7/);
  // Two people said "excellent": fewer than 5, so hidden.
  expect(text).toMatch(/Excellent\s+fewer than 5/);
});

test('the taskforce progress report shows meetings, membership and lines of enquiry', async ({
  page,
}) => {
  await openReports(page);
  await page.getByRole('link', { name: 'Open the progress report' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Taskforce progress: Cancer care' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Taskforce report');
  const text = await savePdf(page);
  expect(text).toContain('Spring open space');
  expect(text).toMatch(/2026 Q1\s+2\s+0\s+2/);
  expect(text).toMatch(/2026 Q2\s+0\s+1\s+1/);
  expect(text).toContain('Access to GPs out of hours');
  expect(text).not.toContain('Bo Baker');
});

test('the annual report links what was said to what was done, and an action is marked done', async ({
  page,
}) => {
  await openReports(page);
  await page.getByLabel('From').fill('2026-01-01');
  await page.getByLabel('To').fill('2026-12-31');
  await page.getByRole('link', { name: 'Open the participation report' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Participation report: 2026' }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: 'Mark done: Ask the practice about evening clinics' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Mark this action done' });
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog.getByLabel('What changed')).toHaveAttribute('aria-invalid', 'true');
  expect(await readTable(page, 'actionUpdates')).toEqual([]);
  await dialog.getByLabel('Done on').fill('2026-05-02');
  await dialog.getByLabel('What changed').fill('Evening clinics now run on Tuesdays');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/Done Saturday 2 May 2026: Evening clinics now run on Tuesdays/),
  ).toBeVisible();
  const updates = await readTable<{ topicId: string; whatChanged: string }>(page, 'actionUpdates');
  expect(updates.map((u) => [u.topicId, u.whatChanged])).toEqual([
    ['t-gp', 'Evening clinics now run on Tuesdays'],
  ]);
  const audit = await readTable<{ action: string }>(page, 'auditLog');
  expect(audit.map((a) => a.action)).toContain('action-marked-done');
  await expectNoAxeViolations(page, 'Annual report');
  await page.evaluate(() => localStorage.setItem('two-feet.display-mode', 'large'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Participation report/ })).toBeVisible();
  await expectNoAxeViolations(page, 'Annual report in large print');

  const text = await savePdf(page);
  expect(text).toContain('Spring open space');
  expect(text).toContain('Collaborating');
  expect(text).toContain('Seeing a GP after work');
  expect(text).toContain('We will ask the practice for evening clinics');
  expect(text).toContain('Access to GPs out of hours');
  expect(text).toContain('Evening clinics now run on Tuesdays');
  expect(text).not.toContain('Ann Archer');
});
