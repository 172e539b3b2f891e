import { joinWith, quoted } from './wording';

/**
 * Points on a scale as people say them: [1, 2, 3] → "1–3"; [7, 8] → "7 “Serious
 * disagreement” or 8 “Veto (block)”". Labels are added only for one or two points, where
 * they help more than they clutter.
 */
export function describePoints<P extends number>(
  points: readonly P[],
  labels: Readonly<Record<P, string>>,
): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  if (sorted.length <= 2)
    return joinWith(
      sorted.map((p) => `${p} ${quoted(labels[p])}`),
      'or',
    );
  return joinWith(runs(sorted), 'or');
}

/** Consecutive points of three or more become a range with an en dash, as in print. */
function runs(sorted: readonly number[]): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous !== undefined && current === previous + 1) continue;
    const first = sorted[start];
    if (first !== undefined && previous !== undefined) {
      if (i - start >= 3) parts.push(`${first}–${previous}`);
      else parts.push(...sorted.slice(start, i).map(String));
    }
    start = i;
  }
  return parts;
}
