import { type Page, expect, test } from '@playwright/test';
import type { ConsentRecord } from '../../src-renderer/domain/people/consent';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import type { Person } from '../../src-renderer/domain/people/person';
import { createdMeta } from '../../src-renderer/domain/record';
import { downloadFrom, pdfText } from './files';
import { EventsPage, expectNoAxeViolations, readTable } from './support';

const NOW = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

function person(id: string, name: string, preferredName = '', pronouns = ''): Person {
  return personRecord(
    { ...emptyPersonInput(), name, preferredName, pronouns },
    createdMeta(id, NOW),
  );
}

function photoConsent(personId: string): ConsentRecord {
  return {
    ...createdMeta(`consent-${personId}`, NOW),
    personId,
    purpose: 'photosAndRecordings',
    decision: 'granted',
    formId: 'form-1',
    formVersion: 1,
    wording: 'You may take photos and recordings of me at events.',
    method: 'paper',
    recordedBy: 'Test seed',
    at: NOW.now,
  };
}

/** Puts rows straight into the app's IndexedDB, as the people register would have stored them. */
async function seed(page: Page, rows: { people: Person[]; consentRecords: ConsentRecord[] }) {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['people', 'consentRecords'], 'readwrite');
          for (const row of data.people) tx.objectStore('people').put(row);
          for (const row of data.consentRecords) tx.objectStore('consentRecords').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function count(dt: string) {
  return (page: Page) =>
    page.locator('.checkin-counts__item').filter({ hasText: dt }).locator('dd');
}

interface StoredAttendance {
  personId: string;
  status: string;
  walkIn: boolean;
}

test('registers people, checks in two by keyboard and a walk-in, undoes one, prints the sheet and badges', async ({
  page,
}) => {
  const events = new EventsPage(page);
  await events.open();
  await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT communities' });
  await events.addEvent('LGBT & Cancer', {
    title: 'Spring gathering',
    date: today(),
    venueName: 'Leeds Community Centre',
  });
  await seed(page, {
    people: [
      person('p-luke', 'Łukasz Nowak', 'Luke', 'he/him'),
      person('p-amara', 'Amara Okafor', '', 'she/her'),
      person('p-sam', 'Sam Jones', '', 'they/them'),
    ],
    consentRecords: [photoConsent('p-luke')],
  });

  await events
    .eventItem('Spring gathering')
    .getByRole('link', { name: 'Spring gathering' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spring gathering' })).toBeVisible();
  await expect(page.getByText('Leeds Community Centre')).toBeVisible();
  await expect(page.getByText('Nobody is on the list for this event yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'the event page with nobody on the list');

  // Before the day: two registered, one invited.
  const register = page.getByRole('region', { name: 'Invite or register people' });
  const registerSearch = register.getByLabel('Search the register');
  await registerSearch.fill('luke');
  await register.getByRole('button', { name: 'Register Łukasz Nowak' }).click();
  await expect(register.getByText('Registered', { exact: false })).toBeVisible();
  await registerSearch.fill('okafor');
  await register.getByRole('button', { name: 'Register Amara Okafor' }).click();
  await registerSearch.fill('sam');
  await register.getByRole('button', { name: 'Invite Sam Jones' }).click();
  await expect(count('Invited')(page)).toHaveText('1');
  await expect(count('Registered')(page)).toHaveText('2');

  // At the door, by keyboard alone: type, arrow down or Tab to the row, Enter.
  const search = page.getByLabel('Find a person to check in');
  await search.focus();
  await page.keyboard.type('luk');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Check in Luke/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Checked in Łukasz Nowak' }),
  ).toBeVisible();
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
  await dialog.getByLabel('Pronouns (optional)').fill('he/him');
  await dialog.getByLabel('Email (optional)').fill('not an email');
  await dialog.getByRole('button', { name: 'Add and check in' }).click();
  await expect(dialog.getByLabel('Email (optional)')).toHaveAttribute('aria-invalid', 'true');
  expect(await readTable(page, 'people')).toHaveLength(3);
  await dialog.getByLabel('Email (optional)').fill('an@example.org');
  await dialog.getByRole('button', { name: 'Add and check in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Checked in Nguyễn Văn An (walk-in)' }),
  ).toBeVisible();
  await expect(count('Checked in')(page)).toHaveText('3');
  await expect(count('Walk-ins')(page)).toHaveText('1');
  await expect(count('Registered')(page)).toHaveText('0');

  const attendance = await readTable<StoredAttendance>(page, 'attendance');
  expect(attendance.filter((a) => a.status === 'checked-in')).toHaveLength(3);
  expect(attendance.filter((a) => a.walkIn)).toHaveLength(1);
  const people = await readTable<{ id: string; name: string }>(page, 'people');
  const walkIn = people.find((p) => p.name === 'Nguyễn Văn An');
  expect(walkIn).toBeDefined();
  expect(attendance.find((a) => a.walkIn)?.personId).toBe(walkIn?.id);

  // Checked in by mistake: undo.
  await search.fill('amara');
  await expect(page.getByText(/Checked in at \d\d:\d\d/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo check-in for Amara Okafor' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Check-in undone for Amara Okafor' }),
  ).toBeVisible();
  await expect(count('Checked in')(page)).toHaveText('2');
  await expect(count('Registered')(page)).toHaveText('1');
  const afterUndo = await readTable<StoredAttendance>(page, 'attendance');
  expect(afterUndo.find((a) => a.personId === 'p-amara')?.status).toBe('registered');

  const list = page.getByRole('table', { name: 'Checked in, by name' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('Luke');
  await expect(list).toContainText('Walk-in');
  await expect(list).not.toContainText('Amara');
  await search.fill('');
  await expectNoAxeViolations(page, 'the event page with people');

  // Paper for the day.
  const sheet = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download sign-in sheet (PDF)' }).click(),
  );
  expect(sheet.name).toBe('sign-in-sheet-spring-gathering.pdf');
  const sheetText = pdfText(sheet);
  for (const name of ['Luke (Łukasz Nowak)', 'Amara Okafor', 'Sam Jones', 'Nguyễn Văn An']) {
    expect(sheetText).toContain(name);
  }
  expect(sheetText).toContain('Signature');
  expect(sheetText).toContain('Leeds Community Centre');

  const badges = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download name badges (PDF)' }).click(),
  );
  expect(badges.name).toBe('badges-spring-gathering.pdf');
  const badgeText = pdfText(badges);
  for (const name of ['Luke', 'Łukasz Nowak', 'Amara Okafor', 'Sam Jones', 'Nguyễn Văn An']) {
    expect(badgeText).toContain(name);
  }
  // Everyone but Luke, who consented to photos: Amara, Sam and the walk-in.
  expect(badgeText.match(/No photos/g)).toHaveLength(3);

  // The person page lists the event.
  await page.goto('/#/people/p-luke');
  const section = page.getByRole('region', { name: 'Events' });
  await expect(section.getByRole('link', { name: 'Spring gathering' })).toBeVisible();
  await expect(section).toContainText(/Checked in at \d\d:\d\d/);
});

test('an event that does not exist says so', async ({ page }) => {
  await page.goto('/#/events/no-such-event');
  await expect(page.getByRole('heading', { level: 1, name: 'Event not found' })).toBeVisible();
});
