import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { downloadFrom } from './files';
import { expectNoAxeViolations, readTable, seed, startInDisplayMode } from './support';

const NOW = '2026-11-01T10:00:00.000Z';
const taskforce = (id: string, name: string) => ({
  id,
  name,
  theme: 'Theme',
  description: '',
  communities: [],
  startDate: '2026-01-10',
  status: 'active',
  createdAt: NOW,
  updatedAt: NOW,
  version: 1,
});

/** A receipt photo stored as a Blob, which JSON seeding cannot carry. */
async function addReceipt(page: Page, bytes: number[]) {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onsuccess = () => {
          const tx = open.result.transaction('receipts', 'readwrite');
          const image = new Blob([new Uint8Array(data)], { type: 'image/png' });
          tx.objectStore('receipts').put({ id: 'receipt-1', claimId: 'claim-1', image });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    bytes,
  );
}

async function receiptBytes(page: Page): Promise<number[] | null> {
  return page.evaluate(
    () =>
      new Promise<number[] | null>((resolve, reject) => {
        const open = indexedDB.open('two-feet');
        open.onsuccess = () => {
          const request = open.result
            .transaction('receipts')
            .objectStore('receipts')
            .get('receipt-1');
          request.onsuccess = () => {
            open.result.close();
            const image = (request.result as { image?: Blob } | undefined)?.image;
            if (!image) return resolve(null);
            void image.arrayBuffer().then((b) => resolve([...new Uint8Array(b)]));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function openBackups(page: Page) {
  await page.goto('/#/reports');
  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

async function chooseFile(page: Page, file: { name: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore from a file…' }).click(),
  ]);
  await chooser.setFiles({ ...file, mimeType: 'application/octet-stream' });
}

test('save a backup, change the data, restore it, and the old data is back', async ({ page }) => {
  await page.goto('/');
  await seed(page, { taskforces: [taskforce('tf-1', 'Before the backup')] });
  await addReceipt(page, [0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  await openBackups(page);
  await expect(page.getByTestId('automatic-unavailable')).toContainText(
    'Automatic backups are only in the desktop app',
  );
  await expectNoAxeViolations(page, 'Backups');

  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save a backup' }).click(),
  );
  expect(backup.name).toMatch(/^two-feet-backup-\d{4}-\d{2}-\d{2}-\d{4}\.tfbackup$/);
  await expect(page.getByRole('status')).toContainText(`Backup saved as ${backup.name}`);
  const text = backup.bytes.toString('utf8');
  const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as {
    format: string;
    tables: { name: string; rows: number }[];
  };
  expect(header.format).toBe('two-feet-backup');
  expect(header.tables).toContainEqual({ name: 'taskforces', rows: 1 });
  expect(header.tables).toContainEqual({ name: 'receipts', rows: 1 });

  // Change the data after the backup.
  await seed(page, { taskforces: [taskforce('tf-2', 'Added after the backup')] });
  await addReceipt(page, [9, 9, 9]);
  await openBackups(page);

  await chooseFile(page, { name: backup.name, buffer: backup.bytes });
  const confirm = page.getByRole('dialog', { name: 'Replace everything on this laptop?' });
  await expect(confirm).toContainText('A backup of the current data is made first');
  await expect(confirm).toContainText('Records');
  await expectNoAxeViolations(page, 'Restore confirmation');
  const safety = await downloadFrom(page, () =>
    confirm.getByRole('button', { name: 'Replace with this backup' }).click(),
  );
  expect(safety.name).toMatch(/^two-feet-before-restore-.*\.tfbackup$/);
  expect(safety.bytes.toString('utf8')).toContain('Added after the backup');
  await expect(page.getByRole('alert')).toContainText('was restored');

  const taskforces = await readTable<{ name: string }>(page, 'taskforces');
  expect(taskforces.map((t) => t.name)).toEqual(['Before the backup']);
  expect(await receiptBytes(page)).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const audit = await readTable<{ action: string }>(page, 'auditLog');
  expect(audit.map((e) => e.action)).toEqual(['backup-restored']);
  await expectNoAxeViolations(page, 'Backups after a restore');
});

test('a damaged backup and a file that is not a backup are refused, and nothing changes', async ({
  page,
}) => {
  await page.goto('/');
  await seed(page, { taskforces: [taskforce('tf-1', 'Kept')] });
  await openBackups(page);
  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save a backup' }).click(),
  );
  await seed(page, { taskforces: [taskforce('tf-2', 'Also kept')] });
  await openBackups(page);
  const before = await readTable(page, 'taskforces');

  const damaged = Buffer.from(backup.bytes);
  const at = damaged.length - 10;
  damaged[at] = damaged[at] === 0x41 ? 0x42 : 0x41;
  await chooseFile(page, { name: 'damaged.tfbackup', buffer: damaged });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file was not restored.');
  await expect(alert).toContainText('This backup file is damaged');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await chooseFile(page, { name: 'photo.png', buffer: png });
  await expect(alert).toContainText('This file is not a Two Feet backup');

  const cut = backup.bytes.subarray(0, backup.bytes.length - 50);
  await chooseFile(page, { name: 'cut.tfbackup', buffer: Buffer.from(cut) });
  await expect(alert).toContainText('This backup file is incomplete');
  await expectNoAxeViolations(page, 'Backups with a refusal');

  expect(await readTable(page, 'taskforces')).toEqual(before);
  expect(await readTable(page, 'auditLog')).toEqual([]);
});

test('the backups screen passes axe in large print', async ({ page }) => {
  await startInDisplayMode(page, 'large');
  await openBackups(page);
  await expectNoAxeViolations(page, 'Backups in large print');
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and records' })).toBeVisible();
  await expectNoAxeViolations(page, 'Reports in large print');
});

test('low free space is pointed out above every screen, Backups and Settings included', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: () => Promise.resolve({ quota: 10_000_000_000, usage: 9_900_000_000 }),
    });
  });
  await openBackups(page);
  await expect(page.getByTestId('low-space')).toContainText(
    'This computer is running out of space: about 100 MB is left',
  );
  await expectNoAxeViolations(page, 'Backups with low space');
  await page.goto('/#/settings');
  await expect(page.getByTestId('low-space')).toBeVisible();
});

test('when the data cannot be opened, the start-up screen restores a backup file', async ({
  page,
}) => {
  await page.goto('/');
  await seed(page, { taskforces: [taskforce('tf-1', 'In the backup')] });
  await openBackups(page);
  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Save a backup' }).click(),
  );
  await seed(page, { taskforces: [taskforce('tf-2', 'Not in the backup')] });

  // From the next start, opening the database fails as on a full disk, until space is freed.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('disk') === null) sessionStorage.setItem('disk', 'full');
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'two-feet' && sessionStorage.getItem('disk') === 'full') {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return open.call(this, name, version);
    };
  });
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two Feet could not start' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await expectNoAxeViolations(page, 'Start-up error with recovery');

  await page.evaluate(() => sessionStorage.setItem('disk', 'freed'));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore a backup file…' }).click(),
  ]);
  await chooser.setFiles({
    name: backup.name,
    mimeType: 'application/octet-stream',
    buffer: backup.bytes,
  });
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('will replace the data Two Feet cannot open');
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();

  // The app starts again, on the screen it was on.
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  const taskforces = await readTable<{ name: string }>(page, 'taskforces');
  expect(taskforces.map((t) => t.name)).toEqual(['In the backup']);
  const audit = await readTable<{ action: string }>(page, 'auditLog');
  expect(audit.map((e) => e.action)).toEqual(['backup-restored']);
});
