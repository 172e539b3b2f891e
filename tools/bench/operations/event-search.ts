import { type Operation, repeat } from '../operation';
import { callLab, callProbe } from '../page/call';
import { openEventsFromNavigation } from './events-screen';

/** Typed one character at a time; it narrows step by step (open → open space → … leeds). */
export const SEARCH_QUERY = 'open space leeds';
export const SEARCH_INPUT = '#event-search';
export const SEARCH_STATUS = 'section[aria-labelledby="events-title"] [role="status"]';
/** Pause between keystrokes once the previous one is on screen, as a typist would leave. */
const PAUSE_BETWEEN_KEYS_MS = 50;

/**
 * (c) Search as you type on the Events screen: per keystroke, from the keydown event to the
 * status line announcing the new query's results (it changes in the same React commit as the
 * filtered list). Floor: groupEvents() from the domain over the same rows, in memory, in plain
 * JS, once per prefix of the query.
 */
export const eventSearchOperation: Operation = {
  id: 'event-search',
  async run(ctx) {
    const { app } = ctx;
    const prefixes = [...SEARCH_QUERY].map((_, i) => SEARCH_QUERY.slice(0, i + 1));

    ctx.log('search as you type: floor (groupEvents in plain JS)');
    const floorRuns = await repeat(ctx, () => callLab(ctx.lab, 'filterEventsInPlainJs', prefixes));
    const expectedCounts = floorRuns[0]?.counts ?? [];

    ctx.log(`search as you type: typing "${SEARCH_QUERY}"`);
    await openEventsFromNavigation(ctx);
    const input = app.locator(SEARCH_INPUT);
    const total = ctx.dataset.rows.events ?? 0;
    const runs = await repeat(ctx, async () => {
      await input.fill('');
      await app.waitForFunction(
        ({ status, total }) =>
          (document.querySelector(status)?.textContent ?? '') === '' &&
          document.querySelectorAll('li.event-item').length === total,
        { status: SEARCH_STATUS, total },
      );
      await callProbe(app, 'resetKeystrokes');
      await input.focus();
      let typed: Awaited<ReturnType<typeof waitKeystroke>> = [];
      const waitKeystroke = (count: number) => callProbe(app, 'waitKeystrokes', count, 10_000);
      for (let i = 0; i < prefixes.length; i++) {
        await app.keyboard.type(SEARCH_QUERY.charAt(i));
        typed = await waitKeystroke(i + 1);
        await app.waitForTimeout(PAUSE_BETWEEN_KEYS_MS);
      }
      return typed;
    });

    const warnings: string[] = [];
    const shownCounts = (runs[0] ?? []).map((k) => Number(/^\d+/.exec(k.statusText)?.[0] ?? NaN));
    if (shownCounts.join() !== expectedCounts.join()) {
      warnings.push(
        `The app found ${shownCounts.join('/')} events per keystroke; ` +
          `groupEvents() in plain JS found ${expectedCounts.join('/')}.`,
      );
    }

    return [
      {
        operation: `search as you type, per keystroke ("${SEARCH_QUERY}")`,
        kind: 'keystroke',
        samples: runs.flatMap((run) => run.map((k) => k.ms)),
        floor: 'groupEvents() over in-memory rows',
        floorSamples: floorRuns.flatMap((run) => run.ms),
        progress: runs.flatMap((run) => run.map(() => false)),
        warnings,
      },
    ];
  },
};
