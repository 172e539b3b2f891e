/**
 * Floors of the screen rows (see operations/screens.ts): the reads a screen cannot avoid,
 * through the app's TwoFeetDb in the lab page, where the database is already open.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { finishPdf, startPdf } from '../../../src-renderer/exports/pdf';
import type { BenchDataset } from '../data/dataset';

export type ScreenFloor = 'people' | 'board' | 'meeting' | 'surveys' | 'expenses' | 'audit';

export interface ScreensLabApi {
  /** Times the named floor's reads; returns ms. */
  screenFloor(which: ScreenFloor): Promise<number>;
  /** The fixed cost of any PDF: jsPDF (loaded) with its font, one title, one page, saved to bytes. */
  pdfFloor(): Promise<number>;
}

export function screensLab(open: () => { db: TwoFeetDb; dataset: BenchDataset }): ScreensLabApi {
  const reads: Record<ScreenFloor, (db: TwoFeetDb, dataset: BenchDataset) => Promise<unknown>> = {
    // The register's first page in A to Z order, and how many people there are.
    people: (db) =>
      Promise.all([db.people.orderBy('sortName').limit(50).toArray(), db.people.count()]),
    // Everything on today's board.
    board: (db, dataset) => {
      const id = dataset.attendance.boards[0]?.eventId ?? '';
      return Promise.all(
        [db.boardSlots, db.boardSpaces, db.boardTopics, db.boardCells].map((t) =>
          t.where('eventId').equals(id).toArray(),
        ),
      );
    },
    // The meeting's proposals and their rounds.
    meeting: (db, dataset) => {
      const id = dataset.voting.headline?.eventId ?? '';
      return Promise.all([
        db.proposals.where('eventId').equals(id).toArray(),
        db.rounds.where('eventId').equals(id).toArray(),
      ]);
    },
    surveys: (db) => db.surveyForms.toArray(),
    // Every claim: the queue totals them all.
    expenses: (db) => db.claims.toArray(),
    audit: (db) => db.auditLog.orderBy('at').reverse().limit(100).toArray(),
  };
  return {
    async pdfFloor() {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      const kit = await startPdf('Bench', 'One page');
      finishPdf(kit.doc);
      return performance.now() - start;
    },
    async screenFloor(which) {
      const { db, dataset } = open();
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      await reads[which](db, dataset);
      return performance.now() - start;
    },
  };
}
