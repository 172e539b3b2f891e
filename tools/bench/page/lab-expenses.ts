/**
 * The expenses lab functions (see operations/expenses.ts), over the seeded claims: the app's
 * own CSV and batch PDF code timed in the page, and their floors.
 */
import { loadQueue, EMPTY_QUERY } from '../../../src-renderer/data/expenses/queue';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { makeBatchPdf } from '../../../src-renderer/exports/expense-batch-pdf';
import { financeCsv } from '../../../src-renderer/exports/expense-csv';
import { finishPdf, startPdf } from '../../../src-renderer/exports/pdf';

export interface ExpensesLabApi {
  /** The app's code without its screen: loadQueue() then financeCsv(). */
  expensesCsvApp(): Promise<{ ms: number; rows: number; bytes: number }>;
  /** The floor: the lines of claims already in memory joined into CSV text, nothing else. */
  expensesCsvFloor(): Promise<{ ms: number; rows: number }>;
  /** The app's code without its screen: loadQueue() then makeBatchPdf(). */
  expensesPdfApp(): Promise<{ ms: number; bytes: number }>;
  /** The floor: jsPDF and autoTable over the same rows, prepared before timing. */
  expensesPdfFloor(): Promise<{ ms: number; bytes: number }>;
}

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

export function expensesLab(database: () => TwoFeetDb): ExpensesLabApi {
  let prepared: string[][] = [];
  return {
    async expensesCsvApp() {
      collectGarbage();
      const start = performance.now();
      const csv = financeCsv(await loadQueue(database(), EMPTY_QUERY));
      const ms = performance.now() - start;
      if (!csv.ok) throw new Error(csv.problem);
      return { ms, rows: csv.rows, bytes: csv.text.length };
    },

    async expensesCsvFloor() {
      // The screen holds the claims already; only turning them into text is timed.
      const claims = await database().claims.toArray();
      collectGarbage();
      const start = performance.now();
      const out: string[] = [];
      for (const claim of claims) {
        for (const line of claim.lines) {
          out.push(
            [
              claim.id,
              line.id,
              claim.claimantId,
              claim.eventId,
              line.date,
              line.category,
              String(line.amountPence),
              claim.costCode,
              claim.status,
            ].join(','),
          );
        }
      }
      const text = out.join('\r\n');
      return { ms: performance.now() - start, rows: text === '' ? 0 : out.length };
    },

    async expensesPdfApp() {
      collectGarbage();
      const start = performance.now();
      const rows = await loadQueue(database(), EMPTY_QUERY);
      const bytes = await makeBatchPdf(rows, '2026-11-22');
      const ms = performance.now() - start;
      prepared = rows.map((r) => [
        r.claim.id,
        r.claimantName,
        r.event.title,
        r.eventDate,
        r.claim.costCode,
        r.claim.status,
        String(r.claim.lines.length),
        String(r.totalPence),
      ]);
      return { ms, bytes: bytes.byteLength };
    },

    async expensesPdfFloor() {
      if (prepared.length === 0) throw new Error('Call expensesPdfApp() first.');
      collectGarbage();
      const start = performance.now();
      const kit = await startPdf('Expense claims: batch summary');
      kit.table({
        head: [['Claim', 'Claimant', 'Event', 'Date', 'Code', 'Status', 'Lines', 'Total']],
        body: prepared,
        styles: { fontSize: 8 },
      });
      const bytes = finishPdf(kit.doc);
      return { ms: performance.now() - start, bytes: bytes.byteLength };
    },
  };
}
