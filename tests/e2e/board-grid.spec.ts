import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { Slot, Space } from '../../src-renderer/domain/board/grid';
import type { Topic } from '../../src-renderer/domain/board/topics';
import {
  cellAt,
  drag,
  dragKey,
  dragNews,
  openBoard,
  queue,
  storedCells,
  topicHandle,
} from './board-support';
import { readTable } from './support';

async function addSlot(page: Page, start: string, end: string) {
  await page.getByRole('button', { name: 'Add time slot', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a time slot' });
  await dialog.getByLabel('Start').fill(start);
  await dialog.getByLabel('End').fill(end);
  await dialog.getByRole('button', { name: 'Save time slot' }).click();
  await expect(dialog).toBeHidden();
}

async function addSpace(page: Page, name: string, capacity: string) {
  await page.getByRole('button', { name: 'Add space', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a space' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Capacity').fill(capacity);
  await dialog.getByLabel('Step-free access').check();
  await dialog.getByRole('button', { name: 'Save space' }).click();
  await expect(dialog).toBeHidden();
}

async function addTopic(page: Page, title: string, convener: string) {
  await page.getByRole('button', { name: 'Add topic', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a topic' });
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Convener', { exact: true })
    .selectOption({ label: 'Someone else (type their name)' });
  await dialog.getByLabel('Convener: name').fill(convener);
  await dialog.getByLabel('Tags').fill('access, health');
  await dialog.getByRole('button', { name: 'Add topic' }).click();
  await expect(dialog).toBeHidden();
  await expect(topicHandle(page, title)).toBeVisible();
}

/** "slot|space" keys for the cells, named as on screen. */
async function cellKeys(page: Page) {
  const slots = await readTable<Slot>(page, 'boardSlots');
  const spaces = await readTable<Space>(page, 'boardSpaces');
  const topics = await readTable<Topic>(page, 'boardTopics');
  const slotId = (start: string) => slots.find((s) => s.start === start)?.id;
  const spaceId = (name: string) => spaces.find((s) => s.name === name)?.id;
  const topicId = (title: string) => topics.find((t) => t.title === title)?.id ?? '';
  return {
    key: (start: string, name: string) => `${slotId(start)}|${spaceId(name)}`,
    topicId,
  };
}

test('choose an event, build a grid, add topics, place, swap, undo and redo', async ({
  page,
  keyboardOnly,
}) => {
  await openBoard(page);
  await page.goto('/#/board');
  await page.getByLabel('Search events').fill('spring');
  await page.getByRole('link', { name: 'Spring open space' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board: Spring open space' }),
  ).toBeVisible();
  await expect(page.getByText('The grid is empty')).toBeVisible();

  await addSlot(page, '10:00', '11:00');
  await addSlot(page, '11:00', '12:00');
  await addSpace(page, 'Garden room', '12');
  await addSpace(page, 'Hall', '30');
  expect(await readTable(page, 'boardSlots')).toHaveLength(2);
  expect(await readTable(page, 'boardSpaces')).toHaveLength(2);

  await addTopic(page, 'Access to GPs', 'Sam Lee');
  await addTopic(page, 'Mental health', 'Alex Kay');
  await addTopic(page, 'Housing', 'Jo Bell');
  await expect(queue(page)).toContainText('3 topics waiting.');
  const { key, topicId } = await cellKeys(page);
  const [gps, mental, housing] = ['Access to GPs', 'Mental health', 'Housing'].map(topicId);

  // By mouse: from the queue to 10:00, Garden room.
  await drag(page, topicHandle(page, 'Access to GPs'), cellAt(page, '10:00, Garden room'));
  await expect(cellAt(page, '10:00, Garden room')).toContainText('Access to GPs');
  await expect.poll(() => storedCells(page)).toEqual({ [key('10:00', 'Garden room')]: gps });

  // By keyboard: Space, Right (10:00 Garden room), Right (10:00 Hall), Space.
  await topicHandle(page, 'Mental health').focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText('Picked up topic Mental health from the queue.');
  await dragKey(page, 'ArrowRight');
  await expect(dragNews(page)).toContainText('Over 10:00, Garden room, which holds Access to GPs.');
  await page.keyboard.press('ArrowRight');
  await expect(dragNews(page)).toContainText('Over 10:00, Hall, which is empty.');
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText('Dropped Mental health in 10:00, Hall.');
  await expect(cellAt(page, '10:00, Hall')).toContainText('Mental health');
  await expect
    .poll(() => storedCells(page))
    .toEqual({
      [key('10:00', 'Garden room')]: gps,
      [key('10:00', 'Hall')]: mental,
    });

  // Without dragging: the Move dialog issues the same command.
  await page.getByRole('button', { name: 'Move… Housing' }).click();
  const move = page.getByRole('dialog', { name: "Move 'Housing'" });
  await move.getByLabel('Move to').selectOption({ label: '11:00, Garden room' });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(cellAt(page, '11:00, Garden room')).toContainText('Housing');

  // Swap: Access to GPs dropped on Mental health's cell.
  await drag(page, topicHandle(page, 'Access to GPs'), cellAt(page, '10:00, Hall'));
  const swapped = {
    [key('10:00', 'Garden room')]: mental,
    [key('10:00', 'Hall')]: gps,
    [key('11:00', 'Garden room')]: housing,
  };
  await expect.poll(() => storedCells(page)).toEqual(swapped);
  await expect(cellAt(page, '10:00, Garden room')).toContainText('Mental health');

  // Undo by button, then Ctrl+Z, then redo with Ctrl+Shift+Z and the button.
  const undo = page.getByRole('button', { name: "Undo: move 'Access to GPs' to 10:00, Hall" });
  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone:' })).toContainText(
    "Undone: move 'Access to GPs' to 10:00, Hall.",
  );
  const placed = {
    [key('10:00', 'Garden room')]: gps,
    [key('10:00', 'Hall')]: mental,
    [key('11:00', 'Garden room')]: housing,
  };
  await expect.poll(() => storedCells(page)).toEqual(placed);
  // Away from any field, so the shortcut is the page's (by keyboard, focus is on Undo already).
  if (!keyboardOnly) await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => storedCells(page))
    .toEqual({
      [key('10:00', 'Garden room')]: gps,
      [key('10:00', 'Hall')]: mental,
    });
  await expect(queue(page)).toContainText('Housing');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedCells(page)).toEqual(placed);
  await page.getByRole('button', { name: "Redo: move 'Access to GPs' to 10:00, Hall" }).click();
  await expect.poll(() => storedCells(page)).toEqual(swapped);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
});
