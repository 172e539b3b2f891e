import { compareLabels, shareOf } from './wording';

export interface RankEntry {
  id: string;
  label: string;
  dots: number;
}

export interface RankedEntry extends RankEntry {
  /** 1 for the leaders. Tied entries share the rank of the first of them ("1, 1, 3"). */
  rank: number;
  /** True when this entry is tied, exactly or nearly, with at least one other. */
  tied: boolean;
  /** Fraction of all dots cast, 0–1. */
  share: number;
}

/** A near-tie is never narrower than one dot… */
export const NEAR_TIE_MIN_DOTS = 1;
/** …and widens to 5% of the leader's total once that is more than one dot. */
export const NEAR_TIE_SHARE_OF_LEADER = 0.05;

/**
 * How far apart two totals may be and still be shown as a tie. A difference of a dot or two
 * in a room of thirty is noise, not a priority; in a room of three hundred the noise is wider,
 * so the margin grows with the leader's total: max(1, floor(5% of the leader's dots)).
 * Rounding down keeps the margin whole and never wider than 5%.
 */
export function nearTieMargin(leaderDots: number): number {
  return Math.max(NEAR_TIE_MIN_DOTS, Math.floor(leaderDots * NEAR_TIE_SHARE_OF_LEADER));
}

/**
 * Ranks by total dots, grouping near-ties. A group starts at its highest entry and takes in
 * each following entry whose total is within the margin of that highest entry — measured from
 * the top of the group, not from the neighbour, so that a chain of one-dot gaps (10, 9, 8)
 * cannot make a tie wider than the margin: 10 and 9 tie, 8 ranks third. An entry with no dots
 * never ties with one that has dots, because nobody chose it.
 */
export function rankWithNearTies(entries: readonly RankEntry[]): RankedEntry[] {
  const total = entries.reduce((sum, entry) => sum + entry.dots, 0);
  const sorted = [...entries].sort(
    (a, b) => b.dots - a.dots || compareLabels(a.label, b.label) || (a.id < b.id ? -1 : 1),
  );
  const margin = nearTieMargin(sorted[0]?.dots ?? 0);
  const groups: RankEntry[][] = [];
  for (const entry of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    const joins =
      group !== undefined &&
      head !== undefined &&
      head.dots - entry.dots <= margin &&
      (entry.dots > 0 || head.dots === 0);
    if (joins) group.push(entry);
    else groups.push([entry]);
  }
  const ranked: RankedEntry[] = [];
  for (const group of groups) {
    const rank = ranked.length + 1;
    for (const entry of group) {
      ranked.push({ ...entry, rank, tied: group.length > 1, share: shareOf(entry.dots, total) });
    }
  }
  return ranked;
}
