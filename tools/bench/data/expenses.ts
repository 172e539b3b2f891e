import type { Receipt, StoredClaim } from '../../../src-renderer/data/expenses/records';
import type { ClaimStatus } from '../../../src-renderer/domain/expenses/claim';
import type { ClaimLine } from '../../../src-renderer/domain/expenses/lines';
import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import { receiptPng } from './png';
import type { Prng } from './prng';

/**
 * Expense claims (issue 7; issue 9: 2,000 claims with 10,000 lines and 2,000 receipt images):
 * each claim by someone checked in at an event held, five lines (one mileage, four fares,
 * parking, meals or taxis), one of them with a receipt photo, a small real PNG stored as the
 * app stores an attached receipt (bytes, type, size, in the receipts table).
 */
export interface ExpensesPlan {
  claims: StoredClaim[];
  receipts: Receipt[];
}

const STATUSES: readonly (readonly [ClaimStatus, number])[] = [
  ['draft', 1],
  ['submitted', 3],
  ['approved', 4],
  ['paid', 3],
  ['rejected', 1],
];
const CATEGORIES = ['public-transport', 'parking', 'meals', 'taxi'] as const;
const PLACES = ['Otley', 'Leeds', 'Bradford', 'Halifax', 'Keighley', 'Ilkley'];

function linesOf(p: Prng, count: number, date: string, receiptLine: number): ClaimLine[] {
  const made: ClaimLine[] = [];
  for (let i = 0; i < count; i++) {
    const base = {
      id: p.uuid(),
      date,
      description: i % 2 === 0 ? '' : `Bus and train to the venue (${i})`,
      receiptIds: [] as string[],
    };
    if (i === 0) {
      const miles = p.int(3, 45);
      made.push({
        ...base,
        category: 'mileage',
        vehicle: 'car-or-van',
        from: p.pick(PLACES),
        to: p.pick(PLACES),
        miles,
        passengers: p.int(0, 2),
        amountPence: miles * 45,
      });
    } else {
      const category = CATEGORIES[(i - 1) % CATEGORIES.length] ?? 'public-transport';
      const amountPence = i === receiptLine ? p.int(1_500, 6_000) : p.int(150, 900);
      made.push({ ...base, category, amountPence });
    }
  }
  return made;
}

export function generateExpenses(
  p: Prng,
  events: readonly TaskforceEvent[],
  checkedIn: ReadonlyMap<string, readonly string[]>,
  claims: number,
  linesEach: number,
  receipts: number,
): ExpensesPlan {
  const held = events.filter((e) => (checkedIn.get(e.id)?.length ?? 0) > 0);
  const plan: ExpensesPlan = { claims: [], receipts: [] };
  if (held.length === 0) return plan;
  for (let i = 0; i < claims; i++) {
    const event = held[i % held.length] as TaskforceEvent;
    const claimant = p.pick(checkedIn.get(event.id) ?? []);
    const at = `${event.date}T20:00:00.000Z`;
    const id = p.uuid();
    const withReceipt = i < receipts && linesEach > 1;
    const lines = linesOf(p, linesEach, event.date, withReceipt ? 1 : -1);
    const line = lines[1];
    if (withReceipt && line) {
      const bytes = receiptPng(p.fork(`receipt-${i}`));
      const receiptId = p.uuid();
      line.receiptIds = [receiptId];
      plan.receipts.push({
        id: receiptId,
        createdAt: at,
        updatedAt: at,
        version: 1,
        claimId: id,
        lineId: line.id,
        name: `receipt-${String(i + 1).padStart(4, '0')}.png`,
        type: 'image/png',
        size: bytes.byteLength,
        bytes,
        addedBy: 'Bench facilitator',
      });
    }
    const status = p.weighted(STATUSES);
    plan.claims.push({
      id,
      createdAt: at,
      updatedAt: at,
      version: status === 'draft' ? 1 : 2,
      claimantId: claimant,
      claimantRole: 'participant',
      eventId: event.id,
      costCode: `HC-${String(p.int(0, 36)).padStart(3, '0')}`,
      lines,
      declaration: {
        notClaimedBefore: true,
        receiptsAttached: true,
        mileageIsActual: true,
        cheapestReasonableOption: true,
      },
      attendanceConfirmed: true,
      paymentDetailsRef: status === 'paid' ? `FIN-${p.int(10_000, 99_999)}` : '',
      status,
      submittedAt: status === 'draft' ? null : at,
      overrides: [],
      createdBy: 'Bench facilitator',
      trail: [],
    });
  }
  return plan;
}
