/**
 * Probes for the app's own page. `installProbes` is passed to page.addInitScript, so
 * Playwright serialises it and runs it in every new document before the app's scripts:
 * it must be self-contained (no imports, no outside variables). It does not touch the app;
 * it only pins the clock and watches the DOM.
 */

/**
 * The screen is ready when every selector matches at least `min` elements (counting only
 * those whose text contains `text`, when given).
 */
export interface ReadyTarget {
  name: string;
  conditions: { selector: string; min: number; text?: string }[];
}

/** What starts a wait: a navigation, a click, or a file chosen in a file input (its change event). */
export type StartOn = 'navigation' | 'click' | 'file';

/** A search box and the status line that names its query and counts the results. */
export interface SearchProbe {
  input: string;
  status: string;
  /** The status names the query trimmed (“khan” while "khan " is typed). */
  trimQuery: boolean;
}

export interface ProbeConfig {
  /** Date.now() in the page starts at this instant (epoch ms) and runs on in real time. */
  fixedNow: number;
  targets: ReadyTarget[];
  /**
   * Targets armed at navigation start (their time is counted from performance.timeOrigin),
   * only when the document starts at `hash` if one is given.
   */
  armOnNavigation: { name: string; hash?: string }[];
  /** Anything that tells the user to wait (a busy region, a progress bar). */
  progressSelector: string;
  searches: SearchProbe[];
}

export interface ReadyMark {
  /** performance.now() when the wait started: 0 for navigation, the click's time for a click. */
  startedAt: number | null;
  /** performance.now() when the DOM first met the target's conditions (a MutationObserver). */
  readyAt: number | null;
  /** performance.now() after the next frame following readyAt (rAF, then a task). */
  frameAt: number | null;
  /** Whether a progress indicator was in the DOM at any time during the wait. */
  progressSeen: boolean;
  /** performance.now() when a progress indicator was first seen during the wait. */
  progressAt: number | null;
  startOn: StartOn;
}

export interface KeystrokeSample {
  value: string;
  /**
   * From the keydown event's timestamp to the status text naming the new query, with the
   * expected count when one was given (expectCounts).
   */
  ms: number;
  statusText: string;
  /** From the keydown to the status first naming the query, whatever count it showed then. */
  namedMs: number;
  /** The status text at that first moment: a different count there is a stale one. */
  firstText: string;
}

export interface ProbeApi {
  marks: Record<string, ReadyMark>;
  arm(name: string, startOn: StartOn): void;
  waitReady(name: string, timeoutMs: number): Promise<ReadyMark>;
  keystrokes: KeystrokeSample[];
  /** Forgets the keystrokes and the last value typed (the next one is always measured). */
  resetKeystrokes(): void;
  /**
   * Counts the status must show, by query as the status names it; without one for a query,
   * naming the query is enough. null forgets them.
   */
  expectCounts(counts: Record<string, number> | null): void;
  waitKeystrokes(count: number, timeoutMs: number): Promise<KeystrokeSample[]>;
}

declare global {
  interface Window {
    __benchProbe?: ProbeApi;
  }
}

export function installProbes(config: ProbeConfig): void {
  if (window.__benchProbe) return;

  // Pin "today": the app decides past/upcoming from new Date(). Only the wall clock moves;
  // performance.now(), timers and animation frames are untouched.
  const RealDate = Date;
  const offset = config.fixedNow - RealDate.now();
  const ShiftedDate = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    if (args.length === 0) return new RealDate(RealDate.now() + offset);
    return new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.defineProperties(ShiftedDate, {
    now: { value: () => RealDate.now() + offset },
    parse: { value: RealDate.parse },
    UTC: { value: RealDate.UTC },
    prototype: { value: RealDate.prototype },
  });
  window.Date = ShiftedDate;

  const marks: Record<string, ReadyMark> = {};
  const readyWaiters: (() => void)[] = [];
  const keystrokes: KeystrokeSample[] = [];
  const keyWaiters: (() => void)[] = [];
  let lastKeyAt: number | null = null;
  let pending: {
    value: string;
    query: string;
    keyAt: number;
    search: SearchProbe;
    namedAt: number | null;
    firstText: string;
  } | null = null;
  let expected: Record<string, number> | null = null;
  /** The last value typed in each search box, to leave out keystrokes that change no query. */
  const lastValue = new Map<SearchProbe, string>();

  const eventTime = (event: Event) => {
    const now = performance.now();
    return event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  };
  const wake = (waiters: (() => void)[]) => waiters.splice(0).forEach((wakeUp) => wakeUp());

  function check() {
    const now = performance.now();
    for (const target of config.targets) {
      const mark = marks[target.name];
      if (!mark || mark.readyAt !== null || mark.startedAt === null) continue;
      if (!mark.progressSeen && document.querySelector(config.progressSelector)) {
        mark.progressSeen = true;
        mark.progressAt = now;
      }
      const met = target.conditions.every((c) => {
        const found = document.querySelectorAll(c.selector);
        if (c.text === undefined) return found.length >= c.min;
        let matching = 0;
        for (const element of found) if (element.textContent?.includes(c.text)) matching++;
        return matching >= c.min;
      });
      if (!met) continue;
      mark.readyAt = now;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          mark.frameAt = performance.now();
          wake(readyWaiters);
        };
        channel.port2.postMessage(null);
      });
    }
    if (pending) {
      const { search, query } = pending;
      const text = document.querySelector(search.status)?.textContent ?? '';
      const named =
        pending.value.trim() === ''
          ? search.trimQuery
            ? !text.includes('“')
            : text === ''
          : text.includes(`“${query}”`);
      if (named) {
        if (pending.namedAt === null) {
          pending.namedAt = now;
          pending.firstText = text;
        }
        const want = expected?.[query];
        const shown =
          want === undefined || Number(/^[\d,]+/.exec(text)?.[0].replace(/,/g, '')) === want;
        if (shown) {
          keystrokes.push({
            value: pending.value,
            ms: now - pending.keyAt,
            statusText: text,
            namedMs: pending.namedAt - pending.keyAt,
            firstText: pending.firstText,
          });
          pending = null;
          wake(keyWaiters);
        }
      }
    }
  }

  function arm(name: string, startOn: StartOn) {
    marks[name] = {
      startedAt: startOn === 'navigation' ? 0 : null,
      readyAt: null,
      frameAt: null,
      progressSeen: false,
      progressAt: null,
      startOn,
    };
  }
  for (const { name, hash } of config.armOnNavigation) {
    if (hash === undefined || location.hash === hash) arm(name, 'navigation');
  }

  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'open'],
  });

  const searchOf = (target: EventTarget | null) =>
    target instanceof Element ? config.searches.find((s) => target.matches(s.input)) : undefined;
  document.addEventListener(
    'keydown',
    (event) => {
      if (searchOf(event.target)) lastKeyAt = eventTime(event);
    },
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      const search = searchOf(event.target);
      if (!search) return;
      const value = (event.target as HTMLInputElement).value;
      const query = search.trimQuery ? value.trim() : value;
      const previous = lastValue.get(search);
      lastValue.set(search, value);
      const keyAt = lastKeyAt ?? eventTime(event);
      lastKeyAt = null;
      // "khan " names the same query as "khan": nothing on screen changes, nothing to measure.
      if (previous !== undefined && (search.trimQuery ? previous.trim() : previous) === query) {
        pending = null;
        return;
      }
      pending = { value, query, keyAt, search, namedAt: null, firstText: '' };
    },
    true,
  );
  const startMarks = (startOn: StartOn, event: Event) => {
    for (const mark of Object.values(marks)) {
      if (mark.startOn === startOn && mark.startedAt === null) mark.startedAt = eventTime(event);
    }
  };
  window.addEventListener('click', (event) => startMarks('click', event), true);
  window.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') startMarks('file', event);
    },
    true,
  );

  function waitFor<T>(
    done: () => T | undefined,
    waiters: (() => void)[],
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(describe())), timeoutMs);
      const attempt = () => {
        const value = done();
        if (value === undefined) {
          waiters.push(attempt);
          return;
        }
        clearTimeout(timer);
        resolve(value);
      };
      attempt();
    });
  }

  window.__benchProbe = {
    marks,
    arm,
    keystrokes,
    resetKeystrokes() {
      keystrokes.length = 0;
      pending = null;
      lastKeyAt = null;
      lastValue.clear();
    },
    expectCounts(counts) {
      expected = counts;
    },
    waitReady(name, timeoutMs) {
      return waitFor(
        () => {
          const mark = marks[name];
          return mark && mark.frameAt !== null ? mark : undefined;
        },
        readyWaiters,
        timeoutMs,
        () =>
          `"${name}" was not ready after ${timeoutMs} ms. The page shows: ` +
          (document.querySelector('main')?.textContent ?? document.body.textContent ?? '')
            .replace(/\s+/g, ' ')
            .slice(0, 300),
      );
    },
    waitKeystrokes(count, timeoutMs) {
      return waitFor(
        () => (keystrokes.length >= count ? keystrokes.slice() : undefined),
        keyWaiters,
        timeoutMs,
        () => {
          const status = pending ? document.querySelector(pending.search.status) : null;
          const want = pending ? expected?.[pending.query] : undefined;
          return (
            `Typed "${pending?.value ?? '?'}"${want === undefined ? '' : ` (expecting ${want})`} ` +
            `but after ${timeoutMs} ms the search status still says ` +
            `"${status?.textContent ?? '(no status element)'}".`
          );
        },
      );
    },
  };
}
