import type { Page } from '@playwright/test';
import type { DatasetSummary } from '../data/dataset';
import { type BenchContext, type Measurement, type Operation, repeat } from '../operation';
import { callLab, callProbe } from '../page/call';
import type { ReadyMark, ReadyTarget } from '../page/probes';

/** The app has rendered its shell (header, menu, main landmark): scripts loaded, database open. */
export const APP_SHELL_TARGET: ReadyTarget = {
  name: 'app-shell',
  conditions: [{ selector: 'main#main', min: 1 }],
};

/** The Events screen is ready when every taskforce section and every event item is in the DOM. */
export function eventsListTarget(dataset: DatasetSummary): ReadyTarget {
  return {
    name: 'events-list',
    conditions: [
      { selector: 'section.taskforce', min: dataset.rows.taskforces ?? 0 },
      { selector: 'li.event-item', min: dataset.rows.events ?? 0 },
    ],
  };
}

const READY_TIMEOUT_MS = 30_000;

export async function openEventsFromNavigation(
  ctx: BenchContext,
): Promise<ReadyMark & { shellAt: number | null }> {
  const { app } = ctx;
  // From about:blank, so that every load is a full navigation with a new document.
  await app.goto('about:blank');
  await app.goto(`${ctx.baseUrl}/#/events`, { waitUntil: 'commit' });
  await app.waitForFunction(() => window.__benchProbe !== undefined);
  const list = await callProbe(app, 'waitReady', 'events-list', READY_TIMEOUT_MS);
  const shell = await callProbe(app, 'waitReady', 'app-shell', READY_TIMEOUT_MS);
  return { ...list, shellAt: shell.readyAt };
}

function mainNav(app: Page) {
  return app.getByRole('navigation', { name: 'Main' });
}

function spent(mark: ReadyMark, until: 'readyAt' | 'frameAt'): number {
  const end = mark[until];
  if (mark.startedAt === null || end === null) throw new Error('The wait was not measured.');
  return end - mark.startedAt;
}

/**
 * (b) Opening the Events screen with the whole dataset, until every taskforce section and
 * every event (the past ones too, inside their closed <details>) is in the DOM:
 *  - from navigation start, i.e. the app starting on that screen (load, open, read, render);
 *  - from a click on "Events" in the menu, coming from Settings.
 * Floor: the screen's own reads through Dexie, in a page where the database is already open.
 */
export const eventsScreenOperation: Operation = {
  id: 'events-screen',
  async run(ctx) {
    const { app, dataset } = ctx;
    ctx.log('open Events screen: floor (Dexie reads)');
    const floorSamples = await repeat(ctx, () => callLab(ctx.lab, 'readEventsWithDexie'));

    ctx.log('open Events screen: from navigation start');
    let startupBytes: Record<string, number> = {};
    const loads = await repeat(ctx, async (i) => {
      const mark = await openEventsFromNavigation(ctx);
      // The first load is the only one with a cold HTTP cache: it shows what the app weighs.
      if (i === 0) startupBytes = await downloadedBytes(app);
      return mark;
    });
    const warnings = await checkRenderedTimings(app, dataset);

    ctx.log('open Events screen: from the menu');
    const clicks = await repeat(ctx, async () => {
      await mainNav(app).getByRole('link', { name: 'Settings' }).click();
      await app.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await callProbe(app, 'arm', 'events-list', 'click');
      await mainNav(app).getByRole('link', { name: 'Events' }).click();
      return callProbe(app, 'waitReady', 'events-list', READY_TIMEOUT_MS);
    });

    const floor = 'Dexie toArray of taskforces + events';
    const events = dataset.rows.events ?? 0;
    const measurements: Measurement[] = [
      {
        operation: `open Events screen, ${events} events (navigation start → list in DOM)`,
        kind: 'screen',
        samples: loads.map((m) => spent(m, 'readyAt')),
        floor,
        floorSamples,
        progress: loads.map((m) => m.progressSeen),
        extra: {
          toNextFrame: loads.map((m) => spent(m, 'frameAt')),
          // Of which: until the app's shell is in the DOM (bundle loaded, database open).
          toAppShell: loads.map((m) => m.shellAt ?? Number.NaN),
        },
        info: { startupBytes },
        warnings,
      },
      {
        operation: `open Events screen from the menu (click → list in DOM)`,
        kind: 'screen',
        samples: clicks.map((m) => spent(m, 'readyAt')),
        floor,
        floorSamples,
        progress: clicks.map((m) => m.progressSeen),
        extra: { toNextFrame: clicks.map((m) => spent(m, 'frameAt')) },
      },
    ];
    return measurements;
  },
};

/** The page's clock is pinned, so the screen must show exactly the dataset's past/upcoming split. */
async function checkRenderedTimings(app: Page, dataset: DatasetSummary): Promise<string[]> {
  const shown = {
    past: await app.locator('li.event-item--past').count(),
    today: await app.locator('li.event-item--today').count(),
    upcoming: await app.locator('li.event-item--upcoming').count(),
  };
  const expected = dataset.events;
  if (
    shown.past === expected.past &&
    shown.today === expected.today &&
    shown.upcoming === expected.upcoming
  ) {
    return [];
  }
  return [
    `The Events screen shows ${JSON.stringify(shown)} past/today/upcoming events; ` +
      `the dataset has ${JSON.stringify(expected)}. Is the page's clock pinned?`,
  ];
}

/**
 * What the page fetched to start, by kind: `js` is the uncompressed size the browser parses,
 * `jsOverNetwork` what came over the wire (compressed when the server compresses).
 */
async function downloadedBytes(app: Page): Promise<Record<string, number>> {
  return app.evaluate(() => {
    const bytes: Record<string, number> = {};
    const add = (kind: string, entry: PerformanceResourceTiming) => {
      bytes[kind] = (bytes[kind] ?? 0) + entry.decodedBodySize;
      const wire = `${kind}OverNetwork`;
      bytes[wire] = (bytes[wire] ?? 0) + entry.encodedBodySize;
    };
    for (const entry of performance.getEntriesByType('navigation')) {
      add('html', entry as PerformanceResourceTiming);
    }
    for (const entry of performance.getEntriesByType('resource')) {
      const kind = /\.(js|css)$/.exec(new URL(entry.name).pathname)?.[1] ?? 'other';
      add(kind, entry as PerformanceResourceTiming);
    }
    return bytes;
  });
}
