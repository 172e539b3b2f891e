import { CATEGORY_LABELS } from '../domain/expenses/categories';
import type { ClaimStatus } from '../domain/expenses/claim';
import { CLAIM_STATUS_LABELS } from '../domain/expenses/claim';
import type { ClaimLine, MileageSplit } from '../domain/expenses/lines';
import { describeLine } from '../domain/expenses/lines';
import { formatPence } from '../domain/expenses/money';
import type { AuditEntry as StatusEntry } from '../domain/expenses/workflow';

/** Words shared by the claim screens and the printed claim form. */

/** "10 miles at 45p = £4.50; 2 miles at 25p = £0.50; 1 passenger: 12 miles at 5p = £0.60". */
export function mileageWorking(split: MileageSplit): string {
  const parts: string[] = [];
  if (split.firstMiles > 0) {
    parts.push(
      `${split.firstMiles} mi at ${split.firstRatePence}p = ${formatPence(split.firstAmountPence)}`,
    );
  }
  if (split.secondMiles > 0) {
    parts.push(
      `${split.secondMiles} mi at ${split.secondRatePence}p = ${formatPence(split.secondAmountPence)}`,
    );
  }
  if (split.passengers > 0) {
    parts.push(
      `passengers at ${split.passengerRatePence}p a mile each = ${formatPence(split.passengerAmountPence)}`,
    );
  }
  return `${parts.join('; ')} (tax year ${split.taxYear})`;
}

/** What a line is, in one phrase: "Parking — Station car park". */
export function lineSummary(line: ClaimLine): string {
  const details = describeLine(line);
  const label = CATEGORY_LABELS[line.category];
  return details === '' ? label : `${label} — ${details}`;
}

/** The line's working, where there is any to show. */
export function lineWorking(line: ClaimLine): string {
  return line.category === 'mileage' && line.split ? mileageWorking(line.split) : '';
}

/** "22 Nov 2026, 10:04" in local time. */
export function shortDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function statusWords(status: ClaimStatus): string {
  return CLAIM_STATUS_LABELS[status];
}

/** "Submitted → Rejected" for a trail entry. */
export function trailStep(entry: StatusEntry): string {
  return `${CLAIM_STATUS_LABELS[entry.from]} → ${CLAIM_STATUS_LABELS[entry.to]}`;
}
