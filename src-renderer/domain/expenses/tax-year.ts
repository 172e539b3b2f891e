import { isIsoDate } from '../dates';

/**
 * The UK tax year runs from 6 April to 5 April. The 10,000-mile mileage threshold restarts on
 * 6 April, so every mileage running total is kept per tax year.
 */
export interface TaxYear {
  /** The calendar year in which it starts: 2026 for 6 April 2026 – 5 April 2027. */
  startYear: number;
  /** "2026-27" — the usual way to write it, also used as a key for running totals. */
  label: string;
  /** "2026-04-06" */
  firstDay: string;
  /** "2027-04-05" */
  lastDay: string;
}

export function taxYearOf(isoDate: string): TaxYear {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a date: "${isoDate}".`);
  const year = Number(isoDate.slice(0, 4));
  // ISO dates compare correctly as strings, so "before 6 April" is a string comparison.
  const startYear = isoDate.slice(5) < '04-06' ? year - 1 : year;
  return taxYear(startYear);
}

export function taxYear(startYear: number): TaxYear {
  return {
    startYear,
    label: taxYearLabel(startYear),
    firstDay: `${startYear}-04-06`,
    lastDay: `${startYear + 1}-04-05`,
  };
}

/** 2026 → "2026-27"; 2099 → "2099-00". */
export function taxYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}
