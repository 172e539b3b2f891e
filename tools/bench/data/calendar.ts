/**
 * The dataset is built around a fixed "today", so that the split between past and upcoming
 * events is the same on every run. The benchmark pins the page's clock to this date (see
 * page/probes.ts); nothing here reads the real clock.
 */
export const BENCH_TODAY = '2027-03-10';

/** The instant the app's clock is pinned to: midday in London on BENCH_TODAY. */
export const BENCH_NOW = `${BENCH_TODAY}T12:00:00.000Z`;

const DAY_MS = 86_400_000;

/** "2027-03-10" + 3 → "2027-03-13" (calendar arithmetic in UTC, no time zone drift). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "2027-03-10", "09:30" → "2027-03-10T09:30:00.000Z" */
export function timestamp(isoDate: string, time: string): string {
  return `${isoDate}T${time}:00.000Z`;
}

/** "HH:MM" from minutes after midnight. */
export function timeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
