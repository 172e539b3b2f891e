import { type Page, expect, test } from '@playwright/test';
import type { EqualityResponse } from '../../src-renderer/domain/people/equality';
import type { Membership } from '../../src-renderer/domain/people/membership';
import type { Person } from '../../src-renderer/domain/people/person';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import type { Taskforce } from '../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { expectNoAxeViolations, readTable } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, version: 1 });

function person(id: string, name: string): Person {
  return personRecord({ ...emptyPersonInput(), name }, meta(id));
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
  await page.reload();
  await page.getByLabel('Report on').selectOption({ label: 'LGBT & Cancer (current members)' });
  await expect(
    page.getByText('12 people in scope; 12 answered equality monitoring.'),
  ).toBeVisible();
  const age = page.getByRole('table', { name: 'Age', exact: true });
  await expect(age.getByRole('row', { name: /25 to 34/ })).toContainText('6');
  await expect(age.getByRole('row', { name: /65 to 74/ })).toContainText('fewer than 5');
  await expect(age.getByRole('row', { name: /Not answered/ })).toContainText('fewer than 5');
  await expect(age.getByRole('row', { name: /18 to 24/ })).toContainText('0');
  await expect(page.getByText(/counts under 5 are shown as "fewer than 5"/)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Number');
  await expectNoAxeViolations(page, 'Reach report');
});
