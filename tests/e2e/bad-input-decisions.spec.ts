import type { Page } from '@playwright/test';
import {
  BLANK,
  CANNOT_STORE,
  type FieldCase,
  HUGE,
  IMG,
  NUL,
  RLO,
  SCRIPT,
  TOO_LONG,
  expectRefused,
  failOnDialogs,
  textCases,
} from './bad-input-support';
import { readTable } from './support';
import { expect, test } from './test';
import { meeting, seedMeetings, vote } from './voting-fixtures';

/**
 * Bad input, everywhere: after a voting round, the concerns raised and the outcome (what was
 * decided, the dissent, the date decided and the review date). Each bad value gets its message
 * at the field and writes nothing; the valid follow-up is stored, hostile text as text.
 */

failOnDialogs();

const TABLES = ['proposals', 'rounds', 'outcomes', 'auditLog'];

/** A proposal whose first round (fist-to-five) has had one vote and is closed. */
async function closedRound(page: Page) {
  await seedMeetings(page, [meeting('ev-1', 'Spring gathering', '2026-03-14')]);
  await page.getByRole('link', { name: /Proposals at Spring gathering/ }).click();
  await page.getByRole('button', { name: 'New proposal' }).click();
  const proposal = page.getByRole('dialog', { name: 'New proposal' });
  await proposal.getByLabel('Title').fill('Meet on Saturdays');
  await proposal.getByLabel('The proposal').fill('Hold meetings on Saturdays.');
  await proposal.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meet on Saturdays' })).toBeVisible();
  await page.getByRole('button', { name: 'Start round 1' }).click();
  const start = page.getByRole('dialog', { name: 'Start round 1' });
  await start.getByRole('radio', { name: 'Fist-to-five' }).check();
  await start.getByRole('button', { name: 'Open round 1' }).click();
  await expect(start).toBeHidden();
  await vote(page, 'Ann Archer', /^2 fingers/);
  const round = page.getByRole('region', { name: 'Round 1: Fist-to-five' });
  await round.getByRole('button', { name: 'Close round 1' }).click();
  return round;
}

test('concerns refuse huge and hidden-character text beside the concern', async ({ page }) => {
  const round = await closedRound(page);
  const form = {
    open: async () => {
      await round.getByRole('button', { name: /(Record|Edit) concerns raised/ }).click();
      return page.getByRole('dialog', { name: 'Concerns raised after round 1' });
    },
    valid: {},
    submit: 'Save concerns',
  };
  // A blank concern is an unused row, so only huge and hidden characters are refused.
  const cases: FieldCase[] = textCases('Concern 1', /^$/).slice(1);
  await expectRefused(page, form, cases, TABLES);

  // The bad one is the second: the blank row before it goes, and the message follows the text.
  const before = await readTable(page, 'rounds');
  const dialog = await form.open();
  await dialog.getByRole('button', { name: 'Add a concern' }).click();
  await dialog.getByRole('button', { name: 'Add a concern' }).click();
  await dialog.getByLabel('Concern 2', { exact: true }).fill('Childcare');
  await dialog.getByLabel('Concern 3', { exact: true }).fill(NUL);
  await dialog.getByRole('button', { name: 'Save concerns' }).click();
  const bad = dialog.getByLabel('Concern 2', { exact: true });
  await expect(bad).toHaveValue(NUL);
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(bad).toHaveAccessibleDescription(CANNOT_STORE);
  await expect(dialog.getByLabel('Concern 1', { exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(await readTable(page, 'rounds')).toEqual(before);

  await bad.fill(SCRIPT);
  await dialog.getByRole('button', { name: 'Save concerns' }).click();
  await expect(dialog).toBeHidden();
  await expect(round.getByText(SCRIPT)).toBeVisible();
  const [stored] = await readTable<{ concerns: { concern: string }[] }>(page, 'rounds');
  expect(stored?.concerns).toEqual([{ concern: 'Childcare' }, { concern: SCRIPT }]);
});

test('the outcome refuses a blank or bad statement and dates out of order', async ({ page }) => {
  await closedRound(page);
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Record the outcome' }).click();
      return page.getByRole('dialog', { name: 'Record the outcome' });
    },
    valid: {
      'What was decided': 'Meetings move to Saturdays.',
      'Date of the decision': '2026-03-14',
      'Review date': '2026-09-14',
    },
    submit: 'Record the outcome',
  };
  const after = /The review date must be after the date of the decision\./;
  const cases: FieldCase[] = [
    ...textCases('What was decided', /Enter the decision\./),
    { label: 'Dissent noted', value: HUGE, message: TOO_LONG },
    { label: 'Dissent noted', value: RLO, message: CANNOT_STORE },
    { label: 'Date of the decision', value: '', message: /Enter the date of the decision/ },
    {
      label: 'Date of the decision',
      value: '2300-01-01',
      message: /Enter the date of the decision/,
    },
    { label: 'Review date', value: '', message: /Enter a review date/ },
    { label: 'Review date', value: '2026-03-01', message: after },
    { label: 'Review date', value: '2026-03-14', message: after },
    { label: 'Review date', value: '2300-01-01', message: /Enter a review date/ },
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  await dialog.getByLabel('What was decided').fill(SCRIPT);
  await dialog.getByLabel('Dissent noted').fill(`${BLANK}${IMG}`);
  await dialog.getByLabel('Review date').fill('2026-03-15');
  await dialog.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(dialog).toBeHidden();
  const recorded = page.getByRole('region', { name: 'Outcome' });
  await expect(recorded).toContainText(SCRIPT);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await readTable(page, 'outcomes')).toEqual([
    expect.objectContaining({
      statement: SCRIPT,
      dissent: IMG,
      decidedOn: '2026-03-14',
      reviewDate: '2026-03-15',
    }),
  ]);
});
