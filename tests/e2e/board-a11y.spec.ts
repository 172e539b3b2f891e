import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { cell, checkedIn, named, openBoard, person, slot, space, topic } from './board-support';
import { expectNoAxeViolations, startInDisplayMode, DISPLAY_MODES } from './support';

const SAM = { kind: 'person' as const, personId: 'p-sam' };

const rows = {
  people: [person('p-sam', 'Sam Lee'), person('p-ana', 'Ana Diaz')],
  attendance: [checkedIn('p-sam'), checkedIn('p-ana')],
  boardSlots: [
    slot('s1', '10:00', '11:00'),
    slot('lunch', '11:00', '11:30', 'break'),
    slot('s2', '11:30', '12:30'),
  ],
  boardSpaces: [space('garden', 'Garden room', 1, 1, false), space('hall', 'Hall', 2)],
  boardTopics: [
    topic('t1', 'Access to GPs', SAM, 'placed'),
    topic('t2', 'Mental health', SAM, 'placed'),
    topic('t3', 'Housing', named('Jo')),
  ],
  // Sam convenes two topics at 10:00: a conflict on screen; 11:30 Hall is pinned.
  boardCells: [
    cell('s1', 'garden', 't1'),
    cell('s1', 'hall', 't2'),
    cell('s2', 'hall', null, true),
  ],
};

async function dialogPasses(page: Page, open: () => Promise<void>, name: string, label: string) {
  await open();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await expectNoAxeViolations(page, label);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
}

// Each axe run over the board takes seconds when the machine is busy.
test.describe.configure({ timeout: 60_000 });

for (const display of DISPLAY_MODES) {
  test.describe(`${display} display`, () => {
    test.beforeEach(async ({ page }) => {
      await startInDisplayMode(page, display);
    });

    test('the marketplace, the grid and their dialogs pass axe', async ({ page }) => {
      await openBoard(page, rows);
      await expect(page.getByText('1 conflict to sort out.')).toBeVisible();
      await expectNoAxeViolations(page, 'Board: marketplace and grid');

      const button = (name: string) => () =>
        page.getByRole('button', { name, exact: true }).click();
      await dialogPasses(page, button('Add topic'), 'Add a topic', 'Add topic dialog');
      await button('Add topic')();
      await page.getByRole('dialog').getByRole('button', { name: 'Add topic' }).click();
      await expect(page.getByRole('dialog').getByLabel('Title')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expectNoAxeViolations(page, 'Add topic dialog with errors');
      await page.keyboard.press('Escape');
    });

    test('the time slot and space dialogs pass axe', async ({ page }) => {
      await openBoard(page, rows);
      const button = (name: string) => () =>
        page.getByRole('button', { name, exact: true }).click();
      await dialogPasses(page, button('Add time slot'), 'Add a time slot', 'Time slot dialog');
      await dialogPasses(page, button('Add space'), 'Add a space', 'Space dialog');
    });

    test('the move, merge and remove dialogs pass axe', async ({ page }) => {
      await openBoard(page, rows);
      const button = (name: string) => () =>
        page.getByRole('button', { name, exact: true }).click();
      await dialogPasses(page, button('Move… Housing'), "Move 'Housing'", 'Move topic dialog');
      await dialogPasses(
        page,
        button('Merge… Housing'),
        "Merge a duplicate into 'Housing'",
        'Merge',
      );
      await dialogPasses(page, button('Remove Housing'), "Remove 'Housing'?", 'Remove topic');
    });

    test('the law of two feet and its dialogs pass axe', async ({ page }) => {
      await openBoard(page, rows);
      const button = (name: string) => () =>
        page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('link', { name: 'Law of two feet' }).click();
      await page.getByLabel('Time slot', { exact: true }).selectOption({ label: '10:00–11:00' });
      await expect(page.getByRole('region', { name: 'Mental health', exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'Board: law of two feet');
      await dialogPasses(page, button('Move… Ana Diaz'), 'Move Ana Diaz', 'Move person dialog');
      await dialogPasses(
        page,
        button('Group record for Mental health'),
        'Group record: Mental health',
        'Group record dialog',
      );
    });

    test('the list of events passes axe', async ({ page }) => {
      await openBoard(page);
      await page.goto('/#/board');
      await expect(page.getByRole('link', { name: 'Spring open space' })).toBeVisible();
      await expectNoAxeViolations(page, 'Board: choose an event');
    });
  });
}
