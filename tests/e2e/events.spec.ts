import { expect, test } from './test';
import { EventsPage, readTable } from './support';

function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('a facilitator creates a taskforce and an event, and they are still there after a reload', async ({
  page,
}) => {
  const events = new EventsPage(page);
  await events.open();
  await expect(page.getByRole('heading', { name: 'No taskforces yet' })).toBeVisible();

  await events.createTaskforce({
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
    communities: 'Trans people\nOlder gay men',
  });
  await events.addEvent('LGBT & Cancer', {
    title: 'Spring engagement event',
    date: isoDateFromToday(30),
    venueName: 'Leeds Community Centre',
    startTime: '10:30',
    endTime: '15:00',
  });
  await expect(events.eventItem('Spring engagement event')).toContainText('Upcoming');

  await page.reload();
  await expect(events.eventItem('Spring engagement event')).toContainText('Leeds Community Centre');
  await expect(page.getByText('Reaching: Trans people, Older gay men')).toBeVisible();

  const [taskforce] = await readTable<{
    id: string;
    name: string;
    communities: string[];
    version: number;
  }>(page, 'taskforces');
  expect(taskforce).toMatchObject({
    name: 'LGBT & Cancer',
    communities: ['Trans people', 'Older gay men'],
    version: 1,
  });
  const stored = await readTable<{ taskforceId: string; title: string; startTime: string }>(
    page,
    'events',
  );
  expect(stored).toEqual([
    expect.objectContaining({
      taskforceId: taskforce?.id,
      title: 'Spring engagement event',
      startTime: '10:30',
    }),
  ]);
});

test('edits an event, and deleting asks first and can be cancelled', async ({ page }) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'Older People & Cancer', theme: 'Older people' });
  await events.addEvent('Older People & Cancer', {
    title: 'Tea and talk',
    date: isoDateFromToday(10),
    venueName: 'Library',
  });

  await events.eventItem('Tea and talk').getByRole('button', { name: 'Edit Tea and talk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Tea and talk' });
  await dialog.getByLabel('Title').fill('Tea, talk and cake');
  await dialog.getByLabel('Hearing loop').check();
  await dialog.getByRole('button', { name: 'Save event' }).click();
  await expect(events.eventItem('Tea, talk and cake')).toContainText('Hearing loop');
  expect(await readTable(page, 'events')).toEqual([
    expect.objectContaining({ title: 'Tea, talk and cake', version: 2 }),
  ]);

  await events
    .eventItem('Tea, talk and cake')
    .getByRole('button', { name: 'Delete Tea, talk and cake' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete Tea, talk and cake?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(events.eventItem('Tea, talk and cake')).toBeVisible();
  expect(await readTable(page, 'events')).toHaveLength(1);

  await events
    .eventItem('Tea, talk and cake')
    .getByRole('button', { name: 'Delete Tea, talk and cake' })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete Tea, talk and cake?' })
    .getByRole('button', { name: 'Delete event' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Event "Tea, talk and cake" deleted.' }),
  ).toBeVisible();
  await expect(events.eventItem('Tea, talk and cake')).toHaveCount(0);
  expect(await readTable(page, 'events')).toEqual([]);
  expect(await readTable(page, 'tombstones')).toEqual([
    expect.objectContaining({ table: 'events' }),
  ]);
});

test('deleting a taskforce says how many events go with it', async ({ page }) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'Mental Health & Cancer', theme: 'Mental health' });
  await events.addEvent('Mental Health & Cancer', {
    title: 'Listening day',
    date: isoDateFromToday(5),
    venueName: 'Hub',
  });
  await events.addEvent('Mental Health & Cancer', {
    title: 'Review day',
    date: isoDateFromToday(40),
    venueName: 'Hub',
  });
  await page.getByRole('button', { name: 'Delete taskforce Mental Health & Cancer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Mental Health & Cancer?' });
  await expect(confirm).toContainText('and its 2 events');
  await confirm.getByRole('button', { name: 'Delete taskforce' }).click();
  await expect(page.getByRole('heading', { name: 'No taskforces yet' })).toBeVisible();
  expect(await readTable(page, 'taskforces')).toEqual([]);
  expect(await readTable(page, 'events')).toEqual([]);
});

test('the list tells past from upcoming, sorts by date and searches as you type', async ({
  page,
}) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT' });
  await events.addEvent('LGBT & Cancer', {
    title: 'Later meeting',
    date: isoDateFromToday(60),
    venueName: 'Town Hall',
  });
  await events.addEvent('LGBT & Cancer', {
    title: 'Sooner meeting',
    date: isoDateFromToday(3),
    venueName: 'Church Hall',
  });
  await events.addEvent('LGBT & Cancer', {
    title: 'Last year meeting',
    date: isoDateFromToday(-300),
    venueName: 'Town Hall',
  });

  const upcoming = page.getByRole('list', { name: 'Upcoming events of LGBT & Cancer' });
  await expect(upcoming.getByRole('heading')).toHaveText(['Sooner meeting', 'Later meeting']);
  await expect(page.getByRole('list', { name: 'Past events of LGBT & Cancer' })).toBeHidden();
  await page.getByText('Show 1 past event').click();
  await expect(events.eventItem('Last year meeting')).toContainText('Past');

  await page.getByRole('searchbox', { name: 'Search events' }).pressSequentially('town');
  await expect(
    page.getByRole('status').filter({ hasText: '2 events match “town”.' }),
  ).toBeAttached();
  await expect(events.eventItem('Sooner meeting')).toHaveCount(0);
  await expect(events.eventItem('Last year meeting')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search events' }).fill('nothing like this');
  await expect(page.getByText('No events match “nothing like this”.')).toBeVisible();
});
