import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  cell,
  cellAt,
  checkedIn,
  healthConsent,
  named,
  openBoard,
  person,
  slot,
  space,
  topic,
} from './board-support';

const SAM = { kind: 'person' as const, personId: 'p-sam' };

const rows = (mentalHealthPlaced: boolean) => ({
  people: [
    person('p-sam', 'Sam Lee', true),
    person('p-ana', 'Ana Diaz'),
    person('p-ben', 'Ben Ode'),
  ],
  attendance: ['p-sam', 'p-ana', 'p-ben'].map(checkedIn),
  consentRecords: [healthConsent('p-sam')],
  boardSlots: [slot('s1', '10:00', '11:00'), slot('s2', '11:00', '12:00')],
  boardSpaces: [space('garden', 'Garden room', 1, 1, false), space('hall', 'Hall', 2, 10, true)],
  boardTopics: [
    topic('t1', 'Access to GPs', SAM, 'placed'),
    topic(
      't2',
      'Mental health',
      mentalHealthPlaced ? named('Jo') : SAM,
      mentalHealthPlaced ? 'placed' : 'queued',
    ),
  ],
  boardCells: [
    cell('s1', 'hall', 't1'),
    ...(mentalHealthPlaced ? [cell('s1', 'garden', 't2')] : []),
  ],
});

const conflicts = (page: Page) => page.getByRole('region', { name: 'Conflicts' });

async function moveTopic(page: Page, title: string, to: string) {
  await page.getByRole('button', { name: `Move… ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `Move '${title}'` });
  await dialog.getByLabel('Move to').selectOption({ label: to });
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
}

async function movePerson(page: Page, name: string, to: RegExp) {
  await page.getByRole('button', { name: `Move… ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${name}` });
  await dialog.getByLabel('Move to').selectOption({ label: (await optionLabel(dialog, to)) ?? '' });
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
}

async function optionLabel(dialog: ReturnType<Page['getByRole']>, match: RegExp) {
  const labels = await dialog.locator('option').allTextContents();
  return labels.find((label) => match.test(label));
}

test('a convener in two places in one slot is flagged, and cleared when fixed', async ({
  page,
}) => {
  await openBoard(page, rows(false));
  await expect(conflicts(page)).toContainText('No conflicts.');
  await moveTopic(page, 'Mental health', '10:00, Garden room');
  await expect(conflicts(page)).toContainText(
    "Sam Lee is convening 2 topics at 10:00: 'Mental health' in Garden room and 'Access to GPs' in Hall.",
  );
  await expect(cellAt(page, '10:00, Garden room')).toContainText('Sam Lee is convening 2 topics');
  await moveTopic(page, 'Mental health', '11:00, Garden room');
  await expect(conflicts(page)).toContainText('No conflicts.');
  await expect(cellAt(page, '10:00, Garden room')).not.toContainText('convening');
});

test('over capacity and no step-free access are flagged as people move, and cleared', async ({
  page,
}) => {
  await openBoard(page, rows(true), 'groups');
  await page.getByLabel('Time slot').selectOption({ label: '10:00–11:00' });
  await expect(conflicts(page)).toContainText('No conflicts.');

  await movePerson(page, 'Ana Diaz', /^Mental health/);
  await movePerson(page, 'Ben Ode', /^Mental health/);
  await expect(conflicts(page)).toContainText(
    "'Mental health' at 10:00, Garden room has 2 people; Garden room holds 1.",
  );
  await movePerson(page, 'Ben Ode', /^Wandering/);
  await expect(conflicts(page)).toContainText('No conflicts.');

  // Ana leaves, so that only the step-free conflict is shown for Sam.
  await movePerson(page, 'Ana Diaz', /^Access to GPs/);
  await movePerson(page, 'Sam Lee', /^Mental health/);
  await expect(conflicts(page)).toContainText(
    "Sam Lee needs step-free access, but Garden room has none: they are in 'Mental health' at 10:00, Garden room.",
  );
  await movePerson(page, 'Sam Lee', /^Access to GPs/);
  await expect(conflicts(page)).toContainText('No conflicts.');
});
