import type { Figure } from '../../domain/surveys/figures';
import { SMALL_COUNT_THRESHOLD } from '../../domain/surveys/figures';

export const SUPPRESSED_TEXT = `fewer than ${SMALL_COUNT_THRESHOLD}`;

/** A count as people read it, or "fewer than 5" when it is too small to show. */
export function countText(figure: Figure): string {
  if (figure.status === 'suppressed') return SUPPRESSED_TEXT;
  if (figure.status === 'none') return '0';
  return figure.value.toLocaleString('en-GB');
}

/** "75%"; hidden behind "fewer than 5" when it rests on too few people; "–" when nobody. */
export function percentText(figure: Figure): string {
  if (figure.status === 'suppressed') return `hidden (${SUPPRESSED_TEXT} people)`;
  if (figure.status === 'none') return '–';
  return `${Math.round(figure.value)}%`;
}

/** A mean with the instrument's decimals (at least one), signed when it is a change. */
export function meanText(figure: Figure, decimals: number, signed = false): string {
  if (figure.status === 'suppressed') return `hidden (${SUPPRESSED_TEXT} people)`;
  if (figure.status === 'none') return '–';
  const text = figure.value.toFixed(Math.max(1, decimals));
  return signed && figure.value > 0 ? `+${text}` : text;
}
