import { toCsv } from '../domain/csv';
import type { FinanceExportClaim, PayrollExportItem } from '../domain/expenses/finance-csv';
import {
  FINANCE_COLUMNS,
  PAYROLL_COLUMNS,
  checkFinanceTotals,
  financeRows,
  payrollRows,
} from '../domain/expenses/finance-csv';

export type FinanceCsv = { ok: true; text: string; rows: number } | { ok: false; problem: string };

/**
 * The finance system's CSV: one row per claim line, columns in FINANCE_COLUMNS order, UTF-8
 * with a byte-order mark. The rows are added up again in pence before anything is written, so
 * a file whose total differs from the claims' never leaves the app.
 */
export function financeCsv(items: readonly FinanceExportClaim[]): FinanceCsv {
  const rows = financeRows(items);
  const totals = checkFinanceTotals(
    rows,
    items.map((i) => i.claim),
  );
  if (!totals.ok) return { ok: false, problem: totals.problem ?? 'The totals do not add up.' };
  return { ok: true, text: toCsv(FINANCE_COLUMNS, rows), rows: rows.length };
}

/** Involvement payments for payroll, apart from expenses; declined (£0) payments left out. */
export function payrollCsv(items: readonly PayrollExportItem[]): { text: string; rows: number } {
  const rows = payrollRows(items);
  return { text: toCsv(PAYROLL_COLUMNS, rows), rows: rows.length };
}
