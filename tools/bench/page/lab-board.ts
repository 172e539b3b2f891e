/**
 * The board's lab functions (see operations/board.ts): write the generated board, and the
 * floor of a drop, the board command a drop issues, run through the app's data layer.
 */
import { boardContext, runBoardCommand } from '../../../src-renderer/data/board-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { cellName } from '../../../src-renderer/domain/board/grid';
import type { CellRef } from '../../../src-renderer/domain/board/grid';
import type { BenchDataset } from '../data/dataset';
import { fingerprint } from '../data/dataset';
import { type BenchBoard, boardTables } from '../data/board';

/** A cell of the generated grid as the board screen names it ("10:00, Main hall"). */
export interface BenchCell extends CellRef {
  name: string;
  topicId: string | null;
  title: string;
}

export interface BoardSummary {
  eventId: string;
  rows: Record<string, number>;
  /** Of the board's rows: board results are only comparable when it is the same. */
  fingerprint: string;
  /** Row by row (slot), then left to right (space). */
  cells: BenchCell[];
  queued: number;
}

export interface BoardLabApi {
  /** Today's board, as the seed wrote it (nothing is written). */
  prepareBoard(): Promise<BoardSummary>;
  /** The floor of a drop: runBoardCommand of the same topic.place, one transaction. */
  boardPlaceWithCommand(topicId: string, cell: CellRef): Promise<number>;
}

const CTX = { now: '2027-03-10T12:00:00.000Z', actor: 'Bench facilitator' };

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function boardLab(open: () => { db: TwoFeetDb; dataset: BenchDataset }): BoardLabApi {
  let board: BenchBoard | undefined;
  return {
    async prepareBoard() {
      const { dataset } = open();
      // Today's board is in the seeded dataset (data/attendance.ts): the first of its boards.
      board = dataset.attendance.boards[0];
      if (!board) throw new Error('The dataset has no board (too few people?).');
      const tables = Object.entries(boardTables(board));
      const slots = new Map(board.slots.map((s) => [s.id, s]));
      const spaces = new Map(board.spaces.map((s) => [s.id, s]));
      const titles = new Map(board.topics.map((t) => [t.id, t.title]));
      return {
        eventId: board.eventId,
        rows: Object.fromEntries(tables.map(([name, rows]) => [name, rows.length])),
        fingerprint: fingerprint(board),
        cells: board.cells.map((cell) => {
          const slot = slots.get(cell.slotId);
          const space = spaces.get(cell.spaceId);
          if (!slot || !space) throw new Error('A generated cell is off the grid.');
          return {
            slotId: cell.slotId,
            spaceId: cell.spaceId,
            name: cellName(slot, space),
            topicId: cell.topicId,
            title: cell.topicId === null ? '' : (titles.get(cell.topicId) ?? ''),
          };
        }),
        queued: board.topics.filter((t) => t.status === 'queued').length,
      };
    },

    async boardPlaceWithCommand(topicId, cell) {
      const { db } = open();
      if (!board) throw new Error('Call prepareBoard() first.');
      collectGarbage();
      const start = performance.now();
      const result = await runBoardCommand(
        db,
        board.eventId,
        { type: 'topic.place', topicId, cell },
        boardContext(CTX),
      );
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(`The board refused the drop: ${result.reason}`);
      return ms;
    },
  };
}
