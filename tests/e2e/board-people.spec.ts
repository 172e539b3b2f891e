import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { GroupRecord } from '../../src-renderer/domain/board/group-record';
import type { MovementEntry } from '../../src-renderer/domain/board/movement';
import {
  cell,
  checkedIn,
  drag,
  dragKey,
  dragNews,
  named,
  openBoard,
  person,
  slot,
  space,
  topic,
} from './board-support';
import { readTable } from './support';

// Tall enough that the chips and the groups they are dragged to are on screen together.
test.use({ viewport: { width: 1280, height: 1000 } });

const people = [person('p-ana', 'Ana Diaz'), person('p-ben', 'Ben Ode'), person('p-cy', 'Cy Fox')];

async function openGroups(page: Page) {
  await openBoard(
    page,
    {
      people,
      attendance: people.map((p) => checkedIn(p.id)),
      boardSlots: [slot('s1', '10:00', '11:00'), slot('s2', '11:00', '12:00')],
      boardSpaces: [space('garden', 'Garden room', 1), space('hall', 'Hall', 2)],
      boardTopics: [
        topic('t1', 'Access to GPs', named('Sam'), 'placed'),
        topic('t2', 'Mental health', named('Jo'), 'placed'),
      ],
      boardCells: [cell('s1', 'garden', 't1'), cell('s1', 'hall', 't2')],
    },
    'groups',
  );
  await page.getByLabel('Time slot').selectOption({ label: '10:00–11:00' });
  await expect(
    page.getByRole('heading', { level: 2, name: 'Law of two feet: the 10:00 slot' }),
  ).toBeVisible();
}

const place = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const chip = (page: Page, name: string) => page.locator('.person-chip__handle', { hasText: name });
const size = (page: Page, name: string) => place(page, name).locator('.place-box__size');
const WANDERING = 'Wandering (bumblebees and butterflies)';

test('people move between groups and to wandering by mouse and keyboard, and every move is logged', async ({
  page,
}) => {
  await openGroups(page);
  await expect(size(page, 'Not in a group')).toHaveText('3 people');

  // Mouse: Ana joins Access to GPs.
  await drag(page, chip(page, 'Ana Diaz'), place(page, 'Access to GPs'));
  await expect(size(page, 'Access to GPs')).toHaveText('1 person');
  await expect(place(page, 'Access to GPs')).toContainText('Ana Diaz');

  // Keyboard: Ben goes wandering (not in a group → wandering is one step on).
  await chip(page, 'Ben Ode').focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText('Picked up Ben Ode.');
  await dragKey(page, 'ArrowRight');
  await expect(dragNews(page)).toHaveText(
    `Over ${WANDERING}, with 0 people. Dropping will move Ben Ode here.`,
  );
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText(`Ben Ode moved to ${WANDERING}.`);
  await expect(size(page, WANDERING)).toHaveText('1 person');

  // Keyboard: Ana moves on from Access to GPs to Mental health.
  await chip(page, 'Ana Diaz').focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText('Picked up Ana Diaz, in Access to GPs.');
  await dragKey(page, 'ArrowRight');
  await expect(dragNews(page)).toContainText('Over Mental health, with 0 people.');
  await page.keyboard.press('Space');
  await expect(size(page, 'Mental health')).toHaveText('1 person');
  await expect(size(page, 'Access to GPs')).toHaveText('0 people');

  // Mouse: Ben stops wandering and joins Mental health too.
  await drag(page, chip(page, 'Ben Ode'), place(page, 'Mental health'));
  await expect(size(page, 'Mental health')).toHaveText('2 people');
  await expect(size(page, WANDERING)).toHaveText('0 people');
  await expect(size(page, 'Not in a group')).toHaveText('1 person');

  const moves = (await readTable<MovementEntry>(page, 'boardMovements')).sort(
    (a, b) => a.seq - b.seq || a.at.localeCompare(b.at),
  );
  expect(moves.map((m) => [m.personId, m.from, m.to])).toEqual(
    expect.arrayContaining([
      ['p-ana', null, 't1'],
      ['p-ben', null, 'wandering'],
      ['p-ana', 't1', 't2'],
      ['p-ben', 'wandering', 't2'],
    ]),
  );
  expect(moves).toHaveLength(4);
  expect(moves.every((m) => m.slotId === 's1' && !Number.isNaN(Date.parse(m.at)))).toBe(true);

  // The log, newest first.
  const log = page.getByRole('region', { name: 'Movement log' });
  await expect(log).toContainText('Showing all 4 moves.');
  await expect(log.getByRole('row').nth(1)).toContainText(`Ben Ode${WANDERING}'Mental health'`);
  await expect(log.getByRole('row').nth(4)).toContainText(`Ana DiazNot in a group'Access to GPs'`);
});

test('a group keeps its key points, actions and who reports back', async ({ page }) => {
  await openGroups(page);
  await page.getByRole('button', { name: 'Group record for Mental health' }).click();
  const dialog = page.getByRole('dialog', { name: 'Group record: Mental health' });
  await dialog.getByLabel('Action 1: who').fill('Ana');
  await dialog.getByRole('button', { name: 'Save group record' }).click();
  await expect(dialog.getByLabel('Action 1: what')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Action 1: what')).toBeFocused();

  await dialog.getByLabel('Key points').fill('Waiting lists are long\nPeer support helps');
  await dialog.getByLabel('Action 1: what').fill('Write to the ICB');
  await dialog.getByLabel('Action 1: by when').fill('2099-05-01');
  await dialog.getByLabel('Who reports back').selectOption({ label: 'Ben Ode' });
  await dialog.getByRole('button', { name: 'Save group record' }).click();
  await expect(dialog).toBeHidden();

  await expect
    .poll(async () => (await readTable<GroupRecord>(page, 'boardGroupRecords')).length)
    .toBe(1);
  const [record] = await readTable<GroupRecord>(page, 'boardGroupRecords');
  expect(record).toMatchObject({
    topicId: 't2',
    keyPoints: ['Waiting lists are long', 'Peer support helps'],
    actions: [{ what: 'Write to the ICB', who: 'Ana', byWhen: '2099-05-01' }],
    reporter: { kind: 'person', personId: 'p-ben' },
  });
  // Reopened, the record is there to change.
  await page.getByRole('button', { name: 'Group record for Mental health' }).click();
  await expect(dialog.getByLabel('Key points')).toHaveValue(
    'Waiting lists are long\nPeer support helps',
  );
});
