import { expect, test } from './test';
import type { BoardTimer } from '../../src-renderer/domain/venue/timer';
import {
  EVENT,
  cellAt,
  drag,
  eventRows,
  openBoard,
  storedCells,
  topicHandle,
} from './board-support';
import { expectNoAxeViolations, readTable, seed, DISPLAY_MODES } from './support';
import {
  boardRows,
  openVenuePage,
  timerRow,
  venueCell,
  venueClock,
  venueUrl,
} from './venue-support';

test('the venue screen shows the grid, follows the board, and has no controls', async ({
  page,
  context,
}) => {
  await openBoard(page, boardRows());
  const venue = await openVenuePage(context);

  await expect(venueCell(venue, 's-10', 'sp-garden')).toContainText('GP access');
  await expect(venueCell(venue, 's-10', 'sp-garden')).toContainText('Ana Silva');
  await expect(venueCell(venue, 's-10', 'sp-garden')).toContainText('Pinned');
  await expect(venueCell(venue, 's-12', 'sp-hall')).toContainText('Care at home');
  await expect(venue.locator('tr[data-slot-id="s-lunch"]')).toContainText('Lunch');
  await expect(venue.getByRole('columnheader', { name: /Garden room/ })).toContainText('Holds 12');
  // Not yet in a cell, so not on the wall.
  await expect(venue.getByText('Transport')).toHaveCount(0);
  // Nothing to press or tab to: it is run from the board.
  await expect(
    venue.locator('button, a[href], input, select, textarea, [tabindex="0"]'),
  ).toHaveCount(0);

  // The facilitator places a topic on the board; the venue tab follows without a reload.
  await page.bringToFront();
  // Room for the whole grid, so the drag's start and end are both on screen.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await drag(page, topicHandle(page, 'Transport'), cellAt(page, '11:45, Garden room'));
  await expect.poll(() => storedCells(page)).toMatchObject({ 's-12|sp-garden': 't-trans' });
  await expect(venueCell(venue, 's-12', 'sp-garden')).toContainText('Transport');
  await expect(venueCell(venue, 's-12', 'sp-garden')).toContainText('Cal Reid');
});

test('the countdown follows start, pause and extra time from the board', async ({
  page,
  context,
}) => {
  await openBoard(page, boardRows());
  const venue = await openVenuePage(context);
  await expect(venueClock(venue)).toHaveCount(0);
  const controls = page.getByRole('region', { name: 'Venue screen and timer' });

  await controls.getByLabel('Minutes').selectOption({ label: '5 min' });
  await controls.getByRole('button', { name: 'Set timer' }).click();
  await expect(venueClock(venue)).toHaveText('5:00');
  await expect(venue.getByText('Ready', { exact: true })).toBeVisible();

  await controls.getByRole('button', { name: 'Start timer' }).click();
  await expect(venueClock(venue)).toHaveText(/^4:5\d$/);
  await expect(controls.getByTestId('timer-readout')).toContainText(/4:5\d left/);

  await controls.getByRole('button', { name: 'Pause timer' }).click();
  await expect(venue.getByText('Paused', { exact: true })).toBeVisible();
  const paused = await venueClock(venue).textContent();
  const [stored] = await readTable<BoardTimer>(page, 'boardTimers');
  expect(stored).toMatchObject({ eventId: EVENT, durationMs: 300_000, startedAt: null });
  expect(stored?.remainingWhenPausedMs).toBeLessThan(300_000);

  await controls.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect(venueClock(venue)).not.toHaveText(paused ?? '');
  await expect(venueClock(venue)).toHaveText(/^9:5\d$/);
  await controls.getByRole('button', { name: 'Resume timer' }).click();
  await expect(venue.getByText('Paused', { exact: true })).toHaveCount(0);

  // Resetting a timer part-way through asks first.
  await controls.getByRole('button', { name: 'Reset timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the timer?' });
  await dialog.getByRole('button', { name: 'Reset timer' }).click();
  await expect(venueClock(venue)).toHaveText('10:00');
  const [reset] = await readTable<BoardTimer>(page, 'boardTimers');
  expect(reset).toMatchObject({
    durationMs: 600_000,
    startedAt: null,
    remainingWhenPausedMs: 600_000,
  });
});

test("a timer that has run out says Time's up and how far over", async ({ page, context }) => {
  await openBoard(page);
  const started = new Date(Date.now() - 2 * 60_000 - 5_000).toISOString();
  await seed(page, {
    boardTimers: [
      timerRow({ durationMs: 60_000, startedAt: started, remainingWhenPausedMs: 60_000 }),
    ],
  });
  const venue = await openVenuePage(context);
  await expect(venueClock(venue)).toHaveText("Time's up");
  await expect(venue.getByText(/^Over by 1:0\d$/)).toBeVisible();
  await expect(venue.getByRole('region', { name: 'Timer' }).getByRole('status')).toHaveText(
    "Time's up. Over by 1 minute.",
  );
});

test('the slot running now is marked, by the clock on the day', async ({ page, context }) => {
  await page.goto('/#/events');
  await seed(page, { ...eventRows(), ...boardRows() });
  const venue = await context.newPage();
  await venue.clock.setFixedTime(new Date('2099-04-01T11:50:00+01:00'));
  await venue.goto(venueUrl);
  await expect(venue.getByTestId('venue-slot')).toHaveText('Now: 11:45–12:30');
  await expect(venue.locator('tr[data-slot-id="s-12"] th')).toContainText('Now');
  await expect(venue.locator('tr[data-slot-id="s-10"] th')).not.toContainText('Now');
});

test('a venue screen for an event that does not exist says so', async ({ page }) => {
  await page.goto('/#/venue/no-such-event');
  await expect(page.getByText('This event no longer exists')).toBeVisible();
});

for (const display of DISPLAY_MODES) {
  test(`the venue screen passes axe in ${display} print`, async ({ page, context }) => {
    await context.addInitScript(
      (mode) => localStorage.setItem('two-feet.display-mode', mode),
      display,
    );
    await openBoard(page, boardRows());
    const started = new Date(Date.now() - 30_000).toISOString();
    await seed(page, {
      boardTimers: [
        timerRow({ durationMs: 300_000, startedAt: started, remainingWhenPausedMs: 300_000 }),
      ],
    });
    const venue = await openVenuePage(context);
    await expect(venueClock(venue)).toHaveText(/^4:\d\d$/);
    await expectNoAxeViolations(venue, `venue screen (${display})`);
  });
}
