import { daysInMonth, isIsoDate } from '../dates';
import { isObject } from './record-walk';

/**
 * How long records must outlive an erasure request. Charity accounting records are kept for at
 * least 6 years from the end of the financial year they belong to, so a paid expense claim is
 * anonymised, not deleted, until then. The year end is the organisation's setting (31 March by
 * default, the UK government's year end).
 */
export interface YearEnd {
  /** 1–12 */
  month: number;
  day: number;
}

export const DEFAULT_YEAR_END: YearEnd = { month: 3, day: 31 };
export const FINANCE_RETENTION_YEARS = 6;

/** The last day of the financial year that `date` falls in, as "YYYY-MM-DD". */
export function financialYearEnd(date: string, yearEnd: YearEnd = DEFAULT_YEAR_END): string {
  const year = Number(date.slice(0, 4));
  const sameYear = isoDate(year, yearEnd);
  return date <= sameYear ? sameYear : isoDate(year + 1, yearEnd);
}

/** The last day a record dated `date` must be kept: `years` after its financial year ends. */
export function retainUntil(
  date: string,
  yearEnd: YearEnd = DEFAULT_YEAR_END,
  years: number = FINANCE_RETENTION_YEARS,
): string {
  const end = financialYearEnd(date, yearEnd);
  return isoDate(Number(end.slice(0, 4)) + years, yearEnd);
}

function isoDate(year: number, { month, day }: YearEnd): string {
  // 29 February year ends fall back to the 28th in years that have no 29th.
  const safeDay = Math.min(day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}

/** What happens to one record that refers to a person being erased. */
export type ErasureDecision = { action: 'delete' } | { action: 'anonymise'; keepUntil?: string };

/**
 * A table's erasure rule. `personalFields` are dotted paths ("payment.accountNumber") overwritten
 * whenever a record is anonymised; the person's name, email, phone and id are replaced wherever
 * else they appear in any case.
 */
export interface TableRule {
  table: string;
  /**
   * The field holding the id of the person a record belongs to ("personId" unless said). Only
   * the person's own records follow `decide`; others that merely mention them are anonymised.
   */
  ownerField?: string;
  decide(record: Readonly<Record<string, unknown>>, today: string): ErasureDecision;
  personalFields?: readonly string[];
}

/**
 * For finance tables: a record with a payment date is kept (anonymised) until its retention
 * ends; a record never paid — a draft, a rejected claim — is deleted.
 */
export function financeRule(options: {
  table: string;
  ownerField?: string;
  paidOnField: string;
  personalFields: readonly string[];
  yearEnd?: YearEnd;
}): TableRule {
  return {
    table: options.table,
    ...(options.ownerField ? { ownerField: options.ownerField } : {}),
    personalFields: options.personalFields,
    decide(record, today) {
      const paid = valueAt(record, options.paidOnField);
      const paidOn = typeof paid === 'string' ? paid.slice(0, 10) : '';
      if (!isIsoDate(paidOn)) return { action: 'delete' };
      const keepUntil = retainUntil(paidOn, options.yearEnd);
      return today <= keepUntil ? { action: 'anonymise', keepUntil } : { action: 'delete' };
    },
  };
}

export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
