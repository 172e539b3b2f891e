import { daysInMonth, isIsoDate } from '../dates';

/**
 * Calendar arithmetic on "YYYY-MM-DD" strings, done in UTC day numbers so that clock changes
 * and time zones cannot move a due date.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function parts(isoDate: string): [number, number, number] {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date: "${isoDate}"`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function format(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 31 January + 1 month = 28 (or 29) February: the day is kept where the month allows. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}
