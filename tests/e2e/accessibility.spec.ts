import { expect, test } from './test';
import { EventsPage, expectNoAxeViolations, startInDisplayMode, DISPLAY_MODES } from './support';

const AREAS = ['Events', 'People', 'Board', 'Voting', 'Surveys', 'Expenses', 'Reports', 'Settings'];

for (const display of DISPLAY_MODES) {
  test.describe(`${display} display`, () => {
    test.beforeEach(async ({ page }) => {
      await startInDisplayMode(page, display);
    });

    test('every screen passes axe', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
      await expectNoAxeViolations(page, 'Events (empty)');
      for (const area of AREAS.slice(1)) {
        const link = page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: area });
        await link.click();
        await expect(link).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, area);
      }
    });

    test('the events list, forms with errors and the delete dialog pass axe', async ({ page }) => {
      const events = new EventsPage(page);
      await events.open();
      await events.createTaskforce({ name: 'LGBT & Cancer', theme: 'LGBT' });
      await events.addEvent('LGBT & Cancer', {
        title: 'Upcoming day',
        date: '2099-05-01',
        venueName: 'Hall',
      });
      await events.addEvent('LGBT & Cancer', {
        title: 'Old day',
        date: '2001-05-01',
        venueName: 'Hall',
      });
      await page.getByText('Show 1 past event').click();
      await expectNoAxeViolations(page, 'Events with data');

      await page.getByRole('button', { name: 'Add event to LGBT & Cancer' }).click();
      await page.getByRole('button', { name: 'Save event' }).click();
      await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'New event form with errors');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New taskforce' }).click();
      await page.getByRole('button', { name: 'Save taskforce' }).click();
      await expectNoAxeViolations(page, 'New taskforce form with errors');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Delete taskforce LGBT & Cancer' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, 'Delete confirmation');
    });
  });
}

test('large print is chosen in Settings and stays after a reload', async ({ page }) => {
  await page.goto('/#/settings');
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await fontSize()).toBe('16px');
  await page.getByLabel('Large print and high contrast').check();
  expect(await fontSize()).toBe('22px');
  await page.reload();
  await expect(page.getByLabel('Large print and high contrast')).toBeChecked();
  expect(await fontSize()).toBe('22px');
});
