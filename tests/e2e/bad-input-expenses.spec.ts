import type { Page } from '@playwright/test';
import {
  BLANK,
  type FieldCase,
  HUGE,
  NUL,
  RLO,
  claimEventRows,
  expectRefused,
  failOnDialogs,
  openEvents,
  textCases,
} from './bad-input-support';
import { claims, startClaim, today } from './expenses-setup';
import { seed } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: the expense claim forms beyond the amount (which bad-input-forms
 * covers): the new claim's cost code and payment reference, and a mileage line's places, miles,
 * passengers and description. Each bad value gets its message at the field and writes nothing.
 */

failOnDialogs();

const TABLES = ['claims', 'auditLog'];

async function ready(page: Page) {
  await openEvents(page);
  await seed(page, claimEventRows());
}

test('a new claim refuses a huge or hidden-character cost code and payment reference', async ({
  page,
}) => {
  await ready(page);
  await page.goto('/#/expenses');
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'New claim' }).click();
      const dialog = page.getByRole('dialog', { name: 'New claim' });
      await dialog.getByLabel('Event').selectOption({ label: `Spring gathering (${today()})` });
      await dialog.getByLabel('Who is claiming').selectOption({ label: 'Sam Lee (checked in)' });
      return dialog;
    },
    valid: {},
    submit: 'Start claim',
  };
  // Both are optional, so a blank one is fine: huge and hidden characters are not.
  const cases: FieldCase[] = [
    ...textCases('Cost code', /^$/).slice(1),
    ...textCases('Payment details reference', /^$/).slice(1),
  ];
  await expectRefused(page, form, cases, TABLES);
  await startClaim(page, 'Sam Lee', 'HC-0042');
  expect(await claims(page)).toHaveLength(1);
});

test('a mileage line refuses bad places, miles, passengers and descriptions', async ({ page }) => {
  await ready(page);
  await startClaim(page, 'Sam Lee', 'HC-0042');
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Add a cost' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a cost' });
      await dialog.getByLabel('Kind of cost').selectOption({ label: 'Mileage' });
      return dialog;
    },
    valid: { From: 'Otley', To: 'Leeds', Miles: '10' },
    submit: 'Add cost',
  };
  // After the hint ("As the trip meter shows, e.g. 12.5"), a message must follow.
  const someMessage = /e\.g\. 12\.5 \S/;
  const miles = (value: string, message = someMessage): FieldCase => ({
    label: 'Miles',
    value,
    message,
  });
  const cases: FieldCase[] = [
    ...textCases('From', /Enter /),
    ...textCases('To', /Enter /),
    miles(BLANK),
    miles('ten', /Enter digits only/),
    miles('-4', /cannot be negative/),
    miles('0'),
    miles('1e6'),
    miles('99999999'),
    miles('12.3456'),
    { label: 'Passengers', value: '-1', message: /passenger|digits|whole/i },
    { label: 'Passengers', value: 'two', message: /passenger|digits|whole/i },
    { label: 'Passengers', value: '2.5', message: /passenger|digits|whole/i },
    { label: 'Description', value: HUGE, message: /characters or fewer/ },
    { label: 'Description', value: NUL, message: /cannot be stored/ },
    { label: 'Description', value: RLO, message: /cannot be stored/ },
  ];
  await expectRefused(page, form, cases, TABLES);

  const dialog = await form.open();
  for (const [label, value] of Object.entries(form.valid)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: 'Add cost' }).click();
  await expect(dialog).toBeHidden();
  const [claim] = await claims(page);
  expect(claim?.lines.map((l) => l.category)).toEqual(['mileage']);
});
