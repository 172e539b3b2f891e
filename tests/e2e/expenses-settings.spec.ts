import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  NOT_A_RECEIPT,
  claims,
  eventWithPeople,
  person,
  startClaim,
  today,
} from './expenses-setup';
import { csvRows, downloadFrom } from './files';
import { expectNoAxeViolations, readTable, startInDisplayMode, DISPLAY_MODES } from './support';

async function addPolicyVersion(page: Page, fields: Record<string, string>) {
  await page.getByRole('button', { name: 'Add a new version' }).click();
  const dialog = page.getByRole('dialog', { name: 'New policy version' });
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: 'Save version' }).click();
  return dialog;
}

for (const display of DISPLAY_MODES) {
  test.describe(`${display} display`, () => {
    test.beforeEach(async ({ page }) => {
      await startInDisplayMode(page, display);
    });

    test('policy versions from a date: bad rates refused at the field, old versions kept, new rates used', async ({
      page,
    }) => {
      test.slow();
      await eventWithPeople(page, [person('p-sam', 'Sam Lee')], ['p-sam']);
      await page.goto('/#/expenses/policy');
      await expect(
        page.getByRole('heading', { name: 'Starting policy (UK practice)' }),
      ).toBeVisible();
      await expect(page.getByText('45p a mile for the first 10,000 miles')).toBeVisible();
      await expectNoAxeViolations(page, `the policy screen (${display})`);

      const dialog = await addPolicyVersion(page, {
        'In force from': today(),
        'Car or van, pence a mile': '-5',
        'Parking: limit a line': 'abc',
      });
      await expect(dialog.getByLabel('Parking: limit a line')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expect(dialog).toContainText('digits only');
      await expectNoAxeViolations(page, `the policy dialog with errors (${display})`);
      await dialog.getByLabel('Parking: limit a line').fill('5.00');
      await dialog.getByRole('button', { name: 'Save version' }).click();
      await expect(dialog.getByLabel('Car or van, pence a mile')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(await readTable(page, 'expensePolicies')).toEqual([]);
      await dialog.getByLabel('Car or van, pence a mile').fill('50');
      await dialog.getByRole('button', { name: 'Save version' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('heading', { level: 2, name: /^From .* In force today$/ }),
      ).toBeVisible();
      await expect(
        page.getByRole('heading', { name: 'Starting policy (UK practice)' }),
      ).toBeVisible();
      expect(await readTable(page, 'expensePolicies')).toHaveLength(1);

      // A claim dated today uses the new version: 50p a mile, and parking is capped at £5.
      await startClaim(page, 'Sam Lee', 'HC-1');
      await page.getByRole('button', { name: 'Add a cost' }).click();
      let cost = page.getByRole('dialog', { name: 'Add a cost' });
      await cost.getByLabel('Kind of cost').selectOption({ label: 'Mileage' });
      await cost.getByLabel('From').fill('Otley');
      await cost.getByLabel('To').fill('Leeds');
      await cost.getByLabel('Miles').fill('10');
      await expectNoAxeViolations(page, `the mileage dialog (${display})`);
      await cost.getByRole('button', { name: 'Add cost' }).click();
      await expect(page.locator('.claim-total')).toHaveText('£5.00');

      await page.getByRole('button', { name: 'Add a cost' }).click();
      cost = page.getByRole('dialog', { name: 'Add a cost' });
      await cost.getByLabel('Kind of cost').selectOption({ label: 'Parking' });
      await cost.getByLabel('Amount (£)').fill('8.00');
      await cost.getByRole('button', { name: 'Add cost' }).click();
      const checks = page.getByRole('region', { name: 'Checks' });
      await expect(checks).toContainText('Parking: £8.00 is over the limit of £5.00 a line.');
      await checks.getByRole('button', { name: 'Allow over the limit' }).click();
      const allow = page.getByRole('dialog', { name: 'Allow a cost over its limit' });
      await allow.getByRole('button', { name: 'Record authorisation' }).click();
      await expect(allow.getByLabel('Authorised by')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, `the override dialog (${display})`);
      await allow.getByLabel('Authorised by').fill('Pat Finance');
      await allow.getByLabel('Reason').fill('The only car park near the venue.');
      await allow.getByRole('button', { name: 'Record authorisation' }).click();
      await expect(checks).toContainText(
        'Allowed by Pat Finance: The only car park near the venue.',
      );
      expect((await claims(page))[0]?.lines.map((l) => l.amountPence)).toEqual([500, 800]);

      // A file that is not a photo or PDF is refused and nothing is stored.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Attach receipt to Parking' }).click();
      await (await chooser).setFiles(NOT_A_RECEIPT);
      await expect(page.getByRole('alert')).toContainText('not a photo');
      expect(await readTable(page, 'receipts')).toEqual([]);
      await expectNoAxeViolations(page, `the claim page with checks (${display})`);
      await page.getByRole('link', { name: '← All claims' }).click();
      await expect(page.locator('.queue-totals')).toContainText('1 claim · 2 lines · total £13.00');
      await expectNoAxeViolations(page, `the claims queue (${display})`);
    });
  });
}

test('involvement payments are recorded apart, a declined one kept at £0, and exported for payroll', async ({
  page,
}) => {
  await eventWithPeople(
    page,
    [person('p-sam', 'Sam Lee'), person('p-jo', 'Jo Khan')],
    ['p-sam', 'p-jo'],
  );
  await page.goto('/#/expenses/involvement');
  await expect(page.getByRole('heading', { name: 'No involvement payments yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'the involvement screen (empty)');

  const record = async (who: string, duration: string, declined: boolean) => {
    await page.getByRole('button', { name: 'Record a payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an involvement payment' });
    await dialog.getByLabel('Event').selectOption({ label: `Spring gathering (${today()})` });
    await dialog.getByLabel('Who took part').selectOption({ label: `${who} (checked in)` });
    await dialog.getByLabel('How long').selectOption({ label: duration });
    if (declined) await dialog.getByLabel(/declined the payment/).check();
    await expectNoAxeViolations(page, 'the involvement dialog');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await expect(dialog).toBeHidden();
  };
  await record('Sam Lee', 'Full day', false);
  await record('Jo Khan', 'Up to 4 hours', true);
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  await expect(row('Sam Lee')).toContainText('£150.00');
  await expect(row('Jo Khan')).toContainText('Declined (£0.00)');
  const stored = await readTable<{ personId: string; amountPence: number; declined: boolean }>(
    page,
    'involvementPayments',
  );
  expect(stored.map((p) => [p.personId, p.amountPence, p.declined]).sort()).toEqual([
    ['p-jo', 0, true],
    ['p-sam', 15_000, false],
  ]);
  expect(await readTable(page, 'claims')).toEqual([]);

  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV for payroll' }).click(),
  );
  const csv = csvRows(file);
  expect(csv.hasBom).toBe(true);
  expect(csv.rows).toEqual([
    expect.objectContaining({
      person_id: 'p-sam',
      person_name: 'Sam Lee',
      event_title: 'Spring gathering',
      event_date: today(),
      duration: 'full-day',
      amount_pence: '15000',
      amount_gbp: '150.00',
    }),
  ]);
  await expectNoAxeViolations(page, 'the involvement screen');
});
