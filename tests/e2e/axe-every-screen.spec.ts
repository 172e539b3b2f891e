import type { Page } from '@playwright/test';
import { EVENT, rows } from './reports-fixtures';
import { expectNoAxeViolations, seed, startInDisplayMode, DISPLAY_MODES } from './support';
import { expect, test } from './test';

/**
 * The accessibility catalogue (issue 9): every screen and every dialog of the app, in one
 * place, checked with axe in standard and in large-print display, with a seeded taskforce, an
 * event with check-ins, a board, groups, a decision, feedback and an expense claim. Each tour
 * lists what it checked in the test's annotations ("axe"), so the report shows the whole list.
 * Feature specs check their screens in other states (errors, empty, mid-journey) as well.
 */

type Check = (label: string) => Promise<void>;

interface Tour {
  area: string;
  walk: (page: Page, check: Check) => Promise<void>;
}

async function screen(page: Page, check: Check, hash: string, heading: string | RegExp) {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await check(`${hash} (${typeof heading === 'string' ? heading : 'screen'})`);
}

/** Opens a dialog with the named button, checks it, and closes it with Escape. */
async function dialog(page: Page, check: Check, opener: string) {
  await page.getByRole('button', { name: opener, exact: true }).first().click();
  const open = page.getByRole('dialog');
  await expect(open).toBeVisible();
  await check(`dialog opened by "${opener}"`);
  await page.keyboard.press('Escape');
  await expect(open).toBeHidden();
}

const TOURS: Tour[] = [
  {
    area: 'Events and check-in',
    walk: async (page, check) => {
      await screen(page, check, '#/events', 'Events');
      for (const opener of [
        'New taskforce',
        'New event',
        'Edit taskforce Cancer care',
        'Delete taskforce Cancer care',
      ]) {
        await dialog(page, check, opener);
      }
      await screen(page, check, '#/events/taskforce/tf-cancer', 'Cancer care');
      await screen(page, check, `#/events/${EVENT}`, 'Spring open space');
      await dialog(page, check, 'Walk-in: add someone new');
    },
  },
  {
    area: 'People and consent',
    walk: async (page, check) => {
      await screen(page, check, '#/people', 'People');
      await dialog(page, check, 'Add person');
      await screen(page, check, '#/people/p-ann', 'Ann Archer');
      for (const opener of [
        'Edit details',
        'Withdraw consent: Share my contact details with other members',
        'Join a taskforce',
        'Record leaving Cancer care',
        'Answer equality questions',
        'Erase this person',
      ]) {
        await dialog(page, check, opener);
      }
      await screen(page, check, '#/people/import', 'Import people from a spreadsheet');
      await screen(page, check, '#/people/consent-forms', 'Consent forms');
      await page.getByRole('button', { name: 'Create the consent form' }).click();
      await dialog(page, check, 'Edit wording');
      await dialog(page, check, 'Read version 1');
      await screen(page, check, '#/people/p-bo', 'Bo Baker');
      await dialog(page, check, 'Record consent');
      await screen(page, check, '#/people/reach', 'Reach report');
    },
  },
  {
    area: 'Board',
    walk: async (page, check) => {
      await screen(page, check, '#/board', 'Board');
      await screen(page, check, `#/board/${EVENT}`, 'Board: Spring open space');
      for (const opener of [
        'Add topic',
        'Move… Seeing a GP after work',
        'Edit Seeing a GP after work',
        'Merge… Seeing a GP after work',
        'Add time slot',
        'Edit the 10:00 slot',
        'Remove the 10:00 slot',
        'Add space',
        'Edit Garden room',
        'Remove Garden room',
      ]) {
        await dialog(page, check, opener);
      }
      await screen(page, check, `#/board/${EVENT}/groups`, 'Board: Spring open space');
      await dialog(page, check, 'Move… Bo Baker');
      await dialog(page, check, 'Group record for Seeing a GP after work');
      await screen(page, check, `#/venue/${EVENT}`, 'Spring open space');
    },
  },
  {
    area: 'Voting',
    walk: async (page, check) => {
      await screen(page, check, '#/voting', 'Voting');
      await screen(page, check, '#/voting/taskforce/tf-cancer', /Issues and priorities/);
      await dialog(page, check, 'Add an issue');
      await dialog(page, check, 'Merge into another issue: “Access to GPs out of hours”');
      await screen(page, check, `#/voting/event/${EVENT}`, /Proposals at Spring open space/);
      await dialog(page, check, 'New proposal');
      await dialog(page, check, 'Prioritise the issues');
      await screen(page, check, '#/voting/proposal/pr-1', 'Evening clinics');
      await dialog(page, check, 'Record concerns raised');
    },
  },
  {
    area: 'Surveys',
    walk: async (page, check) => {
      await screen(page, check, '#/surveys', 'Surveys');
      await screen(page, check, '#/surveys/form/form-fb', 'Event feedback');
      await dialog(page, check, 'Hand to participant');
      await dialog(page, check, 'Read version 1');
      await screen(page, check, '#/surveys/form/form-fb/edit', 'Edit Event feedback');
      await dialog(page, check, 'Edit section The event');
      await dialog(page, check, 'Edit question 1: Overall, how was today?');
      await dialog(page, check, 'Add a section');
      await screen(page, check, '#/surveys/new/baseline', /New form|baseline/i);
      await screen(page, check, `#/surveys/feedback/form-fb/${EVENT}`, /Feedback summary/);
      await screen(page, check, `#/surveys/event/${EVENT}`, /Feedback and surveys/);
      await screen(page, check, '#/surveys/due', 'Who is due a survey');
      await dialog(page, check, 'Change the waves');
      await screen(page, check, '#/surveys/change/tf-cancer', 'Change over time');
      await screen(page, check, '#/surveys/kiosk-pin', 'Kiosk PIN');
    },
  },
  {
    area: 'Kiosk',
    walk: async (page, check) => {
      await screen(page, check, `#/kiosk/form-fb/${EVENT}`, 'Event feedback');
      await page.getByRole('button', { name: 'Easy read' }).click();
      await expect(page.getByText(/Question 1 of/)).toBeVisible();
      await check('kiosk in easy read');
      await dialog(page, check, 'Facilitator: leave');
    },
  },
  {
    area: 'Expenses',
    walk: async (page, check) => {
      await screen(page, check, '#/expenses', 'Expenses');
      await page.getByRole('button', { name: 'New claim' }).click();
      const form = page.getByRole('dialog', { name: 'New claim' });
      await check('dialog opened by "New claim"');
      await form.getByLabel('Event').selectOption({ label: 'Spring open space (2026-03-14)' });
      await form.getByLabel('Who is claiming').selectOption({ label: 'Ann Archer (checked in)' });
      await form.getByLabel('Cost code').fill('CC-1');
      await form.getByRole('button', { name: 'Start claim' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Claim: Ann Archer' }),
      ).toBeVisible();
      await check('a draft claim');
      for (const opener of ['Add a cost', 'Edit claim details', 'Accept it late']) {
        await dialog(page, check, opener);
      }
      await screen(page, check, '#/expenses/policy', 'Expense policy');
      await dialog(page, check, 'Add a new version');
      await screen(page, check, '#/expenses/involvement', 'Involvement payments');
      await dialog(page, check, 'Record a payment');
    },
  },
  {
    area: 'Reports, backups and settings',
    walk: async (page, check) => {
      await screen(page, check, '#/reports', 'Reports and records');
      await screen(page, check, `#/reports/event/${EVENT}`, 'Event report: Spring open space');
      await screen(page, check, '#/reports/taskforce/tf-cancer', 'Taskforce progress: Cancer care');
      await screen(page, check, '#/reports/annual/2026', 'Participation report: 2026');
      await dialog(page, check, 'Mark done: Ask the practice about evening clinics');
      await screen(page, check, '#/reports/backups', 'Backups');
      await screen(page, check, '#/reports/audit', 'Audit log');
      await screen(page, check, '#/settings', 'Settings');
    },
  },
];

for (const display of DISPLAY_MODES) {
  test.describe(`${display} display`, () => {
    test.beforeEach(async ({ page }) => {
      await startInDisplayMode(page, display);
      await page.goto('/');
      await seed(page, rows());
    });

    for (const tour of TOURS) {
      test(`${tour.area}: every screen and dialog passes axe`, async ({ page }) => {
        test.slow();
        const checked: string[] = [];
        await tour.walk(page, async (label) => {
          await expectNoAxeViolations(page, `${label}, ${display} display`);
          checked.push(label);
        });
        test.info().annotations.push({ type: 'axe', description: checked.join('; ') });
        expect(checked.length).toBeGreaterThan(1);
      });
    }
  });
}
