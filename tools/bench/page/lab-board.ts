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
import { type BenchBoard, boardEvent, boardTables, generateBoard } from '../data/board';
import { Prng } from '../data/prng';

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
  /** Generates the board from the seed and writes it, replacing any board and check-ins. */
  prepareBoard(seed: string): Promise<BoardSummary>;
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
    async prepareBoard(seed) {
      const { db, dataset } = open();
      const event = boardEvent(dataset.events, dataset.today);
      board = generateBoard(new Prng(seed).fork('board'), event, dataset.people);
      const tables = Object.entries(boardTables(board));
      const names = tables.map(([name]) => name);
      await db.transaction('rw', names, async () => {
        for (const name of names.filter((n) => n.startsWith('board'))) await db.table(name).clear();
        await db.attendance
          .where('eventId')
          .equals(board?.eventId ?? '')
          .delete();
        for (const [name, rows] of tables) await db.table(name).bulkPut([...rows]);
      });
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
