/**
 * Probes for the app's own page. `installProbes` is passed to page.addInitScript, so
 * Playwright serialises it and runs it in every new document before the app's scripts:
 * it must be self-contained (no imports, no outside variables). It does not touch the app;
 * it only pins the clock and watches the DOM.
 */

/** The screen is ready when every selector matches at least `min` elements. */
export interface ReadyTarget {
  name: string;
  conditions: { selector: string; min: number }[];
}

export interface ProbeConfig {
  /** Date.now() in the page starts at this instant (epoch ms) and runs on in real time. */
  fixedNow: number;
  targets: ReadyTarget[];
  /** Targets armed at navigation start: their time is counted from performance.timeOrigin. */
  armOnNavigation: string[];
  /** Anything that tells the user to wait (a busy region, a progress bar). */
  progressSelector: string;
  searchInput: string;
  searchStatus: string;
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
  startOn: 'navigation' | 'click';
}

export interface KeystrokeSample {
  value: string;
  /** From the keydown event's timestamp to the status text naming the new query. */
  ms: number;
  statusText: string;
}

export interface ProbeApi {
  marks: Record<string, ReadyMark>;
  arm(name: string, startOn: 'navigation' | 'click'): void;
  waitReady(name: string, timeoutMs: number): Promise<ReadyMark>;
  keystrokes: KeystrokeSample[];
  resetKeystrokes(): void;
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
  let pending: { value: string; keyAt: number } | null = null;

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
      if (document.querySelector(config.progressSelector)) mark.progressSeen = true;
      const met = target.conditions.every(
        (c) => document.querySelectorAll(c.selector).length >= c.min,
      );
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
      const status = document.querySelector(config.searchStatus);
      const text = status?.textContent ?? '';
      const shown = pending.value.trim() === '' ? text === '' : text.includes(`“${pending.value}”`);
      if (shown) {
        keystrokes.push({ value: pending.value, ms: now - pending.keyAt, statusText: text });
        pending = null;
        wake(keyWaiters);
      }
    }
  }

  function arm(name: string, startOn: 'navigation' | 'click') {
    marks[name] = {
      startedAt: startOn === 'navigation' ? 0 : null,
      readyAt: null,
      frameAt: null,
      progressSeen: false,
      startOn,
    };
  }
  for (const name of config.armOnNavigation) arm(name, 'navigation');

  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'open'],
  });

  const matchesSearch = (target: EventTarget | null) =>
    target instanceof Element && target.matches(config.searchInput);
  document.addEventListener(
    'keydown',
    (event) => {
      if (matchesSearch(event.target)) lastKeyAt = eventTime(event);
    },
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      if (!matchesSearch(event.target)) return;
      const value = (event.target as HTMLInputElement).value;
      pending = { value, keyAt: lastKeyAt ?? eventTime(event) };
      lastKeyAt = null;
    },
    true,
  );
  window.addEventListener(
    'click',
    (event) => {
      for (const mark of Object.values(marks)) {
        if (mark.startOn === 'click' && mark.startedAt === null) mark.startedAt = eventTime(event);
      }
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
        () =>
          `Typed "${pending?.value ?? '?'}" but after ${timeoutMs} ms the search status still says ` +
          `"${document.querySelector(config.searchStatus)?.textContent ?? '(no status element)'}".`,
      );
    },
  };
}
