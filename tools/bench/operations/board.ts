import type { Page } from '@playwright/test';
import { BOARD_SIZES } from '../data/board';
import { type BenchContext, type Measurement, type Operation, repeat } from '../operation';
import { installBoardProbe } from '../page/board-probe';
import { callLab } from '../page/call';
import type { BenchCell, BoardSummary } from '../page/lab-board';

/** How the board screen marks its cells and topic cards (features/board: GridCell, TopicCard). */
const cellSelector = (cell: BenchCell) => `[data-cell="${cell.name}"]`;
const HANDLE = '.topic-card__handle';
const READY_TIMEOUT_MS = 30_000;
/** A person moves the mouse about 60 times a second; the bench paces its drag the same way. */
const MOVE_EVERY_MS = 16;

/**
 * The open-space board (issue 4), on a full board: 6 slots × 6 spaces, 60 topics, 150 people
 * checked in (see data/board.ts), driven through the real board screen with the mouse:
 *  (a) a drop of a topic on another cell (a swap): from the mouseup event until the command's
 *      read-write transaction has committed in IndexedDB (its `complete` event), and until the
 *      cell shows the topic (`toDom`). Floor: runBoardCommand of the same topic.place in the lab
 *      page (the app's data layer without the UI), with the app page on about:blank.
 *  (b) frame times while dragging a topic over the grid, one mouse move per frame or so: the gaps
 *      between requestAnimationFrame callbacks. Floor: the same gaps with the board idle.
 */
export const boardOperation: Operation = {
  id: 'board',
  async run(ctx) {
    const { app, lab } = ctx;
    await app.goto('about:blank');
    ctx.log("board: today's seeded board (60 topics, 6 × 6 grid, 150 people checked in)");
    const board = await callLab(lab, 'prepareBoard');
    const [a, b] = board.cells;
    if (!a?.topicId || !b?.topicId) throw new Error('The generated board has empty cells.');
    // The two topics swap places on every drop; these say where each one is now.
    let inA = { id: a.topicId, title: a.title };
    let inB = { id: b.topicId, title: b.title };
    const swapped = () => ([inA, inB] = [inB, inA]);

    ctx.log('board: drop floor (runBoardCommand in the lab page)');
    const floor = await repeat(ctx, async () => {
      const ms = await callLab(lab, 'boardPlaceWithCommand', inA.id, b);
      swapped();
      return ms;
    });

    ctx.log('board: drops through the board screen');
    await app.addInitScript(installBoardProbe);
    await openBoard(ctx, board);
    const drops = await repeat(ctx, async () => {
      const mark = await dropOn(app, a, b, inA.title);
      swapped();
      return mark;
    });

    ctx.log('board: frame times while dragging, and with the board idle');
    const centre = board.cells[2 * BOARD_SIZES.spaces + 2] ?? a;
    const idle = await repeat(ctx, () => idleFrames(app));
    const dragging = await repeat(ctx, () => dragAround(app, centre, board.cells));
    const frames = dragging.flat();
    // A gap of one and a half frames or more means at least one frame was not drawn in time.
    const dropped = frames.filter((ms) => ms > 25).length;

    const info = { board: board.rows, boardFingerprint: board.fingerprint, drivenThrough: 'UI' };
    return [
      {
        operation: `board: drop a topic on a full ${BOARD_SIZES.slots}×${BOARD_SIZES.spaces} board → committed in IndexedDB`,
        kind: 'click',
        samples: drops.map((d) => d.commit),
        floor: 'runBoardCommand(topic.place), lab page',
        floorSamples: floor,
        extra: { toDom: drops.map((d) => d.dom) },
        info,
      },
      {
        operation: `board: frame gaps while dragging a topic over the grid (rAF, ${dragging.length} drags)`,
        kind: 'frame',
        samples: frames,
        floor: 'rAF gaps, board idle',
        floorSamples: idle.flat(),
        info: { frames: frames.length, gapsOver25ms: dropped, longestMs: Math.max(...frames) },
        warnings: frames.length < 30 ? ['Fewer than 30 frames were recorded.'] : [],
      } satisfies Measurement,
    ];
  },
};

async function openBoard(ctx: BenchContext, board: BoardSummary) {
  const { app } = ctx;
  await app.goto(`${ctx.baseUrl}/#/board/${board.eventId}`);
  await app.waitForFunction(
    ({ cells, handles }) =>
      document.querySelectorAll('[data-cell]').length >= cells &&
      document.querySelectorAll('.topic-card__handle').length >= handles &&
      window.__benchBoard !== undefined,
    { cells: board.cells.length, handles: BOARD_SIZES.topics },
    { timeout: READY_TIMEOUT_MS },
  );
}

async function centreOf(app: Page, selector: string) {
  const target = app.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen.`);
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 30) };
}

/** One mouse drag from a cell's topic onto another cell; times from its mouseup. */
async function dropOn(app: Page, from: BenchCell, to: BenchCell, title: string) {
  const start = await centreOf(app, `${cellSelector(from)} ${HANDLE}`);
  const end = await centreOf(app, cellSelector(to));
  const before = await app.evaluate(() => window.__benchBoard?.commits.length ?? 0);
  await app.evaluate(([selector, text]) => window.__benchBoard?.armDom(selector, text), [
    cellSelector(to),
    title,
  ] as const);
  await app.mouse.move(start.x, start.y);
  await app.mouse.down();
  await app.mouse.move(start.x + 10, start.y + 10, { steps: 3 });
  await app.mouse.move(end.x, end.y, { steps: 8 });
  await app.mouse.up();
  await app.waitForFunction(
    (count) => (window.__benchBoard?.commits.length ?? 0) > count && window.__benchBoard?.domAt,
    before,
    { timeout: READY_TIMEOUT_MS },
  );
  return app.evaluate((count) => {
    const probe = window.__benchBoard;
    const drop = probe?.drops.at(-1) ?? Number.NaN;
    return {
      commit: (probe?.commits[count] ?? Number.NaN) - drop,
      dom: (probe?.domAt ?? Number.NaN) - drop,
    };
  }, before);
}

/** rAF gaps for about as long as a drag lasts, with nothing happening. */
async function idleFrames(app: Page): Promise<number[]> {
  await app.evaluate(() => window.__benchBoard?.startFrames());
  await app.waitForTimeout(1500);
  return app.evaluate(() => window.__benchBoard?.stopFrames() ?? []);
}

/**
 * Picks up the topic in `from` and carries it over every cell on screen, row by row, at a
 * person's pace; then Escape cancels the drag, so nothing is written. Returns the rAF gaps.
 */
async function dragAround(app: Page, from: BenchCell, cells: readonly BenchCell[]) {
  const start = await centreOf(app, `${cellSelector(from)} ${HANDLE}`);
  const viewport = app.viewportSize() ?? { width: 1280, height: 900 };
  const path: { x: number; y: number }[] = [];
  for (const cell of cells) {
    const box = await app.locator(cellSelector(cell)).boundingBox();
    if (box && box.y > 0 && box.y + box.height < viewport.height) {
      path.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    }
  }
  await app.mouse.move(start.x, start.y);
  await app.mouse.down();
  await app.mouse.move(start.x + 10, start.y + 10, { steps: 2 });
  await app.evaluate(() => window.__benchBoard?.startFrames());
  for (const point of path) {
    for (let step = 1; step <= 3; step++) {
      await app.mouse.move(point.x + step, point.y + step);
      await app.waitForTimeout(MOVE_EVERY_MS);
    }
  }
  const gaps = await app.evaluate(() => window.__benchBoard?.stopFrames() ?? []);
  await app.keyboard.press('Escape');
  await app.mouse.up();
  return gaps;
}
