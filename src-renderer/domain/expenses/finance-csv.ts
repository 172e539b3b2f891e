import type { ClaimStatus } from './claim';
import { claimTotals } from './claim';
import type { InvolvementPayment } from './involvement';
import { payableInvolvement } from './involvement';
import type { ClaimLine } from './lines';
import { describeLine } from './lines';
import { penceToDecimal, sumPence } from './money';

/**
 * Rows for the finance system and for payroll, as strings in a fixed column order. Writing the
 * file (and choosing where) is the platform's job; `toCsv` in ../csv.ts gives the exact text to write.
 *
 * Ids, cost codes and phone numbers must reach the finance system as text. CSV has no types,
 * so: every field is quoted, nothing is ever turned into a number here, and money goes out as
 * whole pence and as a plain "12.50" with no symbol or separators. Finance systems that import
 * by column keep quoted text as text. Excel opened by double-click still guesses types (it
 * drops a leading zero even when quoted): import through Data › From Text/CSV with the columns
 * set to Text, or use an XLSX export that types its cells.
 */

export const FINANCE_COLUMNS = [
  'claim_id',
  'line_id',
  'claimant_id',
  'claimant_name',
  'event_id',
  'event_title',
  'event_date',
  'line_date',
  'category',
  'description',
  'amount_pence',
  'amount_gbp',
  'cost_code',
  'status',
  'receipt_refs',
] as const;
export type FinanceColumn = (typeof FINANCE_COLUMNS)[number];
export type FinanceRow = Record<FinanceColumn, string>;

export interface FinanceExportClaim {
  claim: {
    id: string;
    claimantId: string;
    eventId: string;
    costCode: string;
    status: ClaimStatus;
    lines: readonly ClaimLine[];
  };
  claimantName: string;
  event: { title: string; date: string };
}

/** One row per claim line, claims and lines in the order given. */
export function financeRows(items: readonly FinanceExportClaim[]): FinanceRow[] {
  return items.flatMap(({ claim, claimantName, event }) =>
    claim.lines.map((line) => ({
      claim_id: claim.id,
      line_id: line.id,
      claimant_id: claim.claimantId,
      claimant_name: claimantName,
      event_id: claim.eventId,
      event_title: event.title,
      event_date: event.date,
      line_date: line.date,
      category: line.category,
      description: describeLine(line),
      amount_pence: String(line.amountPence),
      amount_gbp: penceToDecimal(line.amountPence),
      cost_code: claim.costCode,
      status: claim.status,
      // Receipt files are stored in the app; finance quotes these ids to ask for a copy.
      receipt_refs: line.receiptIds.join('; '),
    })),
  );
}

export interface TotalsCheck {
  ok: boolean;
  rowsTotalPence: number;
  claimsTotalPence: number;
  /** Plain-English reason when not ok. */
  problem?: string;
}

/**
 * Proof before a batch leaves: the rows, read back as text, add up to the claims' totals. Any
 * row whose pence are not a whole number, or whose pounds disagree with its pence, fails it.
 */
export function checkFinanceTotals(
  rows: readonly FinanceRow[],
  claims: readonly { lines: readonly ClaimLine[] }[],
): TotalsCheck {
  const claimsTotalPence = sumPence(claims.map((c) => claimTotals(c.lines).totalPence));
  let rowsTotalPence = 0;
  for (const [index, row] of rows.entries()) {
    const fail = (problem: string): TotalsCheck => ({
      ok: false,
      rowsTotalPence,
      claimsTotalPence,
      problem: `Row ${index + 1}: ${problem}`,
    });
    if (!/^\d+$/.test(row.amount_pence)) return fail('the amount is not a whole number of pence.');
    const pence = Number(row.amount_pence);
    if (!Number.isSafeInteger(pence)) return fail('the amount is too large.');
    if (penceToDecimal(pence) !== row.amount_gbp) {
      return fail('the amount in pounds does not match the amount in pence.');
    }
    rowsTotalPence = sumPence([rowsTotalPence, pence]);
  }
  if (rowsTotalPence !== claimsTotalPence) {
    return {
      ok: false,
      rowsTotalPence,
      claimsTotalPence,
      problem: `The rows add up to ${penceToDecimal(rowsTotalPence)} but the claims total ${penceToDecimal(claimsTotalPence)}.`,
    };
  }
  return { ok: true, rowsTotalPence, claimsTotalPence };
}

export const PAYROLL_COLUMNS = [
  'payment_id',
  'person_id',
  'person_name',
  'event_id',
  'event_title',
  'event_date',
  'duration',
  'amount_pence',
  'amount_gbp',
] as const;
export type PayrollColumn = (typeof PAYROLL_COLUMNS)[number];
export type PayrollRow = Record<PayrollColumn, string>;

export interface PayrollExportItem {
  paymentId: string;
  payment: InvolvementPayment;
  personName: string;
  event: { title: string; date: string };
}

/** Involvement payments for payroll: declined (£0) payments are left out. */
export function payrollRows(items: readonly PayrollExportItem[]): PayrollRow[] {
  const payable = new Set(payableInvolvement(items.map((i) => i.payment)));
  return items
    .filter((item) => payable.has(item.payment))
    .map(({ paymentId, payment, personName, event }) => ({
      payment_id: paymentId,
      person_id: payment.personId,
      person_name: personName,
      event_id: payment.eventId,
      event_title: event.title,
      event_date: event.date,
      duration: payment.duration,
      amount_pence: String(payment.amountPence),
      amount_gbp: penceToDecimal(payment.amountPence),
    }));
}
