import { formatLongDate } from '../../domain/dates';
import type { TaskforceEvent } from '../../domain/event';
import { METHOD_LABELS } from '../../domain/voting/methods';
import type { Round } from '../../domain/voting/round';

/** "Round 2: Fist-to-five". */
export function roundTitle(round: Pick<Round, 'number' | 'method'>): string {
  return `Round ${round.number}: ${METHOD_LABELS[round.method]}`;
}

/** "Spring gathering, Saturday 14 March 2026". */
export function meetingName(event: Pick<TaskforceEvent, 'title' | 'date'>): string {
  return `${event.title}, ${formatLongDate(event.date)}`;
}

/** 0.4 → "40%", rounded to a whole percentage for display. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "Round 2 is open", "closed, results hidden", … for the round's badges. */
export function roundState(round: Round): string {
  if (round.status === 'open') return 'Open for votes';
  return 'Closed';
}
