import type { Page } from '@playwright/test';
import { type BenchContext, type Measurement, type Operation, repeat } from '../operation';
import { callLab, callProbe } from '../page/call';
import type { KeystrokeSample, SearchProbe } from '../page/probes';

/**
 * A surname, then a first name: it narrows step by step (k → khan → khan a → khan aisha).
 * The space names the same query as "khan" (the status trims it), so it is typed but not
 * measured: nothing on screen changes.
 */
export const PEOPLE_QUERY = 'khan aisha';
/**
 * One letter that starts a word of almost everyone (the "example" of their email addresses):
 * the heaviest first keystroke, e.g. on the way to "Evans" or "Emily".
 */
export const PEOPLE_WIDE_QUERY = 'e';

export const PEOPLE_SEARCH: SearchProbe = {
  input: '#people-search',
  status: 'section[aria-labelledby="people-title"] > p[role="status"]',
  trimQuery: true,
};
const PAUSE_BETWEEN_KEYS_MS = 50;
const TIMEOUT_MS = 15_000;

/** The register, not searching: "Showing 1–50 of 5,000 people." */
function browsingText(total: number): string {
  return `of ${total.toLocaleString('en-GB')} people.`;
}

/** The queries the status names, in typing order, leaving out keystrokes that change none. */
export function measuredQueries(typed: string): string[] {
  const queries: string[] = [];
  let previous = '';
  for (let i = 1; i <= typed.length; i++) {
    const query = typed.slice(0, i).trim();
    if (query !== previous) queries.push(query);
    previous = query;
  }
  return queries;
}

/**
 * Search as you type on the People screen, over the 5,000 generated people: per keystroke,
 * from the keydown event to the status line naming the new query with the right count
 * (“N people match “…”.”). The right count matters: the screen first re-renders with the new
 * query and the previous result (useLiveQuery keeps it while the new query runs), so the status
 * can name the new query with the old count; `toQueryNamed` in the JSON keeps that first moment.
 *
 * Floor: the same database work as usePeoplePage, in the lab page through Dexie: the *words
 * index for the first term, the other terms checked on those candidates, sorted as it sorts. That
 * is what the app does on every keystroke (it holds no rows in memory), so plain JS over rows
 * already in memory would be a floor for a different design.
 */
export const peopleSearchOperation: Operation = {
  id: 'people-search',
  async run(ctx) {
    const { app } = ctx;
    const total = ctx.dataset.people.rows;
    // Leave the previous screen first: its live queries would re-run on the seed's writes.
    await app.goto('about:blank');
    ctx.log(`people search: seeding ${total} people`);
    const seedMs = await callLab(ctx.lab, 'seedPeople');
    ctx.log(`people search: bulkPut of ${total} people took ${Math.round(seedMs)} ms`);

    await app.goto('about:blank');
    await app.goto(`${ctx.baseUrl}/#/people`, { waitUntil: 'commit' });
    await app.waitForFunction(() => window.__benchProbe !== undefined);
    await waitForBrowsing(app, total);

    const rows: Measurement[] = [];
    for (const typed of [PEOPLE_QUERY, PEOPLE_WIDE_QUERY]) {
      rows.push(await measureQuery(ctx, typed, total));
    }
    await callProbe(app, 'expectCounts', null);
    return rows;
  },
};

async function waitForBrowsing(app: Page, total: number) {
  await app.waitForFunction(
    ({ status, text }) => (document.querySelector(status)?.textContent ?? '').endsWith(text),
    { status: PEOPLE_SEARCH.status, text: browsingText(total) },
    { timeout: TIMEOUT_MS },
  );
}

async function measureQuery(ctx: BenchContext, typed: string, total: number): Promise<Measurement> {
  const { app } = ctx;
  const queries = measuredQueries(typed);

  ctx.log(`people search: floor for "${typed}" (Dexie *words query)`);
  const floorRuns = await repeat(ctx, () => callLab(ctx.lab, 'searchPeopleWithDexie', queries));
  const expectedCounts = floorRuns[0]?.counts ?? [];
  await callProbe(
    app,
    'expectCounts',
    Object.fromEntries(queries.map((q, i) => [q, expectedCounts[i] ?? -1])),
  );

  ctx.log(`people search: typing "${typed}" (${queries.length} measured keystrokes)`);
  const input = app.locator(PEOPLE_SEARCH.input);
  const runs = await repeat(ctx, async () => {
    await input.fill('');
    await waitForBrowsing(app, total);
    await callProbe(app, 'resetKeystrokes');
    await input.focus();
    let measured = 0;
    let samples: KeystrokeSample[] = [];
    for (let i = 0; i < typed.length; i++) {
      const before = typed.slice(0, i).trim();
      await app.keyboard.type(typed.charAt(i));
      if (typed.slice(0, i + 1).trim() !== before) {
        measured++;
        samples = await callProbe(app, 'waitKeystrokes', measured, TIMEOUT_MS);
      }
      await app.waitForTimeout(PAUSE_BETWEEN_KEYS_MS);
    }
    return samples;
  });

  const all = runs.flat();
  const warnings: string[] = [];
  const stale = all.filter((k) => k.firstText !== k.statusText);
  if (stale.length > 0) {
    const example = stale[0] as KeystrokeSample;
    const staleMs = stale.map((k) => k.ms - k.namedMs).sort((a, b) => a - b);
    warnings.push(
      `${stale.length} of ${all.length} keystrokes first showed the new query with the previous ` +
        `count, for ${staleMs[Math.floor(staleMs.length / 2)]?.toFixed(1)} ms (median) before the right one: ` +
        `"${example.firstText}" then "${example.statusText}". A screen reader may announce the wrong count.`,
    );
  }
  return {
    operation: `search ${total.toLocaleString('en-GB')} people as you type, per keystroke ("${typed}")`,
    kind: 'keystroke',
    samples: all.map((k) => k.ms),
    floor: 'Dexie *words startsWith + filter + sort',
    floorSamples: floorRuns.flatMap((run) => run.ms),
    progress: all.map(() => false),
    extra: { toQueryNamed: all.map((k) => k.namedMs) },
    info: {
      queries,
      expectedCounts,
      staleCountKeystrokes: stale.length,
    },
    warnings,
  };
}
