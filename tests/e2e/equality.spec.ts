import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { EqualityResponse } from '../../src-renderer/domain/people/equality';
import type { Membership } from '../../src-renderer/domain/people/membership';
import type { Person } from '../../src-renderer/domain/people/person';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import type { Taskforce } from '../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { expectNoAxeViolations, readTable, seed } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

function person(id: string, name: string): Person {
  return personRecord({ ...emptyPersonInput(), name }, meta(id));
}

/** Opens a screen of this app first, so the database exists at its latest version. */
async function start(page: Page) {
  await page.goto('/#/people/reach');
  await expect(page.getByRole('heading', { level: 1, name: 'Reach report' })).toBeVisible();
}

test('"Prefer not to say" is stored apart from unanswered; special category needs consent', async ({
  page,
}) => {
  await start(page);
  await seed(page, { people: [person('p-kim', 'Kim Park')] });
  await page.goto('/#/people/p-kim');
  await expect(page.getByRole('heading', { name: 'Equality monitoring (optional)' })).toBeVisible();
  await expect(page.getByText('to check we reach the communities we aim to')).toBeVisible();
  await page.getByRole('button', { name: 'Answer equality questions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Equality monitoring: Kim Park' });
  await expectNoAxeViolations(page, 'Equality monitoring dialog');
  await dialog.getByLabel('What is your age?').selectOption({ label: '25 to 34' });
  await dialog
    .getByLabel('What is your ethnic group?')
    .selectOption({ label: 'Prefer not to say' });
  await dialog.getByRole('button', { name: 'Save answers' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/1 of 9 questions answered, 1 “Prefer not to say”, 7 not answered/),
  ).toBeVisible();

  const [stored] = await readTable<EqualityResponse>(page, 'equalityResponses');
  expect(stored?.answers).toEqual({ age: '25-to-34', ethnicity: 'prefer-not-to-say' });
  expect(stored?.answers).not.toHaveProperty('religion');

  // A religion answer is special category data: refused without explicit consent.
  await page.getByRole('button', { name: 'Change equality answers' }).click();
  const again = page.getByRole('dialog', { name: 'Equality monitoring: Kim Park' });
  await again.getByLabel('What is your religion?').selectOption({ label: 'Buddhist' });
  await again.getByRole('button', { name: 'Save answers' }).click();
  const religion = again.getByLabel('What is your religion?');
  await expect(religion).toHaveAttribute('aria-invalid', 'true');
  await expect(religion).toBeFocused();
  await expect(again).toContainText(
    'which can only be kept with explicit consent for religion or belief data',
  );
  await expectNoAxeViolations(page, 'Equality monitoring dialog with an error');
  expect(await readTable<EqualityResponse>(page, 'equalityResponses')).toEqual([stored]);
  await again.getByRole('button', { name: 'Cancel' }).click();

  // Removing the answers takes away its own button, so focus moves to the section heading.
  await page.getByRole('button', { name: 'Remove equality answers' }).click();
  await page
    .getByRole('dialog', { name: 'Remove equality answers?' })
    .getByRole('button', { name: 'Remove answers' })
    .click();
  await expect(page.getByText('No equality monitoring answers have been given.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Equality monitoring (optional)' }),
  ).toBeFocused();
  expect(await readTable(page, 'equalityResponses')).toEqual([]);
});

test('the reach report shows totals only, with small counts suppressed', async ({ page }) => {
  await start(page);
  const taskforce: Taskforce = {
    ...emptyTaskforceInput(),
    ...meta('tf-1'),
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
  };
  const people = Array.from({ length: 12 }, (_, i) => person(`p-${i}`, `Person Number${i}`));
  const memberships: Membership[] = people.map((p) => ({
    ...meta(`m-${p.id}`),
    personId: p.id,
    taskforceId: 'tf-1',
    role: 'member',
    joinedOn: '2025-01-01',
  }));
  // Six people aged 25 to 34, four aged 65 to 74 and two who did not give their age: the
  // four and the two must not show.
  const responses: EqualityResponse[] = people.map((p, i) => ({
    ...meta(`eq-${p.id}`),
    personId: p.id,
    answers: i < 6 ? { age: '25-to-34' } : i < 10 ? { age: '65-to-74' } : { sex: 'female' },
    givenAt: NOW,
  }));
  await seed(page, { taskforces: [taskforce], people, memberships, equalityResponses: responses });
  await page.getByLabel('Report on').selectOption({ label: 'LGBT & Cancer (current members)' });
  await expect(
    page.getByText('12 people in scope; 12 answered equality monitoring.'),
  ).toBeVisible();
  const age = page.getByRole('table', { name: 'Age', exact: true });
  const count = (row: string) => age.getByRole('row', { name: row }).getByRole('cell');
  await expect(count('25 to 34')).toHaveText('6');
  await expect(count('65 to 74')).toHaveText('fewer than 5');
  await expect(count('Not answered')).toHaveText('fewer than 5');
  await expect(count('18 to 24')).toHaveText('0');
  await expect(page.getByText(/counts under 5 are shown as "fewer than 5"/)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Number');
  await expectNoAxeViolations(page, 'Reach report');
});

test('the 19 ethnicity categories are only offered when no broad group is small', async ({
  page,
}) => {
  await start(page);
  const taskforce = (id: string, name: string): Taskforce => ({
    ...emptyTaskforceInput(),
    ...meta(id),
    name,
    theme: 'Health',
  });
  // Small: Asian 6 (Indian 4, Chinese 2), White 10. Asian 6 beside "Chinese: fewer than 5"
  // would give the hidden counts away. Large: Asian 10, White 10 (or empty groups).
  const small = [
    ...Array<string>(4).fill('asian-indian'),
    ...Array<string>(2).fill('asian-chinese'),
    ...Array<string>(10).fill('white-irish'),
  ];
  const large = [
    ...Array<string>(10).fill('asian-indian'),
    ...Array<string>(10).fill('white-irish'),
  ];
  const people: Person[] = [];
  const memberships: Membership[] = [];
  const responses: EqualityResponse[] = [];
  for (const [tf, codes] of [
    ['tf-small', small],
    ['tf-large', large],
  ] as const) {
    codes.forEach((code, i) => {
      const p = person(`p-${tf}-${i}`, `Someone Number${i}`);
      people.push(p);
      memberships.push({
        ...meta(`m-${p.id}`),
        personId: p.id,
        taskforceId: tf,
        role: 'member',
        joinedOn: '2025-01-01',
      });
      responses.push({
        ...meta(`eq-${p.id}`),
        personId: p.id,
        answers: { ethnicity: code },
        givenAt: NOW,
      });
    });
  }
  await seed(page, {
    taskforces: [taskforce('tf-small', 'Small group'), taskforce('tf-large', 'Large group')],
    people,
    memberships,
    equalityResponses: responses,
  });
  const detail = page.getByLabel('Ethnicity detail');
  const race = page.getByRole('table', { name: 'Race', exact: true });

  await page.getByLabel('Report on').selectOption({ label: 'Large group (current members)' });
  await expect(
    page.getByText('20 people in scope; 20 answered equality monitoring.'),
  ).toBeVisible();
  await detail.selectOption({ label: 'All 19 categories' });
  await expect(race.getByRole('row', { name: 'Indian' }).getByRole('cell')).toHaveText('10');

  await page.getByLabel('Report on').selectOption({ label: 'Small group (current members)' });
  await expect(
    page.getByText('16 people in scope; 16 answered equality monitoring.'),
  ).toBeVisible();
  await expect(detail).toHaveCount(0);
  await expect(page.getByText(/The 19 ethnicity categories are not offered/)).toBeVisible();
  // Only the five groups are shown, even though the categories were chosen before.
  await expect(
    race.getByRole('row', { name: 'Asian, Asian British or Asian Welsh' }).getByRole('cell'),
  ).toHaveText('6');
  await expect(race.getByRole('row', { name: 'Indian' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Reach report without the 19 categories');
});
