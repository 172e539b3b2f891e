import { daysInMonth, isIsoDate } from '../dates';
import type { ExpensePolicyInput } from './policy';
import { policyInForce } from './policy';

/**
 * The same day of the month a number of months later; when that month is shorter, its last
 * day (30 November + 3 months = 28 or 29 February). This is how people count "3 months after".
 */
export function addMonths(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a date: "${isoDate}".`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${newYear}-${pad(newMonth)}-${pad(newDay)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The last day a claim for an event is on time: the event date plus the deadline months of
 * the policy in force on the event date. A claim submitted on that day is on time; the next
 * day it is late. Undefined when no policy covers the event date.
 */
export function claimDeadline(
  eventDate: string,
  policies: readonly ExpensePolicyInput[],
): string | undefined {
  if (!isIsoDate(eventDate)) return undefined;
  const policy = policyInForce(policies, eventDate);
  return policy ? addMonths(eventDate, policy.claimDeadlineMonths) : undefined;
}

/** Late when the date of submission (or today, for a claim still being written) is after it. */
export function isLate(deadline: string, submittedOn: string): boolean {
  return submittedOn > deadline;
}
