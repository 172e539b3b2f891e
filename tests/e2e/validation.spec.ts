import { expect, test } from './test';
import { EventsPage, readTable } from './support';

test('bad taskforce input shows errors at the fields and writes nothing', async ({ page }) => {
  const events = new EventsPage(page);
  await events.open();
  await page.getByRole('button', { name: 'New taskforce' }).click();
  const dialog = page.getByRole('dialog', { name: 'New taskforce' });
  await dialog.getByLabel('Name', { exact: true }).fill('   ');
  await dialog.getByLabel('Description').fill('x'.repeat(5001));
  await dialog.getByRole('button', { name: 'Save taskforce' }).click();

  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter a name.');
  await expect(dialog.getByLabel('Theme')).toHaveAccessibleDescription(/Enter a theme\./);
  await expect(dialog.getByLabel('Description')).toHaveAccessibleDescription(
    'The description must be 5000 characters or fewer (it has 5001).',
  );
  expect(await readTable(page, 'taskforces')).toEqual([]);

  await name.fill('Fixed name');
  await dialog.getByLabel('Theme').fill('A theme');
  await dialog.getByLabel('Description').fill('Short');
  await dialog.getByRole('button', { name: 'Save taskforce' }).click();
  await expect(dialog).toBeHidden();
  expect(await readTable(page, 'taskforces')).toHaveLength(1);
});

test('an event ending before it starts, without a date or venue, is refused at the fields', async ({
  page,
}) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT' });
  await page.getByRole('button', { name: 'Add event to LGBT & Cancer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Title').fill('<script>alert(1)</script>');
  await dialog.getByLabel('Start time').fill('14:00');
  await dialog.getByLabel('End time').fill('11:00');
  await dialog.getByRole('button', { name: 'Save event' }).click();

  await expect(dialog.getByLabel('Date')).toHaveAccessibleDescription('Enter a real date.');
  await expect(dialog.getByLabel('End time')).toHaveAccessibleDescription(
    'The end time must be after the start time.',
  );
  await expect(dialog.getByLabel('Venue name')).toHaveAccessibleDescription(
    'Enter the venue name.',
  );
  await expect(dialog.getByLabel('Date')).toBeFocused();
  expect(await readTable(page, 'events')).toEqual([]);

  await dialog.getByLabel('Date').fill('2027-01-15');
  await dialog.getByLabel('End time').fill('16:00');
  await dialog.getByLabel('Venue name').fill('Hall');
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(dialog).toBeHidden();
  // Hostile text is stored as typed and shown as text, never run.
  await expect(page.getByRole('heading', { name: '<script>alert(1)</script>' })).toBeVisible();
  expect(await readTable(page, 'events')).toEqual([
    expect.objectContaining({ title: '<script>alert(1)</script>' }),
  ]);
});
