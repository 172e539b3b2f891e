import type { Answer } from '../answers';
import type { Instrument, InstrumentItem, ItemAnswers, Score, ScoredScore } from './types';

type Scorable = Pick<Instrument, 'id' | 'scoringVersion' | 'items'>;

/** How many points one answer to one item is worth, or undefined if it cannot be read. */
export type PointsFor = (item: InstrumentItem, answer: Answer) => number | undefined;

/**
 * Reads every item's points, or says why the set cannot be scored. Problems are reported in
 * order of seriousness: unreadable answers, then declined items, then missing ones — and a set
 * is only ever scored when every item has a real answer.
 */
export function collectPoints(
  instrument: Scorable,
  answers: ItemAnswers,
  pointsFor: PointsFor,
): { ok: true; points: number[] } | { ok: false; score: Score } {
  const points: number[] = [];
  const missing: string[] = [];
  const declined: string[] = [];
  const invalid: string[] = [];
  for (const item of instrument.items) {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (answer === undefined) {
      missing.push(item.id);
      continue;
    }
    if (answer.kind === 'declined') {
      declined.push(item.id);
      continue;
    }
    const value = pointsFor(item, answer);
    if (value === undefined) invalid.push(item.id);
    else points.push(value);
  }
  const about = { instrumentId: instrument.id, scoringVersion: instrument.scoringVersion };
  if (invalid.length > 0) return { ok: false, score: { status: 'invalid', ...about, invalid } };
  if (declined.length > 0) {
    return { ok: false, score: { status: 'declined', ...about, declined, missing } };
  }
  if (missing.length > 0) return { ok: false, score: { status: 'incomplete', ...about, missing } };
  return { ok: true, points };
}

/** Points looked up by option code, the same for every item. */
export function pointsByCode(table: Readonly<Record<string, number>>): PointsFor {
  return (_item, answer) => codePoints(table, answer);
}

export function codePoints(
  table: Readonly<Record<string, number>>,
  answer: Answer,
): number | undefined {
  if (answer.kind !== 'choice' || !Object.hasOwn(table, answer.optionId)) return undefined;
  return table[answer.optionId];
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** A scored result for instruments whose score is the plain sum of item points. */
export function scoredSum(instrument: Scorable, points: readonly number[]): ScoredScore {
  const total = sum(points);
  return {
    status: 'scored',
    instrumentId: instrument.id,
    scoringVersion: instrument.scoringVersion,
    value: total,
    raw: total,
  };
}
