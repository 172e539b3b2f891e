import {
  type FieldCase,
  HUGE,
  IMG,
  SCRIPT,
  expectRefused,
  expectRefusedInPlace,
  failOnDialogs,
  textCases,
} from './bad-input-support';
import { readTable } from './support';
import { expect, test } from './test';

/**
 * Bad input, everywhere: the settings screen, the kiosk PIN and the consent form wording. Each
 * bad value gets its message at the field and writes nothing; a valid value is saved after.
 */

failOnDialogs();

test('your name in settings refuses blank, huge and hidden characters, and keeps markup as text', async ({
  page,
}) => {
  await page.goto('/#/settings');
  const scope = page.getByRole('form', { name: 'Who is using this laptop' });
  await expectRefusedInPlace(
    page,
    { scope, submit: 'Save name' },
    textCases('Your name', /Enter your name\.$/),
    ['settings', 'auditLog'],
  );

  await scope.getByLabel('Your name').fill(SCRIPT);
  await scope.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(/Your name is saved/)).toBeVisible();
  expect(await readTable(page, 'settings')).toContainEqual({
    key: 'facilitatorName',
    value: SCRIPT,
  });
});

test('the kiosk PIN refuses short, long, lettered, spaced, non-ASCII and repeated PINs', async ({
  page,
}) => {
  await page.goto('/#/surveys/kiosk-pin');
  const scope = page.getByRole('form', { name: 'Set a PIN' });
  const pin = 'PIN (4 to 8 digits)';
  const digits = /^Enter 4 to 8 digits\.$/;
  const cases: FieldCase[] = [
    { label: pin, value: '', message: digits },
    { label: pin, value: '12', message: digits },
    { label: pin, value: 'abcd', message: digits },
    { label: pin, value: '12 34', message: digits },
    { label: pin, value: '１２３４', message: digits },
    { label: pin, value: '-123', message: digits },
    { label: pin, value: '1111', message: /not the same digit repeated/ },
    { label: 'Type the PIN again', value: '4827', message: /The two PINs do not match/ },
  ];
  await expectRefusedInPlace(
    page,
    { scope, submit: 'Set PIN', valid: { [pin]: '4826', 'Type the PIN again': '4826' } },
    cases,
    ['settings'],
  );

  // A very long PIN cannot be typed past 8 digits.
  await scope.getByLabel(pin).fill('1234567890123456');
  await expect(scope.getByLabel(pin)).toHaveValue('12345678');
  await scope.getByLabel(pin).fill('4826');
  await scope.getByLabel('Type the PIN again').fill('4826');
  await scope.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByText('Kiosk PIN saved.')).toBeVisible();
  const stored = await readTable<{ key: string; value: unknown }>(page, 'settings');
  expect(stored.map((s) => s.key)).toContain('kioskPin');
  expect(JSON.stringify(stored)).not.toContain('4826');
});

test('the consent form wording refuses blank, huge and hidden characters, and keeps markup as text', async ({
  page,
}) => {
  await page.goto('/#/people/consent-forms');
  await page.getByRole('button', { name: 'Create the consent form' }).click();
  await expect(page.getByRole('heading', { name: 'Current wording: version 1' })).toBeVisible();
  const form = {
    open: async () => {
      await page.getByRole('button', { name: 'Edit wording' }).click();
      return page.getByRole('dialog', { name: 'Edit wording (version 1)' });
    },
    valid: {},
    submit: 'Save as version 2',
  };
  await expectRefused(page, form, textCases('Form title', /^Enter /), ['consentForms', 'auditLog']);
  const dialog = await form.open();
  const statement = dialog.getByRole('textbox').nth(1);
  const statementLabel = (await statement.getAttribute('id')) ?? '';
  expect(statementLabel).not.toBe('');
  for (const value of [' ', HUGE, 'Keep \u202Eon file']) {
    await statement.fill(value);
    await dialog.getByRole('button', { name: 'Save as version 2' }).click();
    await expect(statement).toHaveAttribute('aria-invalid', 'true');
    await expect(statement).toHaveAccessibleDescription(
      /Enter|characters or fewer|cannot be stored/,
    );
  }
  expect(await readTable(page, 'consentForms')).toHaveLength(1);

  await statement.fill(`We keep your email ${IMG}`);
  await dialog.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Current wording: version 2' })).toBeVisible();
  await expect(page.getByText(`We keep your email ${IMG}`)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
