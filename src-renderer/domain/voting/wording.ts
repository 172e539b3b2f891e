/** Small helpers so that every message about a round reads as plain UK English. */

/** "1 person", "3 people". */
export function countOf(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** ["a", "b", "c"] → "a, b or c" (no serial comma, as in UK style guides). */
export function joinWith(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * A whole percentage rounded down, so that a share just short of a threshold (74.6% against
 * "at least 75%") is never displayed as meeting it.
 */
export function percentDown(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}

/** Share of a whole as a fraction, 0 when there is nothing to share. */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function quoted(text: string): string {
  return `“${text}”`;
}

/** Locale-stable ordering for labels shown to people. */
export function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { sensitivity: 'base' });
}
