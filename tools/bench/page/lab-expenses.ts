/**
 * The expenses lab functions (see operations/expenses.ts): a batch of claims written straight
 * into the database, the app's own CSV and batch PDF code timed in the page, and their floors.
 */
import { loadQueue, EMPTY_QUERY } from '../../../src-renderer/data/expenses/queue';
import type { StoredClaim } from '../../../src-renderer/data/expenses/records';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import type { ClaimLine } from '../../../src-renderer/domain/expenses/lines';
import { emptyPersonInput, personRecord } from '../../../src-renderer/domain/people/person';
import { createdMeta } from '../../../src-renderer/domain/record';
import { makeBatchPdf } from '../../../src-renderer/exports/expense-batch-pdf';
import { financeCsv } from '../../../src-renderer/exports/expense-csv';
import { finishPdf, startPdf } from '../../../src-renderer/exports/pdf';

export interface ExpensesLabApi {
  /** Replaces every claim with `claims` claims of `linesEach` lines (deterministic), not timed. */
  seedExpenseClaims(claims: number, linesEach: number): Promise<{ claims: number; lines: number }>;
  /** The app's code without its screen: loadQueue() then financeCsv(). */
  expensesCsvApp(): Promise<{ ms: number; rows: number; bytes: number }>;
  /** The floor: the lines of claims already in memory joined into CSV text, nothing else. */
  expensesCsvFloor(): Promise<{ ms: number; rows: number }>;
  /** The app's code without its screen: loadQueue() then makeBatchPdf(). */
  expensesPdfApp(): Promise<{ ms: number; bytes: number }>;
  /** The floor: jsPDF and autoTable over the same rows, prepared before timing. */
  expensesPdfFloor(): Promise<{ ms: number; bytes: number }>;
}

const NOW = { now: '2026-11-22T18:00:00.000Z', actor: 'Bench' };
const CLAIMANTS = 250;
const STATUSES = ['approved', 'submitted', 'approved', 'paid', 'draft'] as const;

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

function lines(claim: number, count: number, date: string): ClaimLine[] {
  const made: ClaimLine[] = [];
  for (let i = 0; i < count; i++) {
    const base = {
      id: `bench-line-${claim}-${i}`,
      date,
      description: i % 2 === 0 ? '' : `Bench cost ${i}`,
      receiptIds: i % 5 === 0 ? [] : [`bench-receipt-${claim}-${i}`],
    };
    if (i % 5 === 0) {
      const miles = 3 + ((claim * 7 + i) % 40);
      made.push({
        ...base,
        category: 'mileage',
        vehicle: 'car-or-van',
        from: 'Otley',
        to: 'Leeds',
        miles,
        passengers: 0,
        amountPence: miles * 45,
      });
    } else {
      const category =
        (['public-transport', 'parking', 'meals', 'taxi'] as const)[i % 4] ?? 'other';
      made.push({ ...base, category, amountPence: 150 + ((claim * 31 + i * 17) % 2_500) });
    }
  }
  return made;
}

export function expensesLab(database: () => TwoFeetDb): ExpensesLabApi {
  let prepared: string[][] = [];
  return {
    async seedExpenseClaims(claims, linesEach) {
      const db = database();
      const events = await db.events.orderBy('date').limit(200).toArray();
      if (events.length === 0) throw new Error('Run the seed first: claims need events.');
      const people = Array.from({ length: CLAIMANTS }, (_, i) =>
        personRecord(
          { ...emptyPersonInput(), name: `Bench Claimant ${i + 1}` },
          createdMeta(`bench-claimant-${i}`, NOW),
        ),
      );
      const rows: StoredClaim[] = Array.from({ length: claims }, (_, i) => {
        const event = events[i % events.length];
        if (!event) throw new Error('no event');
        return {
          ...createdMeta(`bench-claim-${String(i).padStart(4, '0')}`, NOW),
          claimantId: `bench-claimant-${i % CLAIMANTS}`,
          claimantRole: 'participant',
          eventId: event.id,
          costCode: `HC-${String(i % 37).padStart(3, '0')}`,
          lines: lines(i, linesEach, event.date),
          declaration: {
            notClaimedBefore: true,
            receiptsAttached: true,
            mileageIsActual: true,
            cheapestReasonableOption: true,
          },
          attendanceConfirmed: true,
          paymentDetailsRef: '',
          status: STATUSES[i % STATUSES.length] ?? 'approved',
          submittedAt: NOW.now,
          overrides: [],
          createdBy: 'Bench',
          trail: [],
        };
      });
      await db.transaction('rw', db.claims, db.people, async () => {
        await db.claims.clear();
        await db.people.bulkPut(people);
        await db.claims.bulkPut(rows);
      });
      return { claims: rows.length, lines: rows.reduce((n, c) => n + c.lines.length, 0) };
    },

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
