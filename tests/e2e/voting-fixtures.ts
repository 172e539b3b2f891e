import type { Page } from '@playwright/test';
import { expect } from './test';
import { emptyEventInput } from '../../src-renderer/domain/event';
import type { TaskforceEvent } from '../../src-renderer/domain/event';
import { checkIn } from '../../src-renderer/domain/people/attendance';
import { emptyPersonInput, personRecord } from '../../src-renderer/domain/people/person';
import type { Person } from '../../src-renderer/domain/people/person';
import { createdMeta } from '../../src-renderer/domain/record';
import type { Taskforce } from '../../src-renderer/domain/taskforce';
import { emptyTaskforceInput } from '../../src-renderer/domain/taskforce';
import { searchWords } from '../../src-renderer/domain/text';
import { expectNoAxeViolations, seed } from './support';

const NOW = { now: '2026-11-20T09:00:00.000Z', actor: 'Test seed' };

export const TASKFORCE_ID = 'tf-lgbt';

export function taskforce(): Taskforce {
  return {
    ...emptyTaskforceInput(),
    name: 'LGBT & Cancer',
    theme: 'LGBT communities',
    ...createdMeta(TASKFORCE_ID, NOW),
  };
}

export function meeting(id: string, title: string, date: string): TaskforceEvent {
  const input = {
    ...emptyEventInput(TASKFORCE_ID),
    title,
    date,
    venueName: 'Leeds Community Centre',
  };
  return { ...input, words: searchWords(title, input.venueName), ...createdMeta(id, NOW) };
}

export function person(id: string, name: string): Person {
  return personRecord({ ...emptyPersonInput(), name }, createdMeta(id, NOW));
}

export const PEOPLE = [
  person('p-ann', 'Ann Archer'),
  person('p-bo', 'Bo Baker'),
  person('p-cy', 'Cy Carter'),
  person('p-di', 'Di Dean'),
];

/** Opens the app once (so the database exists), then seeds a taskforce, meetings and people. */
export async function seedMeetings(
  page: Page,
  events: TaskforceEvent[],
  people: Person[] = PEOPLE,
) {
  await page.goto('/#/voting');
  await expect(page.getByRole('heading', { level: 1, name: 'Voting' })).toBeVisible();
  const attendance = events.flatMap((event) =>
    people.map(
      (p) =>
        checkIn(undefined, { eventId: event.id, personId: p.id }, `a-${event.id}-${p.id}`, NOW)
          .attendance,
    ),
  );
  await seed(page, { taskforces: [taskforce()], events, people, attendance });
}

/** Records a vote through the vote panel, with its choice given by the radio's label. */
export async function vote(page: Page, who: string, choice: string | RegExp) {
  const panel = page.getByRole('form', { name: /Record a vote/ });
  await panel.getByLabel('Who is voting').selectOption({ label: who });
  await panel.getByRole('radio', { name: choice }).check();
  await panel.getByRole('button', { name: /Record the vote|Cast the anonymous vote/ }).click();
}

/** axe in normal and large print. */
export async function checkAxe(page: Page, label: string) {
  await expectNoAxeViolations(page, label);
  await page.evaluate(() => document.documentElement.setAttribute('data-display', 'large'));
  await expectNoAxeViolations(page, `${label} (large print)`);
  await page.evaluate(() => document.documentElement.removeAttribute('data-display'));
}
