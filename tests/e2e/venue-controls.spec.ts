import { startInDisplayMode, DISPLAY_MODES } from './support';
import { expect, test } from './test';
import { openBoard } from './board-support';
import { downloadFrom, pdfText } from './files';
import { boardRows, expectNoAxeViolationsIn, venueUrl } from './venue-support';

test('"Open venue screen" opens it in a new tab', async ({ page, context }) => {
  await openBoard(page, boardRows());
  const [venue] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open venue screen' }).click(),
  ]);
  await expect(venue).toHaveURL(new RegExp(`${venueUrl.slice(1).replace(/\//g, '\\/')}$`));
  await expect(venue.getByRole('heading', { level: 1, name: 'Spring open space' })).toBeVisible();
  await expect(page.getByText('Venue screen opened.')).toBeVisible();
});

test('the printed schedule lists each topic in its cell', async ({ page }) => {
  await openBoard(page, boardRows());
  const file = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Print schedule (PDF)' }).click(),
  );
  expect(file.name).toBe('schedule-spring-open-space.pdf');
  const text = pdfText(file);
  expect(text).toContain('Schedule: Spring open space');
  const lines = text.split('\n');
  // Spaces across, in order, with capacity and access notes under the name.
  const header = lines.findIndex((l) => /Time\s+Garden room\s+Main hall/.test(l));
  expect(header).toBeGreaterThanOrEqual(0);
  expect(text).toMatch(/Holds 12 · step-free\s+Holds 40/);
  expect(text).toContain('Ramp at the side door');
  // Each topic on its slot's line, under its space's column.
  const column = (name: string) => lines[header]?.indexOf(name) ?? -1;
  const lineOf = (times: string) => lines.find((l) => l.includes(times)) ?? '';
  const first = lineOf('10:00–11:00');
  expect(first.indexOf('GP access')).toBeGreaterThanOrEqual(column('Garden room') - 2);
  expect(first.indexOf('GP access')).toBeLessThan(column('Main hall'));
  const third = lineOf('11:45–12:30');
  expect(third.indexOf('Care at home')).toBeGreaterThanOrEqual(column('Main hall') - 2);
  expect(text).toMatch(/Hosted by Ana Silva/);
  expect(text).toMatch(/11:00–11:45\s+Break: Lunch/);
  // A topic still in the queue is listed, so none is forgotten on the wall.
  expect(text).toMatch(/Topics not yet on the grid[\s\S]*Transport\s+Cal Reid/);
});

for (const display of DISPLAY_MODES) {
  test(`the venue controls pass axe in ${display} print`, async ({ page }) => {
    await startInDisplayMode(page, display);
    await openBoard(page, boardRows());
    const controls = page.getByRole('region', { name: 'Venue screen and timer' });
    await controls.getByRole('button', { name: 'Set timer' }).click();
    await controls.getByRole('button', { name: 'Start timer' }).click();
    await expect(controls.getByRole('button', { name: 'Pause timer' })).toBeVisible();
    await expectNoAxeViolationsIn(page, '.venue-controls', `venue controls (${display})`);
    await controls.getByRole('button', { name: 'Reset timer' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset the timer?' })).toBeVisible();
    await expectNoAxeViolationsIn(page, 'dialog', `reset dialog (${display})`);
  });
}
