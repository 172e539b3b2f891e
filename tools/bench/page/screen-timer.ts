/**
 * Times a wait in the app page, from a click on a link (or a hash change) until the screen's
 * content is in the DOM. Passed to page.evaluate, so it must be self-contained (no imports).
 */

/** The screen is ready when each selector matches at least `min` (and at most `max`) elements. */
export interface ScreenCondition {
  selector: string;
  min: number;
  max?: number;
  /** Count only elements whose text contains this. */
  text?: string;
}

export interface ScreenTiming {
  /** From the click (or hash change) until every condition held (MutationObserver). */
  ms: number;
  /** Until the frame after that had been produced. */
  frameMs: number;
  /** Whether a busy region or a progress bar was in the DOM on the way. */
  progress: boolean;
}

export interface ScreenTimerInput {
  /** A link's text in the app's main navigation to click, or else a hash to go to. */
  navLink?: string;
  hash?: string;
  conditions: ScreenCondition[];
  progressSelector: string;
  timeoutMs: number;
}

export function timeScreen(input: ScreenTimerInput): Promise<ScreenTiming> {
  return new Promise((resolve, reject) => {
    let progress = false;
    let start = 0;
    const met = () =>
      input.conditions.every((c) => {
        let count = 0;
        for (const element of document.querySelectorAll(c.selector)) {
          if (c.text === undefined || element.textContent?.includes(c.text)) count++;
        }
        return count >= c.min && (c.max === undefined || count <= c.max);
      });
    const timer = setTimeout(() => {
      observer.disconnect();
      const shown = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
      reject(new Error(`${input.navLink ?? input.hash} was not ready: ${shown.slice(0, 300)}`));
    }, input.timeoutMs);
    const observer = new MutationObserver(() => {
      if (document.querySelector(input.progressSelector)) progress = true;
      if (!met()) return;
      const ms = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({ ms, frameMs: performance.now() - start, progress });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    if (input.navLink !== undefined) {
      const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find(
        (a) => a.textContent?.trim() === input.navLink,
      );
      if (!(link instanceof HTMLElement)) {
        observer.disconnect();
        clearTimeout(timer);
        reject(new Error(`No link "${input.navLink}" in the main navigation.`));
        return;
      }
      start = performance.now();
      link.click();
    } else {
      start = performance.now();
      location.hash = input.hash ?? '';
    }
  });
}
