import { type BenchContext, type Measurement, type Operation, repeat } from '../operation';
import { callLab } from '../page/call';
import type { ScreenFloor } from '../page/lab-screens';
import { type ScreenCondition, timeScreen } from '../page/screen-timer';

const TIMEOUT_MS = 60_000;
const PROGRESS = '[aria-busy="true"], [role="progressbar"], progress';
/** A screen still loading shows a busy placeholder in <main>; ready means it is gone. */
const LOADED: ScreenCondition = { selector: 'main [aria-busy="true"]', min: 0, max: 0 };
const n = (count: number) => count.toLocaleString('en-GB');

interface Screen {
  label: string;
  /** Clicked in the main navigation; else `hash` is set, as a link inside a screen does. */
  navLink?: string;
  hash?: string;
  conditions: ScreenCondition[];
  floor?: { which: ScreenFloor; label: string };
  /** Why there is no floor, when there is none. */
  noFloor?: string;
}

const heading = (id: string): ScreenCondition => ({ selector: `#${id}`, min: 1 });

function screens(ctx: BenchContext): Screen[] {
  const { focus, rows, totals } = ctx.dataset;
  const taskforce = focus.surveyTaskforceId ?? '';
  const meeting = focus.voting?.eventId ?? '';
  const composed = 'none: the screen composes many reads; see the report rows for its data';
  return [
    {
      label: 'People register (5,000 people, first page)',
      navLink: 'People',
      conditions: [heading('people-title'), { selector: 'table.people-table tbody tr', min: 1 }],
      floor: { which: 'people', label: "people.orderBy('sortName') first 50 + count" },
    },
    {
      label: 'Board: list of events',
      navLink: 'Board',
      conditions: [{ selector: 'ul.board-event-list li', min: 1 }],
      noFloor: 'none: events read as for the Events screen (see its floor)',
    },
    {
      label: "Board of today's event (6×6 grid, 60 topics)",
      hash: `#/board/${focus.boardEventId ?? ''}`,
      conditions: [
        { selector: '[data-cell]', min: 36 },
        { selector: '.topic-card__handle', min: 60 },
      ],
      floor: { which: 'board', label: 'board slots, spaces, topics, cells by eventId' },
    },
    {
      label: `Voting home (${rows.taskforces} taskforces)`,
      navLink: 'Voting',
      conditions: [{ selector: 'li.voting-card', min: rows.taskforces ?? 1 }],
      noFloor: composed,
    },
    {
      label: 'Voting: a taskforce (issues and meetings)',
      hash: `#/voting/taskforce/${taskforce}`,
      conditions: [
        heading('taskforce-voting-title'),
        { selector: 'section[aria-labelledby="meetings-title"] li', min: 1 },
      ],
      noFloor: composed,
    },
    {
      label: 'Voting: a meeting (300 checked in, its proposals)',
      hash: `#/voting/event/${meeting}`,
      conditions: [heading('event-voting-title'), { selector: 'li.voting-card', min: 2 }],
      floor: { which: 'meeting', label: 'proposals + rounds by eventId' },
    },
    {
      label: 'Surveys: list of forms',
      navLink: 'Surveys',
      conditions: [{ selector: 'li.survey-list__item', min: 2 }],
      floor: { which: 'surveys', label: 'surveyForms.toArray()' },
    },
    {
      label: `Expenses queue (${n(totals.claims)} claims)`,
      navLink: 'Expenses',
      conditions: [
        { selector: '.queue-totals', min: 1, text: `${n(totals.claims)} claims` },
        { selector: 'table.expenses-table tbody tr', min: 1 },
      ],
      floor: { which: 'expenses', label: 'claims.toArray()' },
    },
    {
      label: 'Reports: event report (the 300-person meeting)',
      hash: `#/reports/event/${meeting}`,
      conditions: [heading('event-report-title'), { selector: 'table.report-table', min: 1 }],
      noFloor: composed,
    },
    {
      label: 'Reports: taskforce report',
      hash: `#/reports/taskforce/${taskforce}`,
      conditions: [heading('taskforce-report-title'), { selector: 'table.report-table', min: 1 }],
      noFloor: composed,
    },
    {
      label: 'Reports: annual report (2026)',
      hash: '#/reports/annual/2026-01-01_2026-12-31',
      conditions: [heading('annual-report-title'), { selector: 'table.report-table', min: 1 }],
      noFloor: composed,
    },
    {
      label: 'Reports: audit log',
      hash: '#/reports/audit',
      conditions: [
        heading('audit-title'),
        { selector: 'table.audit-table tbody tr, main .empty-state', min: 1 },
      ],
      floor: { which: 'audit', label: 'auditLog newest 100' },
    },
    {
      label: 'Settings',
      navLink: 'Settings',
      conditions: [heading('settings-title')],
      noFloor: 'none: reads one settings row',
    },
    {
      label: 'Reports: backups',
      hash: '#/reports/backups',
      conditions: [heading('backups-title')],
      noFloor: 'none: reads no records',
    },
  ];
}

/**
 * Opening each screen with the whole dataset (issue 9): from a click on its link in the main
 * navigation, or for a screen inside an area from a hash change (what a link there does),
 * until its content is in the DOM and no loading placeholder is left (`frameMs`: the frame
 * after). Each run starts from another screen (Settings, or Surveys for Settings itself),
 * loaded and not timed. Floors: the reads the screen cannot avoid, through Dexie in the lab
 * page; "none: …" where a screen composes many reads.
 */
export const screensOperation: Operation = {
  id: 'screens',
  async run(ctx) {
    const { app, lab, baseUrl } = ctx;
    await app.goto(`${baseUrl}/#/settings`);
    await app.locator('#settings-title').waitFor({ timeout: TIMEOUT_MS });
    const measurements: Measurement[] = [];
    for (const screen of screens(ctx)) {
      ctx.log(`screens: ${screen.label}`);
      const from = screen.navLink === 'Settings' ? '#/surveys' : '#/settings';
      const fromReady = from === '#/settings' ? '#settings-title' : '#surveys-title';
      const samples = await repeat(ctx, async () => {
        await app.evaluate((hash) => {
          location.hash = hash;
        }, from);
        await app.locator(fromReady).waitFor({ timeout: TIMEOUT_MS });
        return app.evaluate(timeScreen, {
          navLink: screen.navLink,
          hash: screen.hash,
          conditions: [...screen.conditions, LOADED],
          progressSelector: PROGRESS,
          timeoutMs: TIMEOUT_MS,
        });
      });
      const floor = screen.floor;
      const floorSamples = floor
        ? await repeat(ctx, () => callLab(lab, 'screenFloor', floor.which))
        : [];
      measurements.push({
        operation: `open ${screen.label} (${screen.navLink ? 'menu click' : 'link'} → content in DOM)`,
        kind: 'screen',
        samples: samples.map((s) => s.ms),
        progress: samples.map((s) => s.progress),
        floor: floor ? `Dexie: ${floor.label}` : (screen.noFloor ?? 'none'),
        floorSamples,
        extra: { toNextFrame: samples.map((s) => s.frameMs) },
      });
    }
    return measurements;
  },
};
