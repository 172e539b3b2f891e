import type { Page } from '@playwright/test';
import {
  type FieldCase,
  HUGE,
  IMG,
  NUL,
  RLO,
  SCRIPT,
  expectRefused,
  failOnDialogs,
  textCases,
} from './bad-input-support';
import { readTable } from './support';
import { expect, test } from './test';
import { meeting, seedMeetings } from './voting-fixtures';

/**
 * Bad input, everywhere: the voting forms (a new proposal, a dot-voting round's options and
 * dot budget). Each bad value gets its message at the field and writes nothing; the valid
 * follow-up still works and hostile markup shows as text.
 */

failOnDialogs();

const TABLES = ['proposals', 'rounds', 'auditLog'];

async function openMeeting(page: Page) {
  await seedMeetings(page, [meeting('ev-1', 'Spring gathering', '2026-03-14')]);
  await page.getByRole('link', { name: /Proposals at Spring gathering/ }).click();
  await expect(page.getByText('No proposals yet')).toBeVisible();
}

test('a new proposal refuses bad wording and keeps hostile wording as text', async ({ page }) => {
  await openMeeting(page);
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'New proposal' }).click();
      return page.getByRole('dialog', { name: 'New proposal' });
    },
    valid: { Title: 'Meet on Saturdays', 'The proposal': 'Hold meetings on Saturdays.' },
    submit: 'Add proposal',
  };
  const cases: FieldCase[] = [
    ...textCases('Title', /Enter (a|the) title/),
    // The proposal's own wording is optional, so only huge and hidden characters are refused.
    ...textCases('The proposal', /^$/).slice(1),
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel('Title').fill(SCRIPT);
  await dialog.getByLabel('The proposal').fill(IMG);
  await dialog.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCRIPT })).toBeVisible();
  await expect(page.getByText(IMG)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await readTable(page, 'proposals')).toEqual([expect.objectContaining({ title: SCRIPT })]);
});

test('a dot-voting round refuses bad options and dot budgets, then opens', async ({ page }) => {
  await openMeeting(page);
  await page.getByRole('button', { name: 'New proposal' }).click();
  const proposal = page.getByRole('dialog', { name: 'New proposal' });
  await proposal.getByLabel('Title').fill('Where to meet');
  await proposal.getByLabel('The proposal').fill('Choose our venues.');
  await proposal.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where to meet' })).toBeVisible();

  const options = 'Options to vote on';
  const dots = 'Dots for each person';
  const many = Array.from({ length: 200 }, (_, i) => `Option ${i}`);
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Start round 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Start round 1' });
      await dialog.getByRole('radio', { name: 'Dot voting' }).check();
      return dialog;
    },
    valid: { [options]: 'Library\nCafé\nHall', [dots]: '1' },
    submit: 'Open round 1',
  };
  const cases: FieldCase[] = [
    { label: options, value: '', message: /Give at least \d options/ },
    { label: options, value: 'Only one', message: /Give at least \d options/ },
    { label: options, value: `Library\n${HUGE}`, message: /characters or fewer/ },
    { label: options, value: `Library\n${NUL}`, message: /cannot be stored/ },
    { label: options, value: `Library\n${RLO}`, message: /cannot be stored/ },
    { label: options, value: many.join('\n'), message: /Give at most \d+ options/ },
    { label: dots, value: '0', message: /dot/i },
    { label: dots, value: '-3', message: /dot/i },
    { label: dots, value: '2.5', message: /dot/i },
    { label: dots, value: '99999', message: /dot/i },
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel(options).fill(`Library\n${SCRIPT}\nHall`);
  await dialog.getByRole('button', { name: 'Open round 1' }).click();
  await expect(dialog).toBeHidden();
  const [round] = await readTable<{ options: { label: string }[] }>(page, 'rounds');
  expect(round?.options.map((o) => o.label)).toEqual(['Library', SCRIPT, 'Hall']);
});
