import { expect, test } from './test';
import { event, taskforce } from './surveys-fixtures';
import { expectNoAxeViolations, readTable, seed } from './support';

test('builder measures and confirmations, the event list of forms, waves and the PIN screen', async ({
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

  // A blank survey built from measures; removing a section asks first.
  await page.getByRole('link', { name: 'New: Blank form' }).click();
  await page.getByLabel('Title').fill('Short survey');
  await page.getByLabel('What the form is for').selectOption('survey');
  await page
    .getByLabel('Measure', { exact: true })
    .selectOption({ label: 'Making a difference: ONS personal well-being: worthwhile' });
  await page.getByRole('button', { name: 'Add the measure' }).click();
  await page
    .getByLabel('Measure', { exact: true })
    .selectOption({ label: 'Confidence: General Self-Efficacy Scale' });
  await page.getByRole('button', { name: 'Add the measure' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Confidence' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove section Confidence' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this section?' });
  await expectNoAxeViolations(page, 'remove section confirmation');
  await confirm.getByRole('button', { name: 'Remove section' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Confidence' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Edit question 1:/ }).click();
  const item = page.getByRole('dialog', { name: 'Edit question' });
  await expect(item.getByLabel('Kind of question')).toHaveCount(0);
  await item.getByLabel('Easy-read wording (optional)').fill('Is what you do worth doing?');
  await item.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Short survey' })).toBeVisible();
  const [version] = await readTable<{
    purpose: string;
    sections: { instrument?: { instrumentId: string } }[];
  }>(page, 'surveyFormVersions');
  expect(version?.purpose).toBe('survey');
  expect(version?.sections.map((s) => s.instrument?.instrumentId)).toEqual(['ons-worthwhile']);

  // The forms for one event.
  await page.goto('/#/surveys/event/ev-1');
  await expect(
    page.getByRole('heading', { level: 1, name: /Feedback and surveys: Open space day/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'event forms');
  await page.getByRole('button', { name: 'Hand to participant: Short survey' }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand to participant' });
  await expect(handOver.getByLabel('Event')).toHaveValue('ev-1');
  await expect(handOver.getByText('Nobody is checked in at this event yet.')).toBeVisible();
  await handOver.getByRole('button', { name: 'Cancel' }).click();

  // Waves for the taskforce.
  await page.goto('/#/surveys/due');
  await page.getByRole('button', { name: 'Change the waves' }).click();
  const waves = page.getByRole('dialog', { name: 'Survey waves: Mental health taskforce' });
  await waves.getByLabel('Wave 2: months after the baseline').fill('3');
  await waves.getByLabel('Wave 2 name').fill('3-month follow-up');
  await waves.getByLabel('Wave 3: months after the baseline').fill('2');
  await waves.getByRole('button', { name: 'Save waves' }).click();
  await expect(
    waves.getByText('Enter a whole number of months, later than the wave before.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'wave schedule dialog');
  await waves.getByLabel('Wave 3: months after the baseline').fill('12');
  await waves.getByRole('button', { name: 'Save waves' }).click();
  await expect(waves).toBeHidden();
  await expect(page.getByText('3-month follow-up (3 months)')).toBeVisible();
  const [stored] = await readTable<{ schedule: { waves: { monthsAfterBaseline: number }[] } }>(
    page,
    'surveySchedules',
  );
  expect(stored?.schedule.waves.map((w) => w.monthsAfterBaseline)).toEqual([0, 3, 12]);

  // The PIN screen: set, then change only with the current PIN.
  await page.getByRole('link', { name: 'Kiosk PIN' }).click();
  await expectNoAxeViolations(page, 'kiosk PIN screen');
  await page.getByLabel('PIN (4 to 8 digits)').fill('1111');
  await page.getByLabel('Type the PIN again').fill('1111');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByText('Choose a PIN that is not the same digit repeated.')).toBeVisible();
  await page.getByLabel('PIN (4 to 8 digits)').fill('3691');
  await page.getByLabel('Type the PIN again').fill('3691');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByLabel('Current PIN')).toBeVisible();
  await page.getByLabel('Current PIN').fill('0000');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Change PIN' }).click();
  await expect(page.getByText('That is not the current PIN.')).toBeVisible();
  expect(JSON.stringify(await readTable(page, 'settings'))).not.toContain('3691');
});
