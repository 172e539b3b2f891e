import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { ConsentDecision, ConsentRecord } from '../../src-renderer/domain/people/consent';
import type { ConsentPurpose } from '../../src-renderer/domain/people/consent-purposes';
import {
  DEFAULT_WORDING,
  WITHDRAWAL_EFFECTS,
} from '../../src-renderer/domain/people/consent-purposes';
import type { Person } from '../../src-renderer/domain/people/person';
import type { EqualityResponse } from '../../src-renderer/domain/people/equality';
import type { Membership } from '../../src-renderer/domain/people/membership';
import {
  emptyAccessNeeds,
  emptyPersonInput,
  personRecord,
} from '../../src-renderer/domain/people/person';
import type { Taskforce } from '../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { csvRows, downloadFrom, pdfText } from './files';
import { expectNoAxeViolations, readTable, seed } from './support';

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
  // Only the statement whose wording changed is worth asking again.
  await expect(page.getByRole('button', { name: /^Ask again/ })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: 'Withdraw consent: Keep my details for the taskforce' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw consent: Photos and recordings' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Withdraw consent: Photos and recordings' });
  await expect(withdraw).toContainText(WITHDRAWAL_EFFECTS.photosAndRecordings);
  await withdraw.getByRole('radio', { name: 'On a paper form' }).check();
  await expectNoAxeViolations(page, 'Withdraw consent dialog');
  await withdraw.getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(withdraw).toBeHidden();
  // Its button has gone, so focus lands on the section heading rather than the page body.
  await expect(page.getByRole('heading', { level: 2, name: 'Consent', exact: true })).toBeFocused();
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

test('the keep-in-touch list is for one taskforce: its current members who agreed to share', async ({
  page,
}) => {
  await openConsentForms(page);
  const taskforce: Taskforce = {
    ...emptyTaskforceInput(),
    ...meta('tf-1'),
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
  };
  const member = (personId: string): Membership => ({
    ...meta(`m-${personId}`),
    personId,
    taskforceId: 'tf-1',
    role: 'member',
    joinedOn: '2025-01-01',
  });
  await seed(page, {
    taskforces: [taskforce],
    people: [
      person('p-amy', 'Amy Adams', 'amy@example.org', '07700 900001'),
      person('p-ben', 'Ben Brown', 'ben@example.org', '07700 900002'),
      person('p-cal', 'Cal Cole', 'cal@example.org', '07700 900003'),
      person('p-dee', 'Dee Dean', 'dee@example.org', '07700 900004'),
      person('p-eve', 'Eve Evans', 'eve@example.org', '07700 900005'),
    ],
    // Amy, Ben, Cal and Eve are members; Dee agreed to share but is not a member.
    memberships: ['p-amy', 'p-ben', 'p-cal', 'p-eve'].map(member),
    consentRecords: [
      consentRecord('c-1', 'p-amy', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-2', 'p-ben', 'keepDetails', 'granted', NOW),
      consentRecord('c-3', 'p-ben', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-4', 'p-cal', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-5', 'p-cal', 'shareContactWithMembers', 'withdrawn', '2026-11-02T10:00:00Z'),
      consentRecord('c-6', 'p-dee', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-7', 'p-eve', 'keepDetails', 'granted', NOW),
      consentRecord('c-8', 'p-eve', 'shareContactWithMembers', 'granted', NOW),
      consentRecord('c-9', 'p-eve', 'keepDetails', 'withdrawn', '2026-11-02T10:00:00Z'),
    ],
  });

  // Nothing is chosen for the user, and there is no list of everyone on the register.
  const choose = page.getByLabel('Taskforce', { exact: true });
  await expect(choose).toHaveValue('');
  await expect(choose.getByRole('option')).toHaveText(['Choose a taskforce', 'LGBT & Cancer']);
  await expect(page.getByRole('button', { name: /Download keep-in-touch list/ })).toHaveCount(0);
  await choose.selectOption({ label: 'LGBT & Cancer' });
  await expect(
    page.getByText(
      '2 current members of LGBT & Cancer have agreed to share their contact details.',
    ),
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
  expect(pdf).toContain('LGBT & Cancer');
  expect(pdf).toContain('Amy Adams');
  expect(pdf).toContain('Ben Brown');
  expect(pdf).toContain('ben@example.org');
  for (const absent of [
    'Cal Cole',
    'cal@example.org',
    'Dee Dean',
    'dee@example.org',
    'Eve Evans',
  ]) {
    expect(pdf).not.toContain(absent);
  }
});

test.describe('recording a "No"', () => {
  // 08:00 on the day: a paper form dated today, with no time, must not read as given at noon.
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T08:00:00.000Z'));
  });

  test('"No" to health data removes access needs and health answers at once', async ({ page }) => {
    await openConsentForms(page);
    await page.getByRole('button', { name: 'Create the consent form' }).click();
    await expect(page.getByRole('heading', { name: 'Current wording: version 1' })).toBeVisible();
    const kim = personRecord(
      {
        ...emptyPersonInput(),
        name: 'Kim Park',
        access: { ...emptyAccessNeeds(), stepFree: true, other: 'Needs to sit near the door' },
      },
      meta('p-kim'),
    );
    await seed(page, {
      people: [kim],
      consentRecords: [
        consentRecord('c-keep', 'p-kim', 'keepDetails', 'granted', NOW),
        consentRecord('c-health', 'p-kim', 'health', 'granted', NOW),
      ],
      equalityResponses: [
        {
          ...meta('eq-kim'),
          personId: 'p-kim',
          answers: { age: '25-to-34', disability: 'yes' },
          givenAt: NOW,
        },
      ],
    });
    await page.goto('/#/people/p-kim');
    await page.getByRole('button', { name: 'Record consent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record consent: Kim Park' });
    for (const radio of await dialog.getByRole('radio', { name: 'Not asked this time' }).all()) {
      await radio.check();
    }
    await group(page, 'Explicit consent for health data')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await group(page, 'How was consent given?')
      .getByRole('radio', { name: 'On a paper form' })
      .check();
    await dialog.getByLabel('Consent was given earlier (for example on a paper form)').check();
    await dialog.getByLabel('Date given').fill('2026-11-22');
    await dialog.getByRole('button', { name: 'Save consent' }).click();
    await expect(dialog).toBeHidden();

    const [stored] = await readTable<Person>(page, 'people');
    expect(stored?.access).toEqual(emptyAccessNeeds());
    const [answers] = await readTable<EqualityResponse>(page, 'equalityResponses');
    expect(answers?.answers).toEqual({ age: '25-to-34' });
    const refusal = (await readTable<ConsentRecord>(page, 'consentRecords')).find(
      (r) => r.decision === 'refused',
    );
    expect(refusal).toMatchObject({ purpose: 'health', at: '2026-11-22T08:00:00.000Z' });
  });
});
