import { formatLongDate, isIsoDate } from '../dates';

/** The days a report covers, both ends included ("YYYY-MM-DD"). */
export interface Period {
  from: string;
  to: string;
  /** How the address spells it: "2026" or "2026-04-01_2027-03-31". */
  key: string;
  label: string;
}

/** "2026" (a calendar year) or "2026-04-01_2027-03-31" (any range); undefined otherwise. */
export function parsePeriod(key: string): Period | undefined {
  if (/^\d{4}$/.test(key)) {
    return { from: `${key}-01-01`, to: `${key}-12-31`, key, label: key };
  }
  const [from = '', to = '', ...rest] = key.split('_');
  if (rest.length > 0 || !isIsoDate(from) || !isIsoDate(to) || to < from) return undefined;
  const year = from.slice(0, 4);
  const wholeYear = from === `${year}-01-01` && to === `${year}-12-31`;
  return {
    from,
    to,
    key,
    label: wholeYear ? year : `${formatLongDate(from)} to ${formatLongDate(to)}`,
  };
}

export function periodKey(from: string, to: string): string {
  return `${from}_${to}`;
}

export function inPeriod(date: string, period: Pick<Period, 'from' | 'to'>): boolean {
  return date >= period.from && date <= period.to;
}
