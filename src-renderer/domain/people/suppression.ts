/**
 * Small-count suppression for any table of counts about people (reach, surveys, feedback), so
 * that nobody can be picked out of a report.
 *
 * The rule, for a table whose cells add up to its total (the total is treated as known: it is
 * usually the number of people at the event or in the taskforce):
 *
 * 1. Primary: a count from 1 to threshold − 1 (1–4 by default) is shown as "fewer than 5".
 *    Zero is shown: it says nothing about anybody.
 * 2. Secondary: a hidden count must not be recoverable from what is shown. A reader knows the
 *    total, every shown count, that a "fewer than 5" cell is between 1 and 4 and that a
 *    "hidden" cell is 5 or more. While any hidden cell could be worked out exactly from that
 *    (for example the only hidden cell in the table, or two cells that must both be 1), the
 *    smallest shown non-zero count is hidden too, as "hidden".
 * 3. If that still leaves a cell recoverable — there is nothing left to hide — the whole table
 *    is withheld (every cell hidden, zeros included), because the group is too small to break
 *    down at all.
 *
 * A limit worth knowing: if everybody is in one category, the table shows that. Reports about
 * people always include "Prefer not to say" and "Not answered" cells, which usually prevents it.
 */

export const DEFAULT_THRESHOLD = 5;

export interface CountCell<K extends string = string> {
  key: K;
  count: number;
}

/** A suppressed cell carries no count at all, so no screen or export can leak it by mistake. */
export type ShownCell<K extends string = string> =
  | { key: K; suppressed: false; count: number }
  | { key: K; suppressed: true; reason: 'small' | 'secondary' | 'withheld' };

export interface SuppressedTable<K extends string = string> {
  cells: ShownCell<K>[];
  total: number;
  /** True when the group is too small to show any breakdown. */
  withheld: boolean;
  threshold: number;
}

interface Hidden {
  index: number;
  low: number;
  high: number;
}

export function suppressSmallCounts<K extends string>(
  cells: readonly CountCell<K>[],
  threshold: number = DEFAULT_THRESHOLD,
): SuppressedTable<K> {
  const limit = Math.max(1, Math.floor(threshold));
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const hidden: Hidden[] = [];
  cells.forEach((cell, index) => {
    if (cell.count > 0 && cell.count < limit) hidden.push({ index, low: 1, high: limit - 1 });
  });
  while (hidden.length > 0 && anyRecoverable(hidden, cells)) {
    const next = smallestShown(cells, hidden);
    if (next === undefined) {
      return {
        cells: cells.map((cell) => ({ key: cell.key, suppressed: true, reason: 'withheld' })),
        total,
        withheld: true,
        threshold: limit,
      };
    }
    hidden.push({ index: next, low: limit, high: Number.POSITIVE_INFINITY });
  }
  const shown = cells.map((cell, index): ShownCell<K> => {
    const hide = hidden.find((h) => h.index === index);
    if (!hide) return { key: cell.key, suppressed: false, count: cell.count };
    return { key: cell.key, suppressed: true, reason: hide.low === 1 ? 'small' : 'secondary' };
  });
  return { cells: shown, total, withheld: false, threshold: limit };
}

/**
 * Could a reader pin down any hidden cell? Each hidden cell lies between its bounds, and together
 * they add up to what the total leaves after the shown cells. A cell is pinned down when the
 * others' bounds leave it only one possible value.
 */
function anyRecoverable(hidden: readonly Hidden[], cells: readonly CountCell[]): boolean {
  const sum = hidden.reduce((s, h) => s + (cells[h.index]?.count ?? 0), 0);
  return hidden.some((h) => {
    const others = hidden.filter((other) => other !== h);
    // Summed one by one: an open upper bound (Infinity) must not be subtracted from itself.
    const othersLow = others.reduce((s, o) => s + o.low, 0);
    const othersHigh = others.reduce((s, o) => s + o.high, 0);
    const least = Math.max(h.low, sum - othersHigh);
    const most = Math.min(h.high, sum - othersLow);
    return least === most;
  });
}

function smallestShown(cells: readonly CountCell[], hidden: readonly Hidden[]): number | undefined {
  let best: number | undefined;
  cells.forEach((cell, index) => {
    if (cell.count === 0 || hidden.some((h) => h.index === index)) return;
    if (best === undefined || cell.count < (cells[best]?.count ?? Infinity)) best = index;
  });
  return best;
}

/** "12", "fewer than 5" or "hidden": how a cell reads in a report. */
export function cellLabel(cell: ShownCell, threshold: number = DEFAULT_THRESHOLD): string {
  if (!cell.suppressed) return String(cell.count);
  return cell.reason === 'small' ? `fewer than ${threshold}` : 'hidden';
}

/** A share of the total, rounded to a whole percent, or the cell's label when it is hidden. */
export function shareLabel(
  cell: ShownCell,
  total: number,
  threshold: number = DEFAULT_THRESHOLD,
): string {
  if (cell.suppressed) return cellLabel(cell, threshold);
  if (total === 0) return '–';
  return `${Math.round((cell.count / total) * 100)}%`;
}

/** The footnote reports print under any table that was suppressed. */
export function suppressionNote(threshold: number = DEFAULT_THRESHOLD): string {
  return `To protect people's privacy, counts under ${threshold} are shown as "fewer than ${threshold}", and some other counts are hidden so that a small count cannot be worked out by subtraction. Where the group is too small to break down at all, the whole table is withheld.`;
}
