import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  IMG,
  SCRIPT,
  claimEventRows,
  failOnDialogs,
  openEvents,
  snapshot,
} from './bad-input-support';
import { RECEIPT_PDF, RECEIPT_PNG, startClaim } from './expenses-setup';
import { readTable, seed } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: receipt files that are not photos or PDFs by their bytes, empty, too
 * big, scripted, or with hostile names. Each refusal names the problem and stores nothing; a
 * real receipt is still attached afterwards, and its name is shown as text.
 */

failOnDialogs();

const TABLES = ['receipts', 'claims', 'auditLog'] as const;
const PNG = readFileSync(RECEIPT_PNG);
const PDF = readFileSync(RECEIPT_PDF);

async function claimWithParking(page: Page) {
  await openEvents(page);
  await seed(page, claimEventRows());
  await startClaim(page, 'Sam Lee', 'HC-0042');
  await page.getByRole('button', { name: 'Add a cost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a cost' });
  await dialog.getByLabel('Kind of cost').selectOption({ label: 'Parking' });
  await dialog.getByLabel('Amount (£)').fill('4.50');
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toBeHidden();
}

async function attach(page: Page, name: string, buffer: Buffer, mimeType = 'image/png') {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Attach receipt to Parking' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
}

const receipts = (page: Page) => readTable<{ name: string; type: string }>(page, 'receipts');

test('files that are not receipts are refused by their bytes, whatever their name', async ({
  page,
}) => {
  await claimWithParking(page);
  const before = await snapshot(page, TABLES);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`;
  const NOT_A_PHOTO = /not a photo \(JPEG, PNG, WebP, GIF, HEIC\) or a PDF/;
  const refusals: [string, Buffer, RegExp][] = [
    ['receipt.png', Buffer.from('Bus fare £4.50, honest.'), NOT_A_PHOTO],
    ['receipt.svg', Buffer.from(svg), NOT_A_PHOTO],
    ['receipt.jpg', Buffer.from(`<html><body>${SCRIPT}</body></html>`), NOT_A_PHOTO],
    ['receipt.pdf', Buffer.from('PK\u0003\u0004 a zip pretending'), NOT_A_PHOTO],
    ['empty.png', Buffer.alloc(0), /That file is empty/],
    [
      'huge.png',
      Buffer.concat([PNG, Buffer.alloc(10_500_000)]),
      /That file is 11 MB; the most this can open is 10 MB/,
    ],
  ];
  const alert = page.getByRole('alert');
  for (const [name, buffer, message] of refusals) {
    await attach(page, name, buffer);
    await expect(alert, name).toContainText(message);
    expect(await snapshot(page, TABLES), name).toEqual(before);
  }
  await expect(page.getByText('No receipt attached.')).toBeVisible();

  // A PDF named .png is taken for what its bytes say; the message goes once a receipt is kept.
  await attach(page, 'scan.png', PDF);
  await expect(page.getByText(/^scan\.png \(/)).toBeVisible();
  await expect(alert).toBeHidden();
  expect((await receipts(page)).map((r) => r.type)).toEqual(['application/pdf']);
  await page.getByRole('button', { name: 'View scan.png' }).click();
  const preview = page.getByRole('dialog', { name: 'Receipt: scan.png' });
  await expect(preview.getByText(/^PDF, \d+ bytes\./)).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();
});

test('a hostile file name is kept as plain text, without its control characters', async ({
  page,
}) => {
  await claimWithParking(page);
  await attach(page, `${IMG}.png`, PNG);
  await expect(page.getByText(`${IMG}.png (131 bytes)`)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // "receipt\u202Egnp.exe" would read as "receiptexe.png": the override is taken out.
  await attach(page, 'receipt\u202Egnp.exe', PNG);
  await expect(page.getByText('receiptgnp.exe (131 bytes)')).toBeVisible();
  await attach(page, `${'a'.repeat(300)}.png`, PNG);
  await expect(page.getByText(`${'a'.repeat(200)} (131 bytes)`)).toBeVisible();
  const names = (await receipts(page)).map((r) => r.name);
  expect(names.sort()).toEqual([`${IMG}.png`, 'a'.repeat(200), 'receiptgnp.exe'].sort());
  const [claim] = await readTable<{ lines: { receiptIds: string[] }[] }>(page, 'claims');
  expect(claim?.lines[0]?.receiptIds).toHaveLength(3);
});
