/**
 * Report figures that know how many people they rest on, so that small numbers can be hidden
 * before they reach a screen, a PDF or a chart. The rule itself is passed in (the people module
 * owns the app-wide one); the default hides anything resting on fewer than 5 people.
 */

/** True when a figure resting on n people must not be shown. */
export type Suppress = (n: number) => boolean;

export const SMALL_COUNT_THRESHOLD = 5;

export function suppressBelow(threshold: number): Suppress {
  return (n) => n < threshold;
}

export const suppressSmallCounts: Suppress = suppressBelow(SMALL_COUNT_THRESHOLD);

export type Figure =
  /** value: a count, a percentage (0–100) or a mean; n: the people it rests on. */
  | { status: 'shown'; value: number; n: number }
  /** Too few people: show "fewer than 5" (or the rule's wording), never a number. */
  | { status: 'suppressed' }
  /** Nobody to base it on (only reachable when the rule lets 0 through). */
  | { status: 'none' };

export function countFigure(count: number, suppress: Suppress): Figure {
  return suppress(count) ? { status: 'suppressed' } : { status: 'shown', value: count, n: count };
}

/**
 * A percentage is hidden when either its base or its count is small: "10% of 30" would otherwise
 * reveal a count of 3 that the count itself hides.
 */
export function percentFigure(part: number, whole: number, suppress: Suppress): Figure {
  if (suppress(whole) || suppress(part)) return { status: 'suppressed' };
  if (whole === 0) return { status: 'none' };
  return { status: 'shown', value: (100 * part) / whole, n: whole };
}

export function meanFigure(values: readonly number[], suppress: Suppress): Figure {
  if (suppress(values.length)) return { status: 'suppressed' };
  if (values.length === 0) return { status: 'none' };
  let total = 0;
  for (const value of values) total += value;
  return { status: 'shown', value: total / values.length, n: values.length };
}

/** The number behind a figure, or undefined when it is hidden or empty. */
export function shownValue(figure: Figure): number | undefined {
  return figure.status === 'shown' ? figure.value : undefined;
}
