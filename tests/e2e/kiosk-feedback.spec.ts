import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { event, taskforce } from './surveys-fixtures';
import { expectNoAxeViolations, readTable, seed } from './support';

interface StoredResponse {
  formId: string;
  formVersion: number;
  eventId: string;
  participantId: string | null;
  answers: Record<string, { kind: string; optionId?: string; text?: string }>;
}

async function addQuestion(
  page: Page,
  section: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: `Add a question to ${section}` }).click();
  const dialog = page.getByRole('dialog', { name: 'New question' });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

test('build a short feedback form, fill it in at the kiosk twice, and leave only with the PIN', async ({
  page,
}) => {
  // Long journeys; the machine running them may be busy with other builds.
  test.setTimeout(90_000);
  await page.goto('/#/surveys');
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
  await seed(page, {
    taskforces: [taskforce],
    events: [event('ev-1', 'Open space day', '2026-11-01')],
  });
  await expectNoAxeViolations(page, 'surveys forms list');

  // Build the form through the builder.
  await page.getByRole('link', { name: 'New: Blank form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New form: Blank form' })).toBeVisible();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('alert')).toContainText('Add at least one section.');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.getByLabel('Title').fill('After the walk');
  await expectNoAxeViolations(page, 'builder with errors');

  await page.getByRole('button', { name: 'Add a section' }).click();
  const sectionDialog = page.getByRole('dialog', { name: 'New section' });
  await sectionDialog.getByRole('button', { name: 'Done' }).click();
  await expect(sectionDialog.getByText('Enter a section title.')).toBeVisible();
  await expectNoAxeViolations(page, 'section dialog');
  await sectionDialog.getByLabel('Section title').fill('The walk');
  await sectionDialog.getByRole('button', { name: 'Done' }).click();
  await expect(sectionDialog).toBeHidden();

  await addQuestion(page, 'The walk', async (dialog) => {
    await dialog.getByLabel('Question', { exact: true }).fill('How was the walk?');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog.getByText('Enter every option.')).toBeVisible();
    await dialog.getByLabel('Answer 1', { exact: true }).fill('Not good');
    await dialog.getByLabel('Answer 2', { exact: true }).fill('Good');
    await dialog.getByRole('button', { name: 'Move answer 2 up' }).click();
    await expect(dialog.getByLabel('Answer 1', { exact: true })).toHaveValue('Good');
    await dialog.getByLabel('Answer required').check();
    await expectNoAxeViolations(page, 'question dialog');
  });
  await addQuestion(page, 'The walk', async (dialog) => {
    await dialog.getByLabel('Kind of question').selectOption({ label: 'Longer answer' });
    await dialog.getByLabel('Question', { exact: true }).fill('Anything else?');
  });
  await addQuestion(page, 'The walk', async (dialog) => {
    await dialog.getByLabel('Kind of question').selectOption({ label: 'Agree or disagree' });
    await dialog.getByLabel('Question', { exact: true }).fill('I would come again.');
    await dialog.getByLabel('Easy-read wording (optional)').fill('Would you come again?');
    await dialog.getByLabel('Offer "Prefer not to answer"').check();
  });
  await page.getByRole('button', { name: 'Move question 3 up' }).focus();
  await page.keyboard.press('Enter');
  const questions = page.locator('.builder-question strong');
  await expect(questions).toHaveText([
    'How was the walk?',
    'I would come again.',
    'Anything else?',
  ]);
  await expectNoAxeViolations(page, 'builder with questions');
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the walk' })).toBeVisible();
  const [form] = await readTable<{ id: string; latestVersion: number }>(page, 'surveyForms');
  expect(form?.latestVersion).toBe(1);

  // Hand it over.
  await page.getByRole('button', { name: 'Hand to participant' }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand to participant' });
  await handOver
    .getByLabel('Event')
    .selectOption({ label: 'Open space day, Sunday 1 November 2026' });
  await handOver.getByLabel('PIN (4 to 8 digits)').fill('2580');
  await handOver.getByLabel('Type the PIN again').fill('2581');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(handOver.getByText('The two PINs do not match.')).toBeVisible();
  await expectNoAxeViolations(page, 'hand-over dialog');
  await handOver.getByLabel('Type the PIN again').fill('2580');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${form?.id}/ev-1$`));
  await expect(page.getByRole('heading', { level: 1, name: 'After the walk' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(page, 'kiosk');

  // First person: a required answer is missing, then put right.
  await page.getByRole('button', { name: 'Send my answers' }).click();
  const first = page.getByRole('group', { name: /How was the walk\?/ });
  await expect(first.getByText('Answer this question.')).toBeVisible();
  await expect(first.getByRole('radio', { name: 'Good', exact: true })).toBeFocused();
  await first.getByRole('radio', { name: 'Good', exact: true }).check();
  await page
    .getByRole('group', { name: /I would come again/ })
    .getByRole('radio', { name: 'Agree', exact: true })
    .check();
  await page.getByLabel('Anything else?').fill('Lovely route.');
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect.poll(async () => (await readTable(page, 'surveyResponses')).length).toBe(1);

  // Second person, in easy read: one question per screen.
  await page.getByRole('button', { name: 'Start again for the next person' }).click();
  await page.getByRole('button', { name: 'Easy read' }).click();
  await expect(page.getByRole('button', { name: 'Easy read' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).not.toBeChecked();
  await expectNoAxeViolations(page, 'kiosk easy read');
  await page.getByRole('radio', { name: 'Not good' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('group', { name: /Would you come again\?/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Prefer not to answer' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  const responses = await readTable<StoredResponse>(page, 'surveyResponses');
  expect(responses).toHaveLength(2);
  const byAnswer = responses.map((r) =>
    Object.values(r.answers)
      .map((a) => a.optionId ?? a.text ?? a.kind)
      .sort(),
  );
  // The third answer is a choice whose option id is random, so it is not compared by value.
  const answeredFirst = byAnswer.find((answers) => answers.includes('Lovely route.'));
  expect(answeredFirst).toHaveLength(3);
  expect(answeredFirst).toContain('agree');
  expect(
    responses.every((r) => r.participantId === null && r.eventId === 'ev-1' && r.formVersion === 1),
  ).toBe(true);
  expect(responses.some((r) => Object.values(r.answers).some((a) => a.kind === 'declined'))).toBe(
    true,
  );

  // Large print.
  await page.evaluate(() => (document.documentElement.dataset.display = 'large'));
  await page.getByRole('button', { name: 'Start again for the next person' }).click();
  await page.getByRole('button', { name: 'Easy read' }).click();
  await expectNoAxeViolations(page, 'kiosk in large print');

  // Trying to leave.
  await page.evaluate(() => (window.location.hash = '#/surveys'));
  await expect(page).toHaveURL(/#\/kiosk\//);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveURL(/#\/kiosk\//);
  await page.getByRole('button', { name: 'Facilitator: leave' }).click();
  const pin = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await pin.getByLabel('Facilitator PIN').fill('1111');
  await pin.getByRole('button', { name: 'Unlock' }).click();
  await expect(pin.getByText('That PIN is not right.')).toBeVisible();
  await expectNoAxeViolations(page, 'kiosk PIN dialog');
  await expect(page).toHaveURL(/#\/kiosk\//);
  await pin.getByLabel('Facilitator PIN').fill('2580');
  await pin.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the walk' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/surveys/form/${form?.id}$`));
  await expect(page.getByText('2 responses so far.')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/surveys'));
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
  const settings = JSON.stringify(await readTable(page, 'settings'));
  expect(settings).not.toContain('2580');
});
