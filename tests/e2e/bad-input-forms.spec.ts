import { expect, test } from './test';
import {
  BLANK,
  type FieldCase,
  HUGE,
  IMG,
  SCRIPT,
  claimEventRows,
  expectRefused,
  failOnDialogs,
  openEvents,
  textCases,
} from './bad-input-support';
import { eventRows, openBoard, topicHandle } from './board-support';
import { startClaim } from './expenses-setup';
import { readTable, seed } from './support';

/**
 * Bad input, everywhere: each form is fed empty, huge, wrongly typed and hostile
 * values. Each time the message is at the field (or for the file), nothing is written, and a
 * valid follow-up still works. Hostile markup must be shown as text and never run.
 */

failOnDialogs();

test('the taskforce and event forms refuse bad text at the field and write nothing', async ({
  page,
}) => {
  await openEvents(page, { taskforces: eventRows().taskforces });
  const taskforceForm = {
    open: async () => {
      await page.getByRole('button', { name: 'New taskforce' }).click();
      return page.getByRole('dialog', { name: 'New taskforce' });
    },
    valid: { Name: 'Cancer champions', Theme: 'Cancer' },
    submit: 'Save taskforce',
  };
  const taskforceCases: FieldCase[] = [
    ...textCases('Name', /^Enter a name\.$/),
    ...textCases('Theme', /^Enter a theme\.$/).slice(1),
  ];
  await expectRefused(page, taskforceForm, taskforceCases, ['taskforces', 'auditLog']);

  const eventForm = {
    open: async () => {
      await page.getByRole('button', { name: 'Add event to LGBT & Cancer' }).click();
      return page.getByRole('dialog', { name: 'New event' });
    },
    valid: { Title: 'Winter gathering', Date: '2027-01-15', 'Venue name': 'Hall' },
    submit: 'Save event',
  };
  const eventCases: FieldCase[] = [
    ...textCases('Title', /^Enter (a|the) title\.$/),
    ...textCases('Venue name', /^Enter the venue name\.$/),
  ];
  await expectRefused(page, eventForm, eventCases, ['events', 'auditLog']);

  // Still working: hostile markup is stored and shown as plain text.
  const dialog = await taskforceForm.open();
  await dialog.getByLabel('Name', { exact: true }).fill(IMG);
  await dialog.getByLabel('Theme').fill('Access');
  await dialog.getByRole('button', { name: 'Save taskforce' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: IMG })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect((await readTable<{ name: string }>(page, 'taskforces')).map((t) => t.name)).toContain(IMG);
});

test('the person form refuses bad names, emails and phone numbers', async ({ page }) => {
  await page.goto('/#/people');
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Add person', exact: true }).click();
      return page.getByRole('dialog', { name: 'Add a person' });
    },
    valid: { 'Full name': 'Sam Lee' },
    submit: 'Add person',
  };
  const cases: FieldCase[] = [
    ...textCases('Full name', /^Enter their name\.$/),
    { label: 'Preferred name', value: HUGE, message: /characters or fewer/ },
    { label: 'Email', value: 'sam@@example', message: /correct format/ },
    { label: 'Email', value: SCRIPT, message: /correct format/ },
    { label: 'Phone', value: 'call me maybe', message: /A phone number can only contain numbers/ },
  ];
  await expectRefused(page, form, cases, ['people', 'auditLog']);

  const dialog = await form.open();
  await dialog.getByLabel('Full name').fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCRIPT })).toBeVisible();
  expect(await readTable(page, 'people')).toEqual([expect.objectContaining({ name: SCRIPT })]);
});

test('the board topic form refuses bad titles and shows hostile ones as text', async ({ page }) => {
  await openBoard(page);
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Add topic', exact: true }).click();
      return page.getByRole('dialog', { name: 'Add a topic' });
    },
    valid: {},
    submit: 'Add topic',
  };
  const cases: FieldCase[] = [
    ...textCases('Title', /^Enter (a|the) title/),
    { label: 'Short description', value: HUGE, message: /characters or fewer/ },
  ];
  await expectRefused(page, form, cases, ['boardTopics', 'auditLog']);

  const dialog = await form.open();
  await dialog.getByLabel('Title').fill(IMG);
  await dialog
    .getByLabel('Convener', { exact: true })
    .selectOption({ label: 'Someone else (type their name)' });
  await dialog.getByLabel('Convener: name').fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Add topic' }).click();
  await expect(dialog).toBeHidden();
  await expect(topicHandle(page, IMG)).toContainText(SCRIPT);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an expense amount that is negative, not a number, huge or in part-pence is refused', async ({
  page,
}) => {
  await openEvents(page);
  await seed(page, claimEventRows());
  await startClaim(page, 'Sam Lee', 'HC-0042');
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Add a cost' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a cost' });
      await dialog.getByLabel('Kind of cost').selectOption({ label: 'Parking' });
      return dialog;
    },
    valid: {},
    submit: 'Add cost',
  };
  const amount = (value: string, message: RegExp): FieldCase => ({
    label: 'Amount (£)',
    value,
    message,
  });
  const cases = [
    amount('-5', /cannot be negative/),
    amount('abc', /using digits only/),
    amount('1e9', /using digits only/),
    amount('12.345', /no more than 2 decimal places/),
    amount('1000000000', /The most one line can hold/),
    amount(BLANK, /Enter an amount/),
  ];
  await expectRefused(page, form, cases, ['claims', 'auditLog']);

  const dialog = await form.open();
  await dialog.getByLabel('Amount (£)').fill('4.50');
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toBeHidden();
  const [claim] = await readTable<{ lines: { amountPence: number }[] }>(page, 'claims');
  expect(claim?.lines.map((l) => l.amountPence)).toEqual([450]);
});

test('a survey question refuses bad wording and keeps hostile wording as text', async ({
  page,
}) => {
  await page.goto('/#/surveys');
  await page.getByRole('link', { name: 'New: Blank form' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Bad input survey');
  await page.getByRole('button', { name: 'Add a section' }).click();
  const section = page.getByRole('dialog', { name: 'New section' });
  await section.getByLabel('Section title').fill('About you');
  await section.getByRole('button', { name: 'Done' }).click();
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Add a question to About you' }).click();
      return page.getByRole('dialog', { name: 'New question' });
    },
    valid: {},
    submit: 'Done',
  };
  const cases: FieldCase[] = [
    ...textCases('Question', /^Enter the question\.$/),
    { label: 'Help text (optional)', value: HUGE, message: /characters or fewer/ },
  ];
  await expectRefused(page, form, cases, ['surveyFormVersions', 'auditLog']);

  const dialog = await form.open();
  await dialog.getByLabel('Kind of question').selectOption({ label: 'Short answer' });
  await dialog.getByLabel('Question', { exact: true }).fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bad input survey' })).toBeVisible();
  const [version] = await readTable<{ sections: { questions: { text: string }[] }[] }>(
    page,
    'surveyFormVersions',
  );
  expect(version?.sections[0]?.questions.map((q) => q.text)).toEqual([SCRIPT]);
});
