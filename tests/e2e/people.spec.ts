import { expect, test } from './test';
import { addPerson, csvFile, importThroughUi } from '../fixtures/people/pages';
import { expectNoAxeViolations, readTable } from './support';

interface StoredPerson {
  name: string;
  preferredName: string;
  pronouns: string;
  email: string;
  phone: string;
  version: number;
  access: { stepFree: boolean };
}

test('add a person, see the errors, edit them, and find them by the start of their email', async ({
  page,
}) => {
  await page.goto('/#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No one on the register yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'the empty people register');

  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Email', { exact: true }).fill('river@');
  await dialog.getByLabel('Phone', { exact: true }).fill('12');
  await dialog.getByRole('checkbox', { name: 'Step-free access' }).check();
  await dialog.getByRole('button', { name: 'Add person' }).click();

  const name = dialog.getByLabel('Full name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('Enter their name.');
  await expect(dialog.getByLabel('Email', { exact: true })).toHaveAccessibleDescription(
    /correct format/,
  );
  await expect(dialog.getByLabel('Phone', { exact: true })).toHaveAccessibleDescription(
    /phone number like 07700 900123/,
  );
  await expect(
    dialog.getByRole('checkbox', { name: 'Step-free access' }),
  ).toHaveAccessibleDescription(/explicit consent for health data/);
  await expectNoAxeViolations(page, 'the person dialog with errors');
  expect(await readTable(page, 'people')).toEqual([]);

  await name.fill('River Song');
  await dialog.getByLabel('Preferred name').fill('River');
  await dialog.getByLabel('Email', { exact: true }).fill('river.song@example.org');
  await dialog.getByLabel('Phone', { exact: true }).fill('07700 900123');
  await dialog.getByRole('checkbox', { name: 'Step-free access' }).uncheck();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();

  // The form's opener is gone with the register: focus goes to the new person's page title.
  await expect(page.getByRole('heading', { level: 1, name: 'River' })).toBeFocused();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('river.song@example.org')).toBeVisible();
  await expectNoAxeViolations(page, 'the person page');

  await details.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit details of River' });
  await edit.getByLabel('Pronouns').fill('she/her');
  await edit.getByRole('button', { name: 'Save details' }).click();
  await expect(edit).toBeHidden();
  await expect(details.getByText('she/her')).toBeVisible();
  const [stored] = await readTable<StoredPerson>(page, 'people');
  expect(stored).toMatchObject({ name: 'River Song', pronouns: 'she/her', version: 2 });

  await addPerson(page, { name: 'Rory Williams', email: 'rory@example.org' });
  await page.goto('/#/people');
  await expect(page.getByRole('status').filter({ hasText: 'Showing all 2 people.' })).toBeVisible();
  await expectNoAxeViolations(page, 'the people register with people on it');
  await page.getByLabel('Search people').fill('river.so');
  await expect(
    page.getByRole('status').filter({ hasText: '1 person matches “river.so”' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'River' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rory Williams' })).toBeHidden();
  await page.getByLabel('Search people').fill('07700900');
  await expect(page.getByRole('link', { name: 'River' })).toBeVisible();
  await page.getByLabel('Search people').fill('nobody');
  await expect(
    page.getByRole('status').filter({ hasText: '0 people match “nobody”' }),
  ).toBeVisible();
});

test('a possible duplicate is pointed out and must be acknowledged', async ({ page }) => {
  await addPerson(page, { name: 'Sam Lee', email: 'sam@example.org' });
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Full name').fill('Samuel Lee');
  await dialog.getByLabel('Email', { exact: true }).fill('SAM@example.org');
  await expect(
    dialog.getByText('Possible duplicate of Sam Lee (the same email address)'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const tick = dialog.getByRole('checkbox', { name: 'I have checked: this is a different person' });
  await expect(tick).toBeFocused();
  await expect(tick).toHaveAccessibleDescription(/tick the box/);
  expect(await readTable(page, 'people')).toHaveLength(1);
  await tick.check();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samuel Lee' })).toBeVisible();
  expect(await readTable(page, 'people')).toHaveLength(2);
});

test('a register of 120 people is paged 50 at a time', async ({ page }) => {
  const rows = Array.from({ length: 120 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return `Person ${n},person${n}@example.org`;
  });
  await importThroughUi(page, csvFile('many.csv', ['Name,Email', ...rows].join('\n')), 120);
  await page.getByRole('link', { name: 'Go to the people register' }).click();

  const status = page.getByRole('status').filter({ hasText: /^Showing/ });
  await expect(status).toHaveText('Showing 1–50 of 120 people.');
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveCount(50);
  await expect(names.first()).toHaveText('Person 001');
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(status).toHaveText('Showing 51–100 of 120 people.');
  await expect(names.first()).toHaveText('Person 051');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(status).toHaveText('Showing 101–120 of 120 people.');
  await expect(names).toHaveCount(20);
  await expect(names.last()).toHaveText('Person 120');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();

  // A search starts again on its first page.
  await page.getByLabel('Search people').fill('person11');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(
    '10 people match “person11”.',
  );
  await expect(names).toHaveCount(10);
  await expect(page.getByRole('navigation', { name: 'People pages' })).toBeHidden();
  await names.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Person 110' })).toBeVisible();
});

test('the register is in A to Z order whatever the case or accents, searched or not', async ({
  page,
}) => {
  const names = ['Zara Ahmed', 'Łukasz Nowak', 'amy lowe', 'Émile Durand', 'Ben Lowe'];
  const file = csvFile('order.csv', ['Name', ...names].join('\n'));
  await importThroughUi(page, file, 5);
  await page.goto('/#/people');
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveText([
    'amy lowe',
    'Ben Lowe',
    'Émile Durand',
    'Łukasz Nowak',
    'Zara Ahmed',
  ]);
  await page.getByLabel('Search people').fill('lowe');
  await expect(rows).toHaveText(['amy lowe', 'Ben Lowe']);
});
