import { type Page, expect, test } from '@playwright/test';
import type { ConsentDecision, ConsentRecord } from '../../src-renderer/domain/people/consent';
import type { ConsentPurpose } from '../../src-renderer/domain/people/consent-purposes';
import {
  DEFAULT_WORDING,
  WITHDRAWAL_EFFECTS,
} from '../../src-renderer/domain/people/consent-purposes';
import type { Person } from '../../src-renderer/domain/people/person';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import { csvRows, downloadFrom, pdfText } from './files';
import { expectNoAxeViolations, readTable } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

function person(id: string, name: string, email: string, phone: string): Person {
  return personRecord({ ...emptyPersonInput(), name, email, phone }, meta(id));
}

function consentRecord(
  id: string,
  personId: string,
  purpose: ConsentPurpose,
  decision: ConsentDecision,
  at: string,
): ConsentRecord {
  return {
    ...meta(id),
    personId,
    purpose,
    decision,
    formId: 'form-seeded',
    formVersion: 1,
    wording: DEFAULT_WORDING[purpose],
    method: 'paper',
    recordedBy: 'Priya',
    at,
  };
}

/** Puts records straight into IndexedDB, as the people register would have stored them. */
async function seed(page: Page, rows: Record<string, object[]>) {
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [table, records] of Object.entries(tables)) {
            for (const record of records) tx.objectStore(table).put(record);
          }
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

async function openConsentForms(page: Page) {
  await page.goto('/#/people/consent-forms');
  await expect(page.getByRole('heading', { level: 1, name: 'Consent forms' })).toBeVisible();
}

const group = (page: Page, name: string) =>
  page.getByRole('dialog').getByRole('group', { name, exact: true });

test('consent form v1, recording with nothing pre-selected, v2, and a withdrawal', async ({
  page,
}) => {
  test.slow(); // a long journey with seven accessibility checks
  await openConsentForms(page);
  await expectNoAxeViolations(page, 'Consent forms (none yet)');
  await page.getByRole('button', { name: 'Create the consent form' }).click();
  await expect(page.getByRole('heading', { name: 'Current wording: version 1' })).toBeVisible();
  await expectNoAxeViolations(page, 'Consent forms (version 1)');

  await seed(page, { people: [person('p-sam', 'Sam Lee', 'sam@example.org', '07700 900123')] });
  await page.goto('/#/people/p-sam');
  await page.getByRole('button', { name: 'Record consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record consent: Sam Lee' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(DEFAULT_WORDING.photosAndRecordings)).toBeVisible();
  const radios = dialog.getByRole('radio');
  expect(await radios.count()).toBe(9 * 3 + 3);
  for (const radio of await radios.all()) await expect(radio).not.toBeChecked();
  await expectNoAxeViolations(page, 'Record consent dialog');

  // Saving without choosing asks for a choice on every statement.
  await dialog.getByRole('button', { name: 'Save consent' }).click();
  await expect(
    group(page, 'Keep my details for the taskforce').getByRole('radio', { name: 'Yes' }),
  ).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'Record consent dialog with errors');
  expect(await readTable(page, 'consentRecords')).toEqual([]);

  const yes = ['Keep my details for the taskforce', 'Photos and recordings'];
  const skipped = [
    'Contact me about future events',
    'Share my contact details with other members',
    'Anonymous quotes in reports',
    'Explicit consent for health data',
    'Explicit consent for sexual orientation data',
    'Explicit consent for ethnicity data',
    'Explicit consent for religion or belief data',
  ];
  for (const name of yes) await group(page, name).getByRole('radio', { name: 'Yes' }).check();
  for (const name of skipped) {
    await group(page, name).getByRole('radio', { name: 'Not asked this time' }).check();
  }
  await group(page, 'How was consent given?').getByRole('radio', { name: 'Verbally' }).check();
  await dialog.getByRole('button', { name: 'Save consent' }).click();
  await expect(dialog).toBeHidden();
  const current = page.getByRole('list', { name: 'Current consent' });
  await expect(
    current.getByRole('listitem').filter({ hasText: 'Photos and recordings' }),
  ).toContainText(/Given on .* \(version 1, verbally, recorded by /);
  await expect(
    current.getByRole('listitem').filter({ hasText: 'Contact me about future events' }),
  ).toContainText('Never asked');
  const granted = await readTable<ConsentRecord>(page, 'consentRecords');
  expect(granted.map((r) => r.purpose).sort()).toEqual(['keepDetails', 'photosAndRecordings']);

  // A new wording makes version 2; version 1 stays readable.
  await openConsentForms(page);
  await page.getByRole('button', { name: 'Edit wording' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit wording (version 1)' });
  await edit.getByLabel('Explicit consent for ethnicity data').fill('I agree to share details.');
  await edit.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(edit.getByLabel('Explicit consent for ethnicity data')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(edit).toContainText('mention ethnicity in the wording');
  await expectNoAxeViolations(page, 'Edit wording with an error');
  await edit.getByLabel('Explicit consent for ethnicity data').fill(DEFAULT_WORDING.ethnicity);
  const newWording = 'We may take photos at events and use them in our reports.';
  await edit.getByLabel('Photos and recordings').fill(newWording);
  await edit.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Current wording: version 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Read version 1' }).click();
  const v1 = page.getByRole('dialog', { name: 'Taskforce consent form, version 1' });
  await expect(v1).toContainText(DEFAULT_WORDING.photosAndRecordings);
  await expect(v1).not.toContainText(newWording);
  await expectNoAxeViolations(page, 'Reading version 1');
  await v1.getByRole('button', { name: 'Close' }).click();
  expect((await readTable(page, 'consentForms')).length).toBe(2);

  // The person's photo consent is on the older wording; withdraw it.
  await page.goto('/#/people/p-sam');
  await expect(
    page.getByRole('button', { name: 'Ask again: Photos and recordings' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw consent: Photos and recordings' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Withdraw consent: Photos and recordings' });
  await expect(withdraw).toContainText(WITHDRAWAL_EFFECTS.photosAndRecordings);
  await withdraw.getByRole('radio', { name: 'On a paper form' }).check();
  await expectNoAxeViolations(page, 'Withdraw consent dialog');
  await withdraw.getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(withdraw).toBeHidden();
  await expect(
    current.getByRole('listitem').filter({ hasText: 'Photos and recordings' }),
  ).toContainText('Withdrawn on');

  const history = page.getByRole('table', { name: 'Consent history' });
  const photoRows = history.getByRole('row').filter({ hasText: 'Photos and recordings' });
  await expect(photoRows).toHaveCount(2);
  await expect(photoRows.nth(0)).toContainText('Withdrew consent');
  await expect(photoRows.nth(1)).toContainText('Gave consent');
  await expectNoAxeViolations(page, 'Person consent with history');

  const records = await readTable<ConsentRecord>(page, 'consentRecords');
  expect(records).toHaveLength(3);
  for (const before of granted) expect(records).toContainEqual(before);
  expect(records.find((r) => r.decision === 'withdrawn')).toMatchObject({
    purpose: 'photosAndRecordings',
    method: 'paper',
    formVersion: 1,
    wording: DEFAULT_WORDING.photosAndRecordings,
  });
});

test('the keep-in-touch list holds exactly the people who agreed to share', async ({ page }) => {
  await openConsentForms(page);
  await seed(page, {
    people: [
      person('p-amy', 'Amy Adams', 'amy@example.org', '07700 900001'),
      person('p-ben', 'Ben Brown', 'ben@example.org', '07700 900002'),
      person('p-cal', 'Cal Cole', 'cal@example.org', '07700 900003'),
    ],
    consentRecords: [
      consentRecord('c-1', 'p-amy', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-2', 'p-ben', 'keepDetails', 'granted', NOW),
      consentRecord('c-3', 'p-ben', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-4', 'p-cal', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-5', 'p-cal', 'shareContactWithMembers', 'withdrawn', '2026-11-02T10:00:00Z'),
    ],
  });
  await page.reload();
  await expect(
    page.getByText('2 people have agreed to share their contact details.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Keep-in-touch list');

  const csv = csvRows(
    await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download keep-in-touch list (CSV)' }).click(),
    ),
  );
  expect(csv.hasBom).toBe(true);
  expect(csv.header).toEqual(['Name', 'Preferred name', 'Email', 'Phone']);
  expect(csv.rows).toEqual([
    { Name: 'Amy Adams', 'Preferred name': '', Email: 'amy@example.org', Phone: '07700 900001' },
    { Name: 'Ben Brown', 'Preferred name': '', Email: 'ben@example.org', Phone: '07700 900002' },
  ]);

  const pdf = pdfText(
    await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download keep-in-touch list (PDF)' }).click(),
    ),
  );
  expect(pdf).toContain('Amy Adams');
  expect(pdf).toContain('Ben Brown');
  expect(pdf).toContain('ben@example.org');
  expect(pdf).not.toContain('Cal Cole');
  expect(pdf).not.toContain('cal@example.org');
});
