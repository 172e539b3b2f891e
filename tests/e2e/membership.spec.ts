import { expect, test } from './test';
import { addPerson } from '../fixtures/people/pages';
import { EventsPage, expectNoAxeViolations, readTable } from './support';

interface StoredMembership {
  personId: string;
  taskforceId: string;
  role: string;
  joinedOn: string;
  leftOn?: string;
}

test('a person joins a taskforce, is refused an overlapping membership, leaves, and shows as a past member', async ({
  page,
}) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT communities' });
  await addPerson(page, { name: 'Sam Lee' });

  const section = page.getByRole('region', { name: 'Taskforces' });
  await expect(section.getByText('Sam Lee is not in any taskforce yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Join a taskforce' }).click();
  const join = page.getByRole('dialog', { name: 'Sam Lee joins a taskforce' });
  await expect(join.getByLabel('Taskforce')).toHaveValue(/.+/);
  await join.getByLabel('Role').selectOption({ label: 'Steering group' });
  await join.getByLabel('Date they joined').fill('2025-01-10');
  await join.getByRole('button', { name: 'Join taskforce' }).click();
  await expect(join).toBeHidden();
  const row = section.getByRole('row').filter({ hasText: 'LGBT & Cancer' });
  await expect(row).toContainText('Steering group');
  await expect(row).toContainText('Friday 10 January 2025');
  await expect(row).toContainText('Current');

  // A second, overlapping membership is refused at the date.
  await section.getByRole('button', { name: 'Join a taskforce' }).click();
  await join.getByLabel('Date they joined').fill('2025-03-01');
  await join.getByRole('button', { name: 'Join taskforce' }).click();
  await expect(join.getByLabel('Date they joined')).toHaveAccessibleDescription(
    /already in this taskforce \(Steering group\)/,
  );
  await expect(join.getByLabel('Date they joined')).toBeFocused();
  await expectNoAxeViolations(page, 'the join dialog with an error');
  await join.getByRole('button', { name: 'Cancel' }).click();
  expect(await readTable(page, 'memberships')).toHaveLength(1);

  await section.getByRole('button', { name: 'Record leaving LGBT & Cancer' }).click();
  const leave = page.getByRole('dialog', { name: 'Sam Lee leaves LGBT & Cancer' });
  await leave.getByLabel('Date they left').fill('2024-12-31');
  await leave.getByRole('button', { name: 'Record leaving' }).click();
  await expect(leave.getByLabel('Date they left')).toHaveAccessibleDescription(
    /cannot be before the date they joined/,
  );
  await leave.getByLabel('Date they left').fill('2025-06-01');
  await leave.getByRole('button', { name: 'Record leaving' }).click();
  await expect(leave).toBeHidden();
  await expect(row).toContainText('Past');
  // The Record leaving button has gone with the current membership: focus is on the section.
  await expect(section.getByRole('button', { name: /Record leaving/ })).toHaveCount(0);
  await expect(section.getByRole('heading', { name: 'Taskforces' })).toBeFocused();
  const [membership] = await readTable<StoredMembership>(page, 'memberships');
  expect(membership).toMatchObject({
    role: 'steering-group',
    joinedOn: '2025-01-10',
    leftOn: '2025-06-01',
  });

  await row.getByRole('link', { name: 'LGBT & Cancer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LGBT & Cancer' })).toBeVisible();
  const current = page.getByRole('region', { name: 'Current members' });
  const past = page.getByRole('region', { name: 'Past members' });
  await expect(current.getByText('No one is a member at the moment.')).toBeVisible();
  await expect(past.getByRole('link', { name: 'Sam Lee' })).toBeVisible();
  await expect(past.getByRole('row').filter({ hasText: 'Sam Lee' })).toContainText(
    'Sunday 1 June 2025',
  );
  await expectNoAxeViolations(page, 'the taskforce members page');

  // Rejoining from the day they left is allowed: they are current again.
  await past.getByRole('link', { name: 'Sam Lee' }).click();
  await section.getByRole('button', { name: 'Join a taskforce' }).click();
  await join.getByLabel('Date they joined').fill('2025-06-01');
  await join.getByRole('button', { name: 'Join taskforce' }).click();
  await expect(join).toBeHidden();
  await page.goto(`/#/events/taskforce/${membership?.taskforceId ?? ''}`);
  await expect(current.getByRole('link', { name: 'Sam Lee' })).toBeVisible();
  await expect(past.getByText('No one has left this taskforce.')).toBeVisible();
});

test('a taskforce that does not exist shows not found', async ({ page }) => {
  await page.goto('/#/events/taskforce/no-such-taskforce');
  await expect(page.getByRole('heading', { level: 1, name: 'Taskforce not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to events' })).toBeVisible();
});
