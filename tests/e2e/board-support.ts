import type { Locator, Page } from '@playwright/test';
import { expect } from './test';
import type { Cell, Slot, Space } from '../../src-renderer/domain/board/grid';
import type { Convener, Topic } from '../../src-renderer/domain/board/topics';
import type { Attendance } from '../../src-renderer/domain/people/attendance';
import type { ConsentRecord } from '../../src-renderer/domain/people/consent';
import type { Person } from '../../src-renderer/domain/people/person';
import {
  emptyAccessNeeds,
  emptyPersonInput,
  personRecord,
} from '../../src-renderer/domain/people/person';
import { emptyEventInput } from '../../src-renderer/domain/event';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { createdMeta } from '../../src-renderer/domain/record';
import { keyboardRoute } from './board-keyboard-route';
import { readTable, seed } from './support';
import { keyboardOnlyRun } from './test';

/** Records and page helpers shared by the board journeys (tests/e2e/board-*.spec.ts). */
export const EVENT = 'ev-board';
const NOW = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

export function eventRows() {
  const taskforce = {
    ...createdMeta('tf-board', NOW),
    ...emptyTaskforceInput(),
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
  };
  const event = {
    ...createdMeta(EVENT, NOW),
    ...emptyEventInput('tf-board'),
    title: 'Spring open space',
    date: '2099-04-01',
    venueName: 'Leeds Community Centre',
    words: ['spring', 'open', 'space', 'leeds', 'community', 'centre'],
  };
  return { taskforces: [taskforce], events: [event] };
}

export const slot = (
  id: string,
  start: string,
  end: string,
  kind: Slot['kind'] = 'session',
): Slot => ({
  ...createdMeta(id, NOW),
  eventId: EVENT,
  label: '',
  start,
  end,
  kind,
});

export const space = (
  id: string,
  name: string,
  position: number,
  capacity = 10,
  stepFree = true,
): Space => ({
  ...createdMeta(id, NOW),
  eventId: EVENT,
  name,
  capacity,
  accessibility: { stepFree, hearingLoop: false, quiet: false },
  notes: '',
  position,
});

export const topic = (
  id: string,
  title: string,
  convener: Convener,
  status: Topic['status'] = 'queued',
): Topic => ({
  ...createdMeta(id, NOW),
  eventId: EVENT,
  title,
  description: '',
  tags: [],
  conveners: [convener],
  status,
});

export const named = (name: string): Convener => ({ kind: 'name', name });

export const cell = (
  slotId: string,
  spaceId: string,
  topicId: string | null,
  pinned = false,
): Cell => ({
  ...createdMeta(`${slotId}|${spaceId}`, NOW),
  eventId: EVENT,
  slotId,
  spaceId,
  topicId,
  pinned,
});

export function person(id: string, name: string, stepFree = false): Person {
  const input = { ...emptyPersonInput(), name, access: { ...emptyAccessNeeds(), stepFree } };
  return personRecord(input, createdMeta(id, NOW));
}

export const checkedIn = (personId: string): Attendance => ({
  ...createdMeta(`att-${personId}`, NOW),
  eventId: EVENT,
  personId,
  status: 'checked-in',
  walkIn: false,
  checkedInAt: NOW.now,
  checkedInBy: NOW.actor,
});

export const healthConsent = (personId: string): ConsentRecord => ({
  ...createdMeta(`consent-${personId}-health`, NOW),
  personId,
  purpose: 'health',
  decision: 'granted',
  formId: 'form-1',
  formVersion: 1,
  wording: 'Statement for health.',
  method: 'paper',
  recordedBy: NOW.actor,
  at: NOW.now,
});

/** Opens the app, seeds the event (and any board rows), and opens its board. */
export async function openBoard(page: Page, rows: Record<string, object[]> = {}, view = '') {
  await page.goto('/#/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await seed(page, { ...eventRows(), ...rows });
  await page.goto(`/#/board/${EVENT}${view ? `/${view}` : ''}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board: Spring open space' }),
  ).toBeVisible();
}

export const cellAt = (page: Page, name: string) => page.locator(`[data-cell="${name}"]`);
export const topicHandle = (page: Page, title: string) =>
  page.locator('.topic-card__handle').filter({ hasText: title });
export const queue = (page: Page) => page.locator('[data-drop="queue"]');
/** dnd-kit's live region: what a screen reader hears during a drag. */
export const dragNews = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/**
 * A mouse drag as dnd-kit needs it: down, several moves, up. In a keyboard-only run the same
 * drag by keyboard instead: Tab to the handle, Space, the arrow keys to the target, Space.
 */
export async function drag(page: Page, from: Locator, to: Locator) {
  if (keyboardOnlyRun()) return keyboardDrag(page, from, to);
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('cannot drag something that is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 30), { steps: 10 });
  await page.mouse.up();
}

/**
 * An arrow key during a keyboard drag. dnd-kit measures the drop targets just after the pick-up
 * and ignores an arrow pressed before then, so a key that changed nothing is pressed again.
 */
export async function dragKey(page: Page, key: string) {
  const before = (await dragNews(page).textContent()) ?? '';
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(dragNews(page)).not.toHaveText(before, { timeout: 1_000 });
  }).toPass();
}

async function keyboardDrag(page: Page, from: Locator, to: Locator) {
  const source = await from.elementHandle();
  const { keys, name } = await to.evaluate(keyboardRoute, source);
  await source.dispose();
  await from.focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toContainText('Picked up');
  for (const key of keys) await dragKey(page, key);
  await expect(dragNews(page)).toContainText(`Over ${name}`);
  await page.keyboard.press('Space');
}

/** What each cell holds in IndexedDB: "slot|space" → topic id, empty cells left out. */
export async function storedCells(page: Page): Promise<Record<string, string>> {
  const cells = await readTable<Cell>(page, 'boardCells');
  return Object.fromEntries(
    cells
      .filter((c) => c.topicId !== null)
      .map((c) => [`${c.slotId}|${c.spaceId}`, c.topicId as string]),
  );
}
