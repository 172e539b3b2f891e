import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './test';
import type { BoardTimer } from '../../src-renderer/domain/venue/timer';
import { EVENT, cell, named, slot, space, topic } from './board-support';

/** Records and helpers for the venue screen journeys (tests/e2e/venue-*.spec.ts). */
export const SLOTS = [
  slot('s-10', '10:00', '11:00'),
  { ...slot('s-lunch', '11:00', '11:45', 'break'), label: 'Lunch' },
  slot('s-12', '11:45', '12:30'),
];
export const SPACES = [
  { ...space('sp-garden', 'Garden room', 0, 12), notes: 'Ramp at the side door' },
  space('sp-hall', 'Main hall', 1, 40, false),
];
export const TOPICS = [
  topic('t-gp', 'GP access', named('Ana Silva'), 'placed'),
  topic('t-care', 'Care at home', named('Bo Chen'), 'placed'),
  topic('t-trans', 'Transport', named('Cal Reid')),
];
export const CELLS = [cell('s-10', 'sp-garden', 't-gp', true), cell('s-12', 'sp-hall', 't-care')];

export const boardRows = () => ({
  boardSlots: SLOTS,
  boardSpaces: SPACES,
  boardTopics: TOPICS,
  boardCells: CELLS,
});

export const venueUrl = `/#/venue/${EVENT}`;

/** A second tab of the same browser, on the venue screen, as "Open venue screen" would make. */
export async function openVenuePage(context: BrowserContext): Promise<Page> {
  const venue = await context.newPage();
  await venue.goto(venueUrl);
  await expect(venue.getByRole('heading', { level: 1, name: 'Spring open space' })).toBeVisible();
  return venue;
}

/** The venue grid's cell for a slot and a space, by their ids. */
export const venueCell = (page: Page, slotId: string, spaceId: string) =>
  page.locator(`tr[data-slot-id="${slotId}"] td[data-space-id="${spaceId}"]`);

export const venueClock = (page: Page) => page.getByTestId('venue-clock');

/** A stored timer, as another window would have written it. */
export function timerRow(
  setting: Pick<BoardTimer, 'durationMs' | 'startedAt' | 'remainingWhenPausedMs'>,
): BoardTimer {
  const at = new Date().toISOString();
  return { id: EVENT, eventId: EVENT, createdAt: at, updatedAt: at, version: 1, ...setting };
}

/** axe on part of a page only (the part this feature owns). */
export async function expectNoAxeViolationsIn(page: Page, selector: string, context: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}
