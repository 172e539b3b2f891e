import type { VoteValue } from './vote-value';
import { shareOf } from './wording';

/** One bar of a distribution chart. `share` is 0–1 of the voters counted. */
export interface Bar<V> {
  value: V;
  label: string;
  count: number;
  share: number;
}

/** Counts values by key, with every key present (a zero bar is still drawn). */
export function countBy<K extends string | number>(
  keys: readonly K[],
  values: readonly VoteValue[],
  keyOf: (value: VoteValue) => K | undefined,
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) {
    const key = keyOf(value);
    if (key !== undefined) counts[key] += 1;
  }
  return counts;
}

export function bars<K extends string | number>(
  keys: readonly K[],
  counts: Readonly<Record<K, number>>,
  label: (key: K) => string,
): Bar<K>[] {
  const total = keys.reduce((sum, key) => sum + counts[key], 0);
  return keys.map((key) => ({
    value: key,
    label: label(key),
    count: counts[key],
    share: shareOf(counts[key], total),
  }));
}
