/**
 * The board's probe for the app page, passed to page.addInitScript: Playwright serialises it,
 * so it must be self-contained (no imports, no outside variables). It records:
 *  - when each read-write transaction that writes board cells has COMMITTED (its `complete`
 *    event: the data is in IndexedDB), by wrapping IDBDatabase.prototype.transaction;
 *  - the time stamp of each mouseup (the drop), in the capture phase, before the app sees it;
 *  - when the DOM first shows a text in an element (a MutationObserver), once armed;
 *  - requestAnimationFrame time stamps while frames are being recorded.
 * All times are performance.now() of the page, as event time stamps are.
 */
export interface BoardProbe {
  commits: number[];
  drops: number[];
  frames: number[];
  domAt: number | null;
  armDom(selector: string, text: string): void;
  startFrames(): void;
  stopFrames(): number[];
}

declare global {
  interface Window {
    __benchBoard?: BoardProbe;
  }
}

export function installBoardProbe(): void {
  // Which recording is current; stopping moves it on, so no chain records.
  let recording = 0;
  let observer: MutationObserver | undefined;
  const probe: BoardProbe = {
    commits: [],
    drops: [],
    frames: [],
    domAt: null,
    armDom(selector, text) {
      observer?.disconnect();
      probe.domAt = null;
      const check = () => {
        if (document.querySelector(selector)?.textContent?.includes(text)) {
          probe.domAt = performance.now();
          observer?.disconnect();
        }
      };
      observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    startFrames() {
      probe.frames = [];
      // A chain from an earlier recording may still have one frame queued: each chain checks
      // that it is still the current one, or two chains would record every frame twice.
      recording += 1;
      const chain = recording;
      const frame = (time: number) => {
        if (chain !== recording) return;
        probe.frames.push(time);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    stopFrames() {
      recording += 1;
      const deltas: number[] = [];
      for (let i = 1; i < probe.frames.length; i++) {
        deltas.push((probe.frames[i] ?? 0) - (probe.frames[i - 1] ?? 0));
      }
      return deltas;
    },
  };
  window.__benchBoard = probe;

  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const tx = transaction.apply(this, args);
    const [names, mode] = args;
    const stores = typeof names === 'string' ? [names] : Array.from(names);
    if (mode === 'readwrite' && stores.includes('boardCells')) {
      tx.addEventListener('complete', () => probe.commits.push(performance.now()));
    }
    return tx;
  };
  window.addEventListener('mouseup', (event) => probe.drops.push(event.timeStamp), true);
}
