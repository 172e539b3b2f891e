import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { Attendance } from '../../src-renderer/domain/people/attendance';
import type { ConsentRecord } from '../../src-renderer/domain/people/consent';
import { DEFAULT_WORDING } from '../../src-renderer/domain/people/consent-purposes';
import type { Membership } from '../../src-renderer/domain/people/membership';
import type { Person } from '../../src-renderer/domain/people/person';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import type { SubjectAccessJson } from '../../src-renderer/domain/people/subject-access';
import type { TaskforceEvent } from '../../src-renderer/domain/event';
import { emptyEventInput } from '../../src-renderer/domain/event';
import type { Taskforce } from '../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { downloadFrom, pdfText } from './files';
import { expectNoAxeViolations, readTable, seed } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

/** The name of every table in the database, so that a table added later is checked too. */
async function tableNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          resolve(names);
        };
      }),
  );
}

function register() {
  const sam: Person = personRecord(
    {
      ...emptyPersonInput(),
      name: 'Sam Lee',
      email: 'sam.lee@example.org',
      phone: '07700 900123',
      address: '14 Canal Street, Manchester',
    },
    meta('p-sam'),
  );
  const ali: Person = personRecord(
    { ...emptyPersonInput(), name: 'Ali Khan', email: 'ali@example.org' },
    meta('p-ali'),
  );
  const taskforce: Taskforce = {
    ...emptyTaskforceInput(),
    ...meta('tf-1'),
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
  };
  const event: TaskforceEvent = {
    ...emptyEventInput('tf-1'),
    ...meta('ev-1'),
    title: 'Spring open space',
    date: '2026-10-10',
    venueName: 'Leeds Community Centre',
    words: ['spring', 'open', 'space'],
  };
  const membership: Membership = {
    ...meta('m-1'),
    personId: 'p-sam',
    taskforceId: 'tf-1',
    role: 'member',
    joinedOn: '2025-01-01',
  };
  const attendance: Attendance[] = ['p-sam', 'p-ali'].map((personId) => ({
    ...meta(`a-${personId}`),
    eventId: 'ev-1',
    personId,
    status: 'checked-in',
    walkIn: false,
    checkedInAt: '2026-10-10T10:05:00.000Z',
    // Sam volunteered on the day and checked Ali in: erasing Sam must not leave their name.
    checkedInBy: personId === 'p-ali' ? 'Sam Lee' : 'Priya',
  }));
  const consent: ConsentRecord = {
    ...meta('c-1'),
    personId: 'p-sam',
    purpose: 'keepDetails',
    decision: 'granted',
    formId: 'form-1',
    formVersion: 1,
    wording: DEFAULT_WORDING.keepDetails,
    method: 'paper',
    recordedBy: 'Priya',
    eventId: 'ev-1',
    at: '2026-10-10T10:06:00.000Z',
  };
  return { sam, ali, taskforce, event, membership, attendance, consent };
}

async function openSam(page: Page) {
  await page.goto('/#/people/reach');
  await expect(page.getByRole('heading', { level: 1, name: 'Reach report' })).toBeVisible();
  const r = register();
  await seed(page, {
    people: [r.sam, r.ali],
    taskforces: [r.taskforce],
    events: [r.event],
    memberships: [r.membership],
    attendance: r.attendance,
    consentRecords: [r.consent],
  });
  await page.goto('/#/people/p-sam');
  await expect(page.getByRole('heading', { name: 'Their rights' })).toBeVisible();
}

test('a subject access export holds the person’s records, as JSON and as a readable PDF', async ({
  page,
}) => {
  await openSam(page);
  await page.getByLabel('Request received on (optional)').fill('2026-01-31');
  await expect(page.getByText('Reply by Saturday 28 February 2026.')).toBeVisible();
  await expectNoAxeViolations(page, 'Person page with rights');

  const json = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download everything we hold (JSON)' }).click(),
  );
  expect(json.name).toMatch(/^subject-access-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.bytes.toString('utf8')) as SubjectAccessJson;
  expect(data.person.name).toBe('Sam Lee');
  expect(data.consentRecords.map((c) => c.id)).toEqual(['c-1']);
  expect(data.attendance.map((a) => a.id)).toEqual(['a-p-sam']);
  expect(data.memberships.map((m) => m.id)).toEqual(['m-1']);
  expect(JSON.stringify(data)).not.toContain('Ali Khan');

  const pdf = pdfText(
    await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download everything we hold (PDF)' }).click(),
    ),
  );
  expect(pdf).toContain('Information held about Sam Lee');
  for (const heading of ['Your details', 'Taskforce membership', 'Events', 'Consent']) {
    expect(pdf).toContain(heading);
  }
  expect(pdf).toContain('sam.lee@example.org');
  expect(pdf).toContain('Spring open space');
  expect(pdf).not.toContain('Ali Khan');

  // Each copy given is in the audit log, with the date the request arrived and no details.
  const audit = await readTable<{ action: string; summary: string; subject?: { id: string } }>(
    page,
    'auditLog',
  );
  const given = audit.filter((a) => a.action === 'subject-access-given');
  expect(given.map((a) => a.summary).sort()).toEqual([
    'Gave a copy of everything held (subject access request), as JSON. Request received on 2026-01-31.',
    'Gave a copy of everything held (subject access request), as PDF. Request received on 2026-01-31.',
  ]);
  expect(given.every((a) => a.subject?.id === 'p-sam')).toBe(true);
});

test('erasing a person leaves no trace of them and writes an audit entry', async ({ page }) => {
  await openSam(page);
  await page.getByRole('button', { name: 'Erase this person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this person?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await expectNoAxeViolations(page, 'Erase dialog');

  await dialog.getByRole('button', { name: 'Erase for ever' }).click();
  const confirm = dialog.getByLabel('Type their name to confirm: Sam Lee');
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  expect((await readTable(page, 'people')).length).toBe(2);

  await confirm.fill('Sam Lee');
  await dialog.getByRole('button', { name: 'Erase for ever' }).click();
  await expect(page).toHaveURL(/#\/people$/);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator('#main')).toBeFocused();
  await expect(page.getByText(/The person was erased: \d+ records deleted/)).toBeVisible();

  const everything: Record<string, unknown[]> = {};
  const tables = await tableNames(page);
  expect(tables).toEqual(expect.arrayContaining(['people', 'attendance', 'auditLog']));
  for (const table of tables) everything[table] = await readTable(page, table);
  const text = JSON.stringify(everything);
  for (const trace of ['Sam Lee', 'sam.lee@example.org', '07700 900123', '7700900123', 'Canal']) {
    expect(text).not.toContain(trace);
  }
  expect(text).toContain('Ali Khan');
  const audit = everything.auditLog as { action: string; summary: string }[];
  expect(audit.find((a) => a.action === 'person-erased')?.summary).toMatch(
    /^Erased a person: deleted \d+ records, anonymised 2\.$/,
  );
  const attendance = everything.attendance as Attendance[];
  expect(attendance.map((a) => a.personId).sort()).toEqual(['erased-a-p-sam', 'p-ali']);
  // Ali's own attendance stays Ali's; only who checked them in is anonymised.
  expect(attendance.find((a) => a.personId === 'p-ali')?.checkedInBy).toBe('Erased person');

  await page.goto('/#/people/p-sam');
  await expect(page.getByRole('heading', { level: 1, name: 'Person not found' })).toBeVisible();
});
