import type { Locator, Page } from '@playwright/test';
import {
  CANNOT_STORE,
  FORMULAS,
  type FieldCase,
  HUGE,
  IMG,
  NUL,
  RLO,
  SCRIPT,
  TOO_LONG,
  expectNoFormulaCells,
  expectRefused,
  failOnDialogs,
  snapshot,
  textCases,
} from './bad-input-support';
import { csvRows, downloadFrom } from './files';
import { event, taskforce } from './surveys-fixtures';
import { readTable, seed } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: the survey builder (sections, questions, answer lists, a form with
 * nothing in it) and the kiosk (a required answer left empty, hostile free text). Nothing is
 * saved while anything is wrong; hostile text is stored and exported as plain text.
 */

failOnDialogs();

const TABLES = ['surveyForms', 'surveyFormVersions', 'surveyResponses', 'auditLog'];

async function newBlankForm(page: Page, title: string) {
  await page.goto('/#/surveys');
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
  await seed(page, { taskforces: [taskforce], events: [event('ev-1', 'Open day', '2026-11-01')] });
  await page.getByRole('link', { name: 'New: Blank form' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
}

async function addSection(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add a section' }).click();
  const dialog = page.getByRole('dialog', { name: 'New section' });
  await dialog.getByLabel('Section title').fill(title);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

async function newQuestion(page: Page, section: string): Promise<Locator> {
  await page.getByRole('button', { name: `Add a question to ${section}` }).click();
  return page.getByRole('dialog', { name: 'New question' });
}

test('a form with no sections, or a section with no questions, is not saved', async ({ page }) => {
  await newBlankForm(page, 'Empty form');
  const before = await snapshot(page, TABLES);
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('alert')).toContainText('Sections: Add at least one section.');
  await addSection(page, 'About you');
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('alert')).toContainText('About you: Add at least one question.');
  for (const [value, message] of [
    [HUGE, TOO_LONG],
    [RLO, CANNOT_STORE],
  ] as const) {
    await page.getByLabel('Title', { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Save form' }).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription(message);
  }
  expect(await snapshot(page, TABLES)).toEqual(before);

  await page.getByLabel('Title', { exact: true }).fill('Not empty');
  const dialog = await newQuestion(page, 'About you');
  await dialog.getByLabel('Kind of question').selectOption({ label: 'Short answer' });
  await dialog.getByLabel('Question', { exact: true }).fill('Your postcode');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Not empty' })).toBeVisible();
  expect(await readTable(page, 'surveyFormVersions')).toHaveLength(1);
});

test('sections and questions refuse bad wording and bad answer lists', async ({ page }) => {
  test.setTimeout(90_000);
  await newBlankForm(page, 'Bad lists');
  const section = {
    open: async () => {
      await page.getByRole('button', { name: 'Add a section' }).click();
      return page.getByRole('dialog', { name: 'New section' });
    },
    valid: {},
    submit: 'Done',
  };
  await expectRefused(
    page,
    section,
    [
      ...textCases('Section title', /^Enter a section title\.$/),
      { label: 'Introduction (optional)', value: HUGE, message: TOO_LONG },
      { label: 'Introduction (optional)', value: NUL, message: CANNOT_STORE },
    ],
    TABLES,
  );
  await addSection(page, 'About you');

  const question = {
    open: () => newQuestion(page, 'About you'),
    valid: { Question: 'How was it?', 'Answer 1': 'Good', 'Answer 2': 'Bad' },
    submit: 'Done',
  };
  const cases: FieldCase[] = [
    ...textCases('Answer 1', /^Enter every option\.$/),
    { label: 'Answer 1', value: ' bad ', message: /^The option "Bad" appears twice\.$/ },
    { label: 'Help text (optional)', value: RLO, message: CANNOT_STORE },
    { label: 'Easy-read wording (optional)', value: HUGE, message: TOO_LONG },
    { label: 'Easy-read wording (optional)', value: NUL, message: CANNOT_STORE },
  ];
  await expectRefused(page, question, cases, TABLES);

  // One answer, then none: the message still shows when there is no box left to put it by.
  const dialog = await question.open();
  await dialog.getByLabel('Question', { exact: true }).fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Remove answer 2' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByLabel('Answer 1', { exact: true })).toHaveAccessibleDescription(
    'Add at least two options to choose from.',
  );
  await dialog.getByRole('button', { name: 'Remove answer 1' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Add at least two options to choose from.');
  // 31 answers is more than a kiosk screen can hold.
  for (let i = 1; i <= 31; i++) {
    await dialog.getByRole('button', { name: 'Add an answer' }).click();
    await dialog.getByLabel(`Answer ${i}`, { exact: true }).fill(`Choice ${i}`);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByLabel('Answer 1', { exact: true })).toHaveAccessibleDescription(
    'Use 30 options or fewer.',
  );
  await dialog.getByRole('button', { name: 'Remove answer 31' }).click();
  await dialog.getByLabel('Answer 30', { exact: true }).fill(IMG);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bad lists' })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const [version] = await readTable<{
    sections: { questions: { text: string; options: { label: string }[] }[] }[];
  }>(page, 'surveyFormVersions');
  const stored = version?.sections[0]?.questions[0];
  expect(stored?.text).toBe(SCRIPT);
  expect(stored?.options.map((o) => o.label).slice(-2)).toEqual(['Choice 29', IMG]);
});

test('the kiosk refuses an empty required answer and keeps hostile answers as text', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await newBlankForm(page, 'Open day feedback');
  await addSection(page, 'About you');
  let dialog = await newQuestion(page, 'About you');
  await dialog.getByLabel('Kind of question').selectOption({ label: 'Short answer' });
  await dialog.getByLabel('Question', { exact: true }).fill('One word for today');
  await dialog.getByLabel('Answer required').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  dialog = await newQuestion(page, 'About you');
  await dialog.getByLabel('Kind of question').selectOption({ label: 'Longer answer' });
  await dialog.getByLabel('Question', { exact: true }).fill('Anything else?');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open day feedback' })).toBeVisible();

  await page.getByRole('button', { name: 'Hand to participant' }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand to participant' });
  await handOver.getByLabel('Event').selectOption({ label: 'Open day, Sunday 1 November 2026' });
  await handOver.getByLabel('PIN (4 to 8 digits)').fill('2580');
  await handOver.getByLabel('Type the PIN again').fill('2580');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open day feedback' })).toBeVisible();

  const word = page.getByLabel(/One word for today/);
  const more = page.getByLabel('Anything else?');
  const send = page.getByRole('button', { name: 'Send my answers' });
  const before = await snapshot(page, TABLES);
  for (const [field, value, message] of [
    [word, '   ', /^Answer this question\.$/],
    [word, HUGE, /^Your answer must be 200 characters or fewer/],
    [more, NUL, /^Your answer contains characters that cannot be stored\.$/],
    [more, RLO, /^Your answer contains characters that cannot be stored\.$/],
  ] as const) {
    await word.fill(field === word ? value : 'Sunny');
    await more.fill(field === more ? value : '');
    await send.click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    expect(await snapshot(page, TABLES)).toEqual(before);
  }

  const [formula] = FORMULAS;
  const comment = `${SCRIPT}\n${IMG}`;
  await word.fill(formula);
  await more.fill(comment);
  await send.click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  const [response] = await readTable<{ answers: Record<string, { text?: string }> }>(
    page,
    'surveyResponses',
  );
  expect(Object.values(response?.answers ?? {}).map((a) => a.text)).toEqual(
    expect.arrayContaining([formula, comment]),
  );

  await page.getByRole('button', { name: 'Facilitator: leave' }).click();
  const pin = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await pin.getByLabel('Facilitator PIN').fill('2580');
  await pin.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('1 response so far.')).toBeVisible();
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export answers (CSV)' }).click(),
  );
  expectNoFormulaCells(file);
  const cells = csvRows(file).rows.flatMap((row) => Object.values(row));
  expect(cells).toContain(`'${formula}`);
  expect(cells).toContain(comment);
});
