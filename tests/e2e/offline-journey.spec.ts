import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { person } from './board-support';
import { downloadFrom, pdfText } from './files';
import { EventsPage, readTable, seed } from './support';

/**
 * Issue 9, security: a whole working day through every area of the app, with every request
 * that is not to the app's own origin aborted and recorded, and any page or console error
 * counted as a failure. At the end the page must not be able to reach Node or a desktop bridge.
 */

const TASKFORCE = 'Offline taskforce';
const EVENT = 'Offline open space';
const PERSON = 'River Song';

function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Records what leaves (or tries to leave) the machine and what goes wrong in any page. */
async function guard(context: BrowserContext, origin: string) {
  const outside: string[] = [];
  const errors: string[] = [];
  const own = (url: string) =>
    url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (own(url)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('request', (request) => {
      if (!own(request.url())) outside.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return { outside, errors };
}

const nav = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true });

async function addPerson(page: Page, name: string) {
  await nav(page, 'People').click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Full name').fill(name);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function buildBoard(page: Page) {
  await page.getByRole('button', { name: 'Add time slot', exact: true }).click();
  const slot = page.getByRole('dialog', { name: 'Add a time slot' });
  await slot.getByLabel('Start').fill('10:00');
  await slot.getByLabel('End').fill('11:00');
  await slot.getByRole('button', { name: 'Save time slot' }).click();
  await expect(slot).toBeHidden();

  await page.getByRole('button', { name: 'Add space', exact: true }).click();
  const space = page.getByRole('dialog', { name: 'Add a space' });
  await space.getByLabel('Name').fill('Garden room');
  await space.getByLabel('Capacity').fill('12');
  await space.getByRole('button', { name: 'Save space' }).click();
  await expect(space).toBeHidden();

  await page.getByRole('button', { name: 'Add topic', exact: true }).click();
  const topic = page.getByRole('dialog', { name: 'Add a topic' });
  await topic.getByLabel('Title').fill('Access to GPs');
  await topic
    .getByLabel('Convener', { exact: true })
    .selectOption({ label: 'Someone else (type their name)' });
  await topic.getByLabel('Convener: name').fill('Sam Lee');
  await topic.getByRole('button', { name: 'Add topic' }).click();
  await expect(topic).toBeHidden();

  await page.getByRole('button', { name: 'Move… Access to GPs' }).click();
  const move = page.getByRole('dialog', { name: "Move 'Access to GPs'" });
  await move.getByLabel('Move to').selectOption({ label: '10:00, Garden room' });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(page.locator('[data-cell="10:00, Garden room"]')).toContainText('Access to GPs');
}

test('a full journey through every area sends nothing off the machine and reaches no Node', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { outside, errors } = await guard(context, new URL(baseURL ?? '').origin);

  // Events: a taskforce and an event, through the app. Others already on the register are seeded.
  const events = new EventsPage(page);
  await events.open();
  await seed(page, { people: [person('p-ana', 'Ana Diaz'), person('p-bo', 'Bo Chen')] });
  await events.createTaskforce({ name: TASKFORCE, theme: 'No network' });
  await events.addEvent(TASKFORCE, { title: EVENT, date: today(), venueName: 'Village hall' });
  const [event] = await readTable<{ id: string }>(page, 'events');
  if (!event) throw new Error('the event was not saved');

  // People: add someone, then check them in at the door.
  await addPerson(page, PERSON);
  await nav(page, 'Events').click();
  await events.eventItem(EVENT).getByRole('link', { name: EVENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await page.getByLabel('Find a person to check in').fill('river');
  await page.getByRole('button', { name: new RegExp(`^Check in ${PERSON}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: `Checked in ${PERSON}` })).toBeVisible();

  // Board: a slot, a space and a topic, placed without dragging; the venue screen follows.
  await page.getByRole('link', { name: 'Open-space board' }).click();
  await expect(page).toHaveURL(new RegExp(`#/board/${event.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Board: ${EVENT}` })).toBeVisible();
  await buildBoard(page);
  const venue = await context.newPage();
  await venue.goto(`/#/venue/${event.id}`);
  await expect(venue.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expect(venue.getByText('Access to GPs')).toBeVisible();
  await venue.close();

  // Voting: a proposal in the meeting's own words.
  await nav(page, 'Events').click();
  await events.eventItem(EVENT).getByRole('link', { name: EVENT }).click();
  await page.getByRole('link', { name: 'Proposals and votes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Proposals at / })).toBeVisible();
  await page.getByRole('button', { name: 'New proposal' }).click();
  const proposal = page.getByRole('dialog', { name: 'New proposal' });
  await expect(proposal.getByRole('radio', { name: 'Our own wording' })).toBeChecked();
  await proposal.getByLabel('Title').fill('Meet on Saturdays');
  await proposal.getByLabel('The proposal').fill('Hold the next meetings on Saturday mornings.');
  await proposal.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meet on Saturdays' })).toBeVisible();

  // Surveys: the event's forms.
  await nav(page, 'Events').click();
  await events.eventItem(EVENT).getByRole('link', { name: EVENT }).click();
  await page.getByRole('link', { name: 'Feedback and surveys' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^Feedback and surveys: ${EVENT}`) }),
  ).toBeVisible();

  // Expenses: the claims list.
  await nav(page, 'Expenses').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expenses' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No expense claims yet' })).toBeVisible();

  // Reports: the event report saved as a PDF (a blob: download), then a backup.
  await nav(page, 'Reports').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and records' })).toBeVisible();
  await page.getByLabel('Event', { exact: true }).selectOption(event.id);
  await page.getByRole('link', { name: 'Open the event report' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Event report: ${EVENT}` }),
  ).toBeVisible();
  const report = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save as PDF' }).click(),
  );
  expect(pdfText(report)).toContain(`Event report: ${EVENT}`);
  await nav(page, 'Reports').click();
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save a backup' }).click(),
  );
  expect(backup.bytes.toString('utf8')).toContain('"two-feet-backup"');

  // Settings.
  await nav(page, 'Settings').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // The page is a web page only: no Node and, in the browser, no desktop bridge.
  expect(
    await page.evaluate(() => ({
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      module: typeof (window as { module?: unknown }).module,
      bridge: 'twoFeet' in window,
    })),
  ).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: false });
  expect(outside, 'requests that left the machine').toEqual([]);
  expect(errors, 'page and console errors').toEqual([]);
});
