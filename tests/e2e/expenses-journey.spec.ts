import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { FINANCE_COLUMNS } from '../../src-renderer/domain/expenses/finance-csv';
import { RECEIPT_PNG, claims, eventWithPeople, person, startClaim, today } from './expenses-setup';
import { csvRows, downloadFrom, pdfText } from './files';
import { expectNoAxeViolations, readTable } from './support';

async function addCost(page: Page, kind: string, fields: Record<string, string>) {
  await page.getByRole('button', { name: 'Add a cost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a cost' });
  await dialog.getByLabel('Kind of cost').selectOption({ label: kind });
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toBeHidden();
}

async function attachReceipt(page: Page, line: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Attach receipt to ${line}` }).click();
  await (await chooser).setFiles(file);
}

test('a claim with a receipt goes from the venue to finance: rejected, fixed, approved, exported, paid', async ({
  page,
}) => {
  // A long journey with many axe checks: allow for a machine busy with other test runs.
  test.slow();
  await eventWithPeople(page, [person('p-sam', 'Sam Lee')], ['p-sam']);
  await page.goto('/#/expenses');
  await expect(page.getByRole('heading', { name: 'No expense claims yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'the expenses screen with no claims');
  await page.getByRole('button', { name: 'New claim' }).click();
  await expectNoAxeViolations(page, 'the new claim dialog');
  await page.keyboard.press('Escape');

  await startClaim(page, 'Sam Lee', 'HC-0042');
  await expect(page.getByText('Confirmed at check-in')).toBeVisible();

  // A bad amount is refused at the field and nothing is written.
  await page.getByRole('button', { name: 'Add a cost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a cost' });
  await dialog.getByLabel('Kind of cost').selectOption({ label: 'Parking' });
  await dialog.getByLabel('Amount (£)').fill('-4.00');
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog.getByLabel('Amount (£)')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Amount (£)')).toBeFocused();
  await expect(dialog).toContainText('The amount cannot be negative');
  await dialog.getByLabel('Amount (£)').fill('12.505');
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toContainText('no more than 2 decimal places');
  await expectNoAxeViolations(page, 'the cost dialog with an error');
  expect((await claims(page))[0]?.lines).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await addCost(page, 'Public transport (standard class)', {
    'Amount (£)': '12.50',
    Description: 'Bus, return',
  });
  await addCost(page, 'Mileage', { From: 'Otley', To: 'Leeds', Miles: '10' });
  await expect(page.locator('.claim-total')).toHaveText('£17.00');

  // Checks are live: the fare needs its receipt, and the declaration is not ticked.
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('£12.50 needs a receipt');
  await page.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.getByRole('alert')).toContainText('needs a receipt');
  expect((await claims(page))[0]?.status).toBe('draft');

  const fare = 'Public transport (standard class) — Bus, return';
  await attachReceipt(page, fare, RECEIPT_PNG);
  await expect(page.getByText('receipt.png (131 bytes)')).toBeVisible();
  await expect(checks).not.toContainText('needs a receipt');
  const [receipt] = await readTable<{ id: string; lineId: string; type: string; size: number }>(
    page,
    'receipts',
  );
  const stored = (await claims(page))[0];
  expect(receipt?.type).toBe('image/png');
  expect(receipt?.size).toBe(131);
  expect(stored?.lines.find((l) => l.category === 'public-transport')?.receiptIds).toEqual([
    receipt?.id,
  ]);
  await page.getByRole('button', { name: 'View receipt.png' }).click();
  await expect(page.getByRole('img', { name: 'Receipt receipt.png' })).toBeVisible();
  await expectNoAxeViolations(page, 'the receipt preview');
  await page.getByRole('button', { name: 'Close' }).click();

  for (const box of await page
    .getByRole('group', { name: /claimant confirms/ })
    .getByRole('checkbox')
    .all()) {
    await box.check();
  }
  await expectNoAxeViolations(page, 'a claim ready to submit');
  await page.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.locator('.page-header .claim-status')).toHaveText('Submitted');

  // Finance: the queue, filtered to what is waiting.
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Submitted' });
  await expect(page.getByRole('status').filter({ hasText: 'lines' })).toContainText(
    '1 claim · 2 lines · total £17.00',
  );
  await expectNoAxeViolations(page, 'the finance queue');
  await page.getByRole('link', { name: 'Sam Lee' }).click();
  await page.getByRole('button', { name: 'Reject' }).click();
  const reject = page.getByRole('dialog', { name: 'Reject this claim' });
  await reject.getByRole('button', { name: 'Reject claim' }).click();
  await expect(reject.getByLabel('Reason for rejecting')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the reject dialog');
  await reject.getByLabel('Reason for rejecting').fill('Fare should be £12.40.');
  await reject.getByRole('button', { name: 'Reject claim' }).click();
  await expect(page.locator('.page-header .claim-status')).toHaveText('Rejected');
  await expect(page.getByText('Fare should be £12.40.').first()).toBeVisible();

  // Fixed and sent again.
  await page.getByRole('button', { name: 'Reopen to fix' }).click();
  await page.getByRole('button', { name: `Edit ${fare}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit cost' });
  await edit.getByLabel('Amount (£)').fill('12.40');
  await edit.getByRole('button', { name: 'Save cost' }).click();
  await expect(page.locator('.claim-total')).toHaveText('£16.90');
  await page.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.locator('.page-header .claim-status')).toHaveText('Submitted');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.page-header .claim-status')).toHaveText('Approved');
  const trail = (await claims(page))[0]?.trail.map((e) => `${e.from}>${e.to}`);
  expect(trail).toEqual([
    'draft>submitted',
    'submitted>rejected',
    'rejected>draft',
    'draft>submitted',
    'submitted>approved',
  ]);
  const audit = await readTable<{ action: string }>(page, 'auditLog');
  expect(audit.map((a) => a.action)).toEqual(
    expect.arrayContaining(['claim-submitted', 'claim-rejected', 'claim-draft', 'claim-approved']),
  );

  const form = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download claim form (PDF)' }).click(),
  );
  const text = pdfText(form);
  expect(text).toContain('Expense claim: Sam Lee');
  expect(text).toContain('HC-0042');
  expect(text).toMatch(new RegExp(`${today()}\\s+Public transport.*receipt\\.png\\s+£12\\.40`));
  expect(text).toMatch(
    new RegExp(`${today()}\\s+Mileage — Car or van: Otley to\\s+10 mi at 45p = £4\\.50.*£4\\.50`),
  );
  expect(text).toMatch(/Total claimed\s+£16\.90/);
  expect(text).toContain('receipt.png');
  expect(text).toMatch(/Submitted → Rejected.*Fare should be £12\.40\./s);
  expect(text).toContain('Submitted → Approved');

  // The batch CSV: every column of every line, and totals that add up in pence.
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Approved' });
  await expect(page.getByRole('status').filter({ hasText: 'lines' })).toContainText('1 claim');
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV for finance' }).click(),
  );
  const csv = csvRows(file);
  expect(csv.hasBom).toBe(true);
  expect(csv.header).toEqual([...FINANCE_COLUMNS]);
  const claim = (await claims(page))[0];
  const [fareLine, mileLine] = claim?.lines ?? [];
  const common = {
    claim_id: claim?.id,
    claimant_id: 'p-sam',
    claimant_name: 'Sam Lee',
    event_title: 'Spring gathering',
    event_date: today(),
    line_date: today(),
    cost_code: 'HC-0042',
    status: 'approved',
  };
  expect(csv.rows).toEqual([
    expect.objectContaining({
      ...common,
      line_id: fareLine?.id,
      category: 'public-transport',
      description: 'Bus, return',
      amount_pence: '1240',
      amount_gbp: '12.40',
      receipt_refs: receipt?.id,
    }),
    expect.objectContaining({
      ...common,
      line_id: mileLine?.id,
      category: 'mileage',
      description: 'Car or van: Otley to Leeds, 10 miles',
      amount_pence: '450',
      amount_gbp: '4.50',
      receipt_refs: '',
    }),
  ]);
  expect(csv.rows.every((r) => r.event_id !== '' && r.event_id === csv.rows[0]?.event_id)).toBe(
    true,
  );
  expect(csv.rows.reduce((sum, r) => sum + Number(r.amount_pence), 0)).toBe(1690);

  await page.getByRole('button', { name: 'Mark this batch paid' }).click();
  await expectNoAxeViolations(page, 'the mark paid confirmation');
  await page
    .getByRole('dialog', { name: 'Mark this batch paid?' })
    .getByRole('button', { name: 'Mark paid' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked 1 claim paid.' })).toBeVisible();
  expect((await claims(page))[0]?.status).toBe('paid');
});
