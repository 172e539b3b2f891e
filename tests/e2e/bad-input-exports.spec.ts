import type { Page } from '@playwright/test';
import { allQuestions } from '../../src-renderer/domain/surveys/form';
import type { FormVersion } from '../../src-renderer/domain/surveys/versioning';
import {
  FORMULAS,
  SCRIPT,
  claimEventRows,
  expectNoFormulaCells,
  failOnDialogs,
  openEvents,
} from './bad-input-support';
import { person, startClaim, today } from './expenses-setup';
import { csvRows, downloadFrom } from './files';
import { event, membership, meta, person as member, taskforce } from './surveys-fixtures';
import { readTable, seed } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: hostile text already stored (names, cost codes, descriptions, survey
 * answers) must reach the CSV exports as text. A cell that starts like a formula (= + - @, tab,
 * carriage return) gets an apostrophe so a spreadsheet shows it instead of running it.
 */

failOnDialogs();

const [HYPERLINK, PLUS, MINUS, AT] = FORMULAS;
const QUESTION = '=1+1 Anything else to tell us?';

/** A claim for someone with a hostile name, seeded, then started through the app. */
async function hostileClaim(page: Page) {
  await openEvents(page);
  await seed(page, { ...claimEventRows(), people: [person('p-sam', HYPERLINK)] });
  await startClaim(page, HYPERLINK, AT);
  await page.getByRole('button', { name: 'Add a cost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a cost' });
  await dialog.getByLabel('Kind of cost').selectOption({ label: 'Mileage' });
  await dialog.getByLabel('From', { exact: true }).fill(PLUS);
  await dialog.getByLabel('To', { exact: true }).fill(SCRIPT);
  await dialog.getByLabel('Miles', { exact: true }).fill('10');
  await dialog.getByLabel('Description').fill(MINUS);
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toBeHidden();
}

test('the finance CSV escapes formulas in names, cost codes and descriptions', async ({ page }) => {
  await hostileClaim(page);
  for (const box of await page
    .getByRole('group', { name: /claimant confirms/ })
    .getByRole('checkbox')
    .all()) {
    await box.check();
  }
  await page.getByRole('button', { name: 'Submit claim' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.page-header .claim-status')).toHaveText('Approved');
  await page.getByRole('link', { name: '← All claims' }).click();
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV for finance' }).click(),
  );
  expectNoFormulaCells(file);
  const [row] = csvRows(file).rows;
  expect(row?.claimant_name).toBe(`'${HYPERLINK}`);
  expect(row?.cost_code).toBe(`'${AT}`);
  expect(row?.description).toContain(SCRIPT);
  expect(file.bytes.toString('utf8')).not.toMatch(/(^|,)"?[=+\-@]/m);
});

test('the payroll CSV escapes a formula in the person’s name', async ({ page }) => {
  await openEvents(page);
  await seed(page, { ...claimEventRows(), people: [person('p-sam', MINUS)] });
  await page.goto('/#/expenses/involvement');
  await page.getByRole('button', { name: 'Record a payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an involvement payment' });
  await dialog.getByLabel('Event').selectOption({ label: `Spring gathering (${today()})` });
  await dialog.getByLabel('Who took part').selectOption({ label: `${MINUS} (checked in)` });
  await dialog.getByLabel('How long').selectOption({ label: 'Full day' });
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV for payroll' }).click(),
  );
  expectNoFormulaCells(file);
  expect(csvRows(file).rows).toEqual([
    expect.objectContaining({ person_name: `'${MINUS}`, amount_pence: '15000' }),
  ]);
});

test('the survey answers CSV escapes formulas in answers and keeps script text inert', async ({
  page,
}) => {
  await page.goto('/#/surveys');
  const people = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7'].map((id) => member(id, id));
  await seed(page, {
    taskforces: [taskforce],
    events: [event('ev-1', 'Taskforce meeting', '2026-11-01')],
    people,
    memberships: people.map((p) => membership(p.id, '2026-11-01')),
  });
  await page.getByRole('link', { name: 'New: Baseline and follow-up survey' }).click();
  // A short-answer question whose wording starts like a formula: it becomes a column heading.
  await page.getByRole('button', { name: 'Add a section' }).click();
  const section = page.getByRole('dialog', { name: 'New section' });
  await section.getByLabel('Section title').fill('More');
  await section.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Add a question to More' }).click();
  const question = page.getByRole('dialog', { name: 'New question' });
  await question.getByLabel('Kind of question').selectOption({ label: 'Short answer' });
  await question.getByLabel('Question', { exact: true }).fill(QUESTION);
  await question.getByRole('button', { name: 'Done' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Taskforce survey/ })).toBeVisible();
  const [form] = await readTable<FormVersion & { id: string }>(page, 'surveyFormVersions');
  if (!form) throw new Error('no form version stored');
  const textQuestions = allQuestions(form).filter((q) => q.text === QUESTION);
  expect(textQuestions).toHaveLength(1);
  const hostile = [...FORMULAS, SCRIPT];
  await seed(page, {
    surveyResponses: hostile.map((text, i) => ({
      ...meta(`r-${i}`),
      formId: form.formId,
      formVersion: 1,
      answers: Object.fromEntries(textQuestions.map((q) => [q.id, { kind: 'text', text }])),
      eventId: 'ev-1',
      taskforceId: 'tf-1',
      participantId: `p-${i + 1}`,
      waveId: 'baseline',
      completedOn: '2026-11-01',
    })),
  });
  await page.goto('/#/surveys/change');
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: /^Export answers to Taskforce survey.*\(CSV\)$/ }).click(),
  );
  expectNoFormulaCells(file);
  const { header, rows } = csvRows(file);
  expect(header).toContain(`'${QUESTION}`);
  const answers = rows.map((row) => row[`'${QUESTION}`]);
  expect(answers.sort()).toEqual([...FORMULAS.map((text) => `'${text}`), SCRIPT].sort());
});
