import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { type AttendanceStatus, register } from '../../src-renderer/domain/people/attendance';
import type { ConsentDecision, ConsentRecord } from '../../src-renderer/domain/people/consent';
import type { ConsentPurpose } from '../../src-renderer/domain/people/consent-purposes';
import {
  type Person,
  emptyPersonInput,
  personRecord,
} from '../../src-renderer/domain/people/person';
import { createdMeta } from '../../src-renderer/domain/record';
import { downloadFrom, pdfText } from './files';
import { EventsPage, expectNoAxeViolations, readTable, seed } from './support';

const NOW = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

function person(id: string, name: string, preferredName = '', pronouns = ''): Person {
  return personRecord(
    { ...emptyPersonInput(), name, preferredName, pronouns },
    createdMeta(id, NOW),
  );
}

function consent(
  personId: string,
  purpose: ConsentPurpose,
  decision: ConsentDecision = 'granted',
): ConsentRecord {
  return {
    ...createdMeta(`consent-${personId}-${purpose}`, NOW),
    personId,
    purpose,
    decision,
    formId: 'form-1',
    formVersion: 1,
    wording: `Statement for ${purpose}.`,
    method: 'paper',
    recordedBy: 'Test seed',
    at: NOW.now,
  };
}

function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A taskforce and one event, made through the app; answers the event's id. */
async function addEvent(page: Page, title = 'Spring gathering'): Promise<string> {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT communities' });
  await events.addEvent('LGBT & Cancer', {
    title,
    date: today(),
    venueName: 'Leeds Community Centre',
  });
  const [event] = await readTable<{ id: string }>(page, 'events');
  if (!event) throw new Error('the event was not saved');
  return event.id;
}

/** Seeds people already on the event's list with the given status, then opens the event. */
async function openWithPeople(page: Page, eventId: string, people: Person[], rows = {}) {
  const status: AttendanceStatus = 'registered';
  const attendance = people.map((p) => ({
    ...register(undefined, { eventId, personId: p.id }, `a-${p.id}`, NOW).attendance,
    status,
  }));
  await seed(page, { people, attendance, ...rows });
  await page.goto(`/#/events/${eventId}`);
}

const count = (page: Page, dt: string) =>
  page.locator('.checkin-counts__item').filter({ hasText: dt }).locator('dd');

interface StoredAttendance {
  personId: string;
  status: string;
  walkIn: boolean;
}

const checkedIn = async (page: Page) =>
  (await readTable<StoredAttendance>(page, 'attendance'))
    .filter((a) => a.status === 'checked-in')
    .map((a) => a.personId)
    .sort();

test('registers people, checks in two by keyboard and a walk-in, undoes one, prints the sheet and badges', async ({
  page,
}) => {
  // A long journey with two PDFs: on a busy 2-core machine it can pass 30 s.
  test.slow();
  const events = new EventsPage(page);
  await addEvent(page);
  await seed(page, {
    people: [
      person('p-luke', 'Łukasz Nowak', 'Luke', 'he/him'),
      person('p-amara', 'Amara Okafor', '', 'she/her'),
      person('p-sam', 'Samuel Jones', 'Sam', 'they/them'),
    ],
    consentRecords: [
      consent('p-luke', 'photosAndRecordings'),
      consent('p-sam', 'contactAboutEvents'),
    ],
  });

  await events
    .eventItem('Spring gathering')
    .getByRole('link', { name: 'Spring gathering' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spring gathering' })).toBeVisible();
  await expect(page.getByText('Leeds Community Centre')).toBeVisible();
  await expect(page.getByText('Nobody is on the list for this event yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'the event page with nobody on the list');

  // Before the day: two registered, one invited. Focus goes back to the search box each time.
  const register = page.getByRole('region', { name: 'Invite or register people' });
  const registerSearch = register.getByLabel('Search the register');
  await registerSearch.fill('luke');
  await expect(register).not.toContainText('Łukasz');
  await register.getByRole('button', { name: 'Register Luke' }).click();
  await expect(register.getByText('Registered', { exact: false })).toBeVisible();
  await expect(registerSearch).toBeFocused();
  await registerSearch.fill('okafor');
  await register.getByRole('button', { name: 'Register Amara Okafor' }).click();
  await expect(registerSearch).toBeFocused();
  await registerSearch.fill('sam');
  await register.getByRole('button', { name: 'Invite Sam' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Invited Sam.' })).toBeVisible();
  await expect(registerSearch).toBeFocused();
  await expect(count(page, 'Invited')).toHaveText('1');
  await expect(count(page, 'Registered')).toHaveText('2');

  // At the door, by keyboard alone: type, arrow down or Tab to the row, Enter.
  const search = page.getByLabel('Find a person to check in');
  await search.focus();
  await page.keyboard.type('luk');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Check in Luke/ })).toBeFocused();
  await expect(page.locator('#checkin-results')).not.toContainText('Łukasz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Checked in Luke' })).toBeVisible();
  await expect(page.getByText('Łukasz')).toHaveCount(0);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  await page.keyboard.type('amara');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Walk-in: add someone new' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Check in Amara Okafor/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Checked in Amara Okafor' }),
  ).toBeVisible();

  // A walk-in, added on the spot.
  await page.getByRole('button', { name: 'Walk-in: add someone new' }).click();
  const dialog = page.getByRole('dialog', { name: 'Walk-in: add someone new' });
  await expect(dialog.getByLabel('Full name')).toBeFocused();
  await expectNoAxeViolations(page, 'the walk-in dialog');
  await dialog.getByLabel('Full name').fill('Nguyễn Văn An');
  await dialog.getByLabel('Pronouns').fill('he/him');
  await dialog.getByLabel('Email').fill('not an email');
  await dialog.getByRole('button', { name: 'Add and check in' }).click();
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  expect(await readTable(page, 'people')).toHaveLength(3);
  await dialog.getByLabel('Email').fill('an@example.org');
  await dialog.getByRole('button', { name: 'Add and check in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Checked in Nguyễn Văn An (walk-in)' }),
  ).toBeVisible();
  await expect(search).toBeFocused();
  await expect(count(page, 'Checked in')).toHaveText('3');
  await expect(count(page, 'Walk-ins')).toHaveText('1');
  await expect(count(page, 'Registered')).toHaveText('0');

  const attendance = await readTable<StoredAttendance>(page, 'attendance');
  expect(attendance.filter((a) => a.status === 'checked-in')).toHaveLength(3);
  const people = await readTable<{ id: string; name: string }>(page, 'people');
  const walkIn = people.find((p) => p.name === 'Nguyễn Văn An');
  expect(walkIn).toBeDefined();
  expect(attendance.filter((a) => a.walkIn).map((a) => a.personId)).toEqual([walkIn?.id]);

  // Checked in by mistake: undo, by keyboard; focus stays on the page, in the search box.
  await search.fill('amara');
  await expect(page.getByText(/Checked in at \d\d:\d\d/)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Undo check-in for Amara Okafor' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Check-in undone for Amara Okafor' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Check in Amara Okafor/ })).toBeVisible();
  await expect(search).toBeFocused();
  await expect(count(page, 'Checked in')).toHaveText('2');
  await expect(count(page, 'Registered')).toHaveText('1');
  const afterUndo = await readTable<StoredAttendance>(page, 'attendance');
  expect(afterUndo.find((a) => a.personId === 'p-amara')?.status).toBe('registered');

  const list = page.getByRole('table', { name: 'Checked in, by name' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('Luke');
  await expect(list).not.toContainText('Łukasz');
  await expect(list).toContainText('Walk-in');
  await expect(list).not.toContainText('Amara');
  await search.fill('');
  await expectNoAxeViolations(page, 'the event page with people');

  // Paper for the day: only the names people go by; the sheet leaves out Sam, only invited.
  const sheet = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download sign-in sheet (PDF)' }).click(),
  );
  expect(sheet.name).toBe('sign-in-sheet-spring-gathering.pdf');
  const sheetText = pdfText(sheet);
  for (const name of ['Luke', 'Amara Okafor', 'Nguyễn Văn An', 'Signature']) {
    expect(sheetText).toContain(name);
  }
  for (const hidden of ['Łukasz', 'Nowak', 'Sam', 'Samuel Jones']) {
    expect(sheetText).not.toContain(hidden);
  }
  expect(sheetText).toContain('Leeds Community Centre');

  const badges = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download name badges (PDF)' }).click(),
  );
  expect(badges.name).toBe('badges-spring-gathering.pdf');
  const badgeText = pdfText(badges);
  for (const name of ['Luke', 'Amara Okafor', 'Sam', 'Nguyễn Văn An']) {
    expect(badgeText).toContain(name);
  }
  for (const hidden of ['Łukasz', 'Nowak', 'Samuel', 'Jones']) {
    expect(badgeText).not.toContain(hidden);
  }
  // Everyone but Luke, who consented to photos: Amara, Sam and the walk-in.
  expect(badgeText.match(/No photos/g)).toHaveLength(3);

  // The person page lists the event.
  await page.goto('/#/people/p-luke');
  const section = page.getByRole('region', { name: 'Events' });
  await expect(section.getByRole('link', { name: 'Spring gathering' })).toBeVisible();
  await expect(section).toContainText(/Checked in at \d\d:\d\d/);
});

test('typing fast then ↓ Enter checks in the person typed, even on a slow laptop', async ({
  page,
}) => {
  const eventId = await addEvent(page, 'Big day');
  const people = Array.from({ length: 200 }, (_, i) =>
    person(`p-${i}`, `Alex Person${String(i).padStart(3, '0')}`),
  );
  people.push(person('p-zed', 'Zed Quinn'));
  await openWithPeople(page, eventId, people);
  await expect(page.locator('#checkin-results [data-row-action]')).toHaveCount(50);

  // Faster than any background render: the letters, ↓ and Enter in one task of the page, so
  // React cannot catch up in between. The rows under the keyboard must already match "zed".
  await page.evaluate(async () => {
    const input = document.getElementById('checkin-search') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    input.focus();
    for (const text of ['z', 'ze', 'zed']) {
      setValue?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve(); // urgent updates only: no new task starts here
    }
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    (document.activeElement as HTMLElement).click(); // what Enter does on a focused button
  });
  await expect.poll(() => checkedIn(page)).toEqual(['p-zed']);
  await expect(page.getByRole('status').filter({ hasText: 'Checked in Zed Quinn' })).toBeVisible();

  // The same with real key presses on a laptop six times slower.
  const search = page.getByLabel('Find a person to check in');
  await expect(search).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.keyboard.type('person199');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => checkedIn(page), { timeout: 15_000 }).toEqual(['p-199', 'p-zed']);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('people who go by the same name are told apart at the door; others show one name', async ({
  page,
}) => {
  const eventId = await addEvent(page);
  await openWithPeople(page, eventId, [
    person('p-1', 'Samuel Jones', 'Sam'),
    person('p-2', 'Samira Khan', 'Sam'),
    person('p-3', 'Łukasz Nowak', 'Luke'),
  ]);
  const results = page.locator('#checkin-results');
  await expect(page.getByRole('button', { name: /^Check in Sam Samuel Jones/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Check in Sam Samira Khan/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Check in Luke/ })).toBeVisible();
  await expect(results).not.toContainText('Łukasz');
  // Alone in the results, Sam needs no second name.
  await page.getByLabel('Find a person to check in').fill('samira');
  await expect(page.getByRole('button', { name: /^Check in Sam/ })).toHaveCount(1);
  await expect(results).not.toContainText('Samira Khan');
});

test('invitations follow consent to be contacted about events; anyone can still be registered', async ({
  page,
}) => {
  const eventId = await addEvent(page);
  await seed(page, {
    people: [
      person('p-kit', 'Kit Marlowe'),
      person('p-jo', 'Jo March'),
      person('p-ria', 'Ria Patel'),
    ],
    consentRecords: [
      consent('p-kit', 'contactAboutEvents', 'withdrawn'),
      consent('p-ria', 'contactAboutEvents'),
    ],
  });
  await page.goto(`/#/events/${eventId}`);
  const section = page.getByRole('region', { name: 'Invite or register people' });
  const search = section.getByLabel('Search the register');

  await search.fill('kit');
  await expect(section.getByText('Does not want to be contacted about events')).toBeVisible();
  await expect(section.getByRole('button', { name: /^Invite/ })).toHaveCount(0);
  await search.fill('jo');
  await expect(section.getByText(/Not asked about contact for events/)).toBeVisible();
  await expect(section.getByRole('button', { name: /^Invite/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the register search without consent to invite');

  // Kit asks to come in person: registering stays possible.
  await search.fill('kit');
  await section.getByRole('button', { name: 'Register Kit Marlowe' }).click();
  await expect(search).toBeFocused();
  await search.fill('ria');
  await section.getByRole('button', { name: 'Invite Ria Patel' }).click();
  await expect(search).toBeFocused();
  await expect(section.getByRole('button', { name: 'Register Ria Patel' })).toBeVisible();
  await expect
    .poll(async () =>
      (await readTable<StoredAttendance>(page, 'attendance'))
        .map((a) => `${a.personId} ${a.status}`)
        .sort(),
    )
    .toEqual(['p-kit registered', 'p-ria invited']);
});

test('a check-in that cannot be saved says so as an alert, and nothing is written', async ({
  page,
}) => {
  const eventId = await addEvent(page);
  await openWithPeople(page, eventId, [person('p-1', 'Amara Okafor')]);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: /^Check in Amara Okafor/ }).click();
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await expect(page.getByRole('status').filter({ hasText: 'Checked in' })).toHaveCount(0);
  expect(await checkedIn(page)).toEqual([]);
});

test('an event that does not exist says so', async ({ page }) => {
  await page.goto('/#/events/no-such-event');
  await expect(page.getByRole('heading', { level: 1, name: 'Event not found' })).toBeVisible();
});
