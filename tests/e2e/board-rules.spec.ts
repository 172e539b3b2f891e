import { expect, test } from './test';
import type { Topic } from '../../src-renderer/domain/board/topics';
import {
  cell,
  cellAt,
  drag,
  dragNews,
  named,
  openBoard,
  queue,
  slot,
  space,
  storedCells,
  topic,
  topicHandle,
} from './board-support';
import { readTable } from './support';

const grid = {
  boardSlots: [
    slot('s1', '10:00', '11:00'),
    slot('lunch', '11:00', '11:30', 'break'),
    slot('s2', '11:30', '12:30'),
  ],
  boardSpaces: [space('garden', 'Garden room', 1), space('hall', 'Hall', 2)],
};

test('a drop on a pinned cell is refused with the reason, and nothing moves', async ({ page }) => {
  await openBoard(page, {
    ...grid,
    boardTopics: [
      topic('t1', 'Access to GPs', named('Sam'), 'placed'),
      topic('t2', 'Mental health', named('Alex')),
    ],
    boardCells: [cell('s1', 'garden', 't1')],
  });
  await expect(page.getByRole('row', { name: /Break/ })).toBeVisible();
  await page.getByRole('button', { name: 'Pin 10:00, Garden room', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Pin 10:00, Garden room', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await readTable<{ pinned: boolean }>(page, 'boardCells'))[0]?.pinned)
    .toBe(true);

  await drag(page, topicHandle(page, 'Mental health'), cellAt(page, '10:00, Garden room'));
  // Shown on screen, and said by the drag's live region.
  await expect(page.locator('.toast-region')).toContainText(
    'The 10:00 Garden room session is pinned. Unpin it first.',
  );
  await expect(dragNews(page)).toHaveText(
    'Mental health was not moved. The 10:00 Garden room session is pinned. Unpin it first.',
  );
  expect(await storedCells(page)).toEqual({ 's1|garden': 't1' });
  await expect(queue(page)).toContainText('Mental health');

  // Unpinned, the same drop swaps: the topic that was there goes back to the queue.
  await page.getByRole('button', { name: 'Pin 10:00, Garden room', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Pin 10:00, Garden room', exact: true }),
  ).toHaveAttribute('aria-pressed', 'false');
  await drag(page, topicHandle(page, 'Mental health'), cellAt(page, '10:00, Garden room'));
  await expect.poll(() => storedCells(page)).toEqual({ 's1|garden': 't2' });
  await expect(queue(page)).toContainText('Access to GPs');
  const statuses = Object.fromEntries(
    (await readTable<Topic>(page, 'boardTopics')).map((t) => [t.id, t.status]),
  );
  expect(statuses).toEqual({ t1: 'queued', t2: 'placed' });
});

test('duplicates merge keeping both conveners; a queued topic is removed after confirming', async ({
  page,
}) => {
  await openBoard(page, {
    ...grid,
    boardTopics: [
      topic('t1', 'Mental health', named('Alex')),
      topic('t2', 'Mental wellbeing', named('Jo')),
      topic('t3', 'Parking', named('Sam')),
    ],
  });
  await page.getByRole('button', { name: 'Merge… Mental health' }).click();
  const merge = page.getByRole('dialog', { name: "Merge a duplicate into 'Mental health'" });
  await merge.getByLabel('Duplicate').selectOption({ label: 'Mental wellbeing (Jo)' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(topicHandle(page, 'Mental health')).toContainText('Alex and Jo');
  await expect(topicHandle(page, 'Mental wellbeing')).toHaveCount(0);
  const topics = await readTable<Topic>(page, 'boardTopics');
  const byId = Object.fromEntries(topics.map((t) => [t.id, t]));
  expect(byId.t1?.conveners).toEqual([named('Alex'), named('Jo')]);
  expect(byId.t2?.status).toBe('merged');
  expect(byId.t2?.mergedInto).toBe('t1');

  await page.getByRole('button', { name: 'Remove Parking' }).click();
  const confirm = page.getByRole('dialog', { name: "Remove 'Parking'?" });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await readTable(page, 'boardTopics')).toHaveLength(3);
  await page.getByRole('button', { name: 'Remove Parking' }).click();
  await confirm.getByRole('button', { name: 'Remove topic' }).click();
  await expect(topicHandle(page, 'Parking')).toHaveCount(0);
  await expect.poll(async () => (await readTable(page, 'boardTopics')).length).toBe(2);

  await page.getByRole('button', { name: "Undo: remove topic 'Parking'" }).click();
  await expect(topicHandle(page, 'Parking')).toBeVisible();
  await page
    .getByRole('button', { name: "Undo: merge 'Mental wellbeing' into 'Mental health'" })
    .click();
  await expect(topicHandle(page, 'Mental wellbeing')).toBeVisible();
  await expect(topicHandle(page, 'Mental health')).not.toContainText('Jo');
});
