import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { readTable } from './support';

/** Presses Tab until the element is focused; fails if it is never reached. */
async function tabTo(
  page: Page,
  name: string | RegExp,
  role: 'button' | 'link' | 'textbox' | 'searchbox' = 'button',
  within: Page | Locator = page,
) {
  const target = within.getByRole(role, { name, exact: typeof name === 'string' });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${role} "${String(name)}"`);
}

test('keyboard alone reaches every area, and a skip link jumps to the content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  for (const area of [
    'People',
    'Board',
    'Voting',
    'Surveys',
    'Expenses',
    'Reports',
    'Settings',
    'Events',
  ]) {
    await page.locator('body').focus();
    await tabTo(page, area, 'link', page.getByRole('navigation', { name: 'Main' }));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }),
    ).toHaveAttribute('aria-current', 'page');
  }
});

test('a taskforce and an event can be created, found and deleted by keyboard alone', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await tabTo(page, 'New taskforce');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New taskforce' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard taskforce');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard theme');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Keyboard taskforce' })).toBeVisible();

  await tabTo(page, 'Add event to Keyboard taskforce');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Keyboard event');
  await page.keyboard.press('Tab');
  // 01/01 reads the same day-first or month-first, whatever the browser's date format.
  await page.keyboard.type('01012030');
  await tabTo(page, 'Venue name', 'textbox');
  await page.keyboard.type('Keyboard hall');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard event' })).toBeVisible();
  expect(await readTable(page, 'events')).toEqual([
    expect.objectContaining({ title: 'Keyboard event', date: '2030-01-01' }),
  ]);

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.keyboard.type('keyb');
  await expect(page.getByRole('status').filter({ hasText: '1 events match' })).toBeAttached();

  await tabTo(page, 'Delete Keyboard event');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete Keyboard event' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete event' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard event' })).toHaveCount(0);
  expect(await readTable(page, 'events')).toEqual([]);
});
