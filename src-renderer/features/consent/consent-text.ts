import { localDate } from '../../domain/dates';
import type { ConsentRecord, ConsentState } from '../../domain/people/consent';
import { METHOD_LABELS } from '../../domain/people/consent';
import type { ConsentFormVersion } from '../../domain/people/consent-form';
import { latestFormVersion } from '../../domain/people/consent-form';
import { compareIds, compareInstants } from '../../domain/people/instants';

/** "2026-03-03T10:00:00.000Z" → "3 March 2026", in the computer's own time zone. */
export function readableDate(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "3 March 2026 at 14:05". */
export function readableDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${readableDate(instant)} at ${time}`;
}

export function methodInWords(record: Pick<ConsentRecord, 'method'>): string {
  const label = METHOD_LABELS[record.method];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Given on 3 March 2026 (version 2, on a paper form, recorded by Priya)", "Never asked"… */
export function statusInWords(state: ConsentState): string {
  const record = state.record;
  if (!record) return 'Never asked';
  const how = `${methodInWords(record)}, recorded by ${record.recordedBy}`;
  const on = readableDate(record.at);
  switch (record.decision) {
    case 'granted':
      return `Given on ${on} (version ${record.formVersion}, ${how})`;
    case 'refused':
      return `Refused on ${on} (version ${record.formVersion}, ${how})`;
    case 'withdrawn':
      return `Withdrawn on ${on} (${how})`;
  }
}

/**
 * The form the app works with: the first one ever created. (Only one is made through the
 * screens; merged laptops could hold two, and every device then picks the same one.)
 */
export function mainForm(
  forms: readonly ConsentFormVersion[],
): { formId: string; latest: ConsentFormVersion } | undefined {
  const first = [...forms].sort(
    (a, b) => compareInstants(a.createdAt, b.createdAt) || compareIds(a.formId, b.formId),
  )[0];
  if (!first) return undefined;
  const latest = latestFormVersion(forms, first.formId);
  return latest ? { formId: first.formId, latest } : undefined;
}

/**
 * "2026-03-03" + "14:05" in the computer's time zone → an ISO instant; "" if unreadable. With no
 * time typed, a day in the past means midday, and today means now: a paper form entered in the
 * morning must not read as given in the future.
 */
export function instantFrom(date: string, time: string, now: Date = new Date()): string {
  const today = localDate(now);
  if (time === '' && date === today) return now.toISOString();
  const parsed = new Date(`${date}T${time || '12:00'}`);
  return Number.isNaN(parsed.getTime()) ? '' : parsed.toISOString();
}
