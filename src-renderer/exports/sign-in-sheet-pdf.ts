import { formatLongDate } from '../domain/dates';
import type { TaskforceEvent } from '../domain/event';
import { type Person, displayName } from '../domain/people/person';
import { finishPdf, startPdf } from './pdf';

/** Someone on the event's list, with their arrival time ("10:42") when already checked in. */
export interface SignInEntry {
  person: Pick<Person, 'id' | 'name' | 'preferredName' | 'pronouns'>;
  arrived: string;
}

/** Blank lines at the end for people who turn up without being on the list. */
export const WALK_IN_ROWS = 6;

const BY_NAME = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** The last word of the name, which is how a paper list is usually looked through. */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** "Luke (Łukasz Nowak)" when they go by another name, else just the name. */
export function nameAsPreferred(person: Pick<Person, 'name' | 'preferredName'>): string {
  const preferred = displayName(person);
  const full = person.name.trim();
  return preferred === full ? full : `${preferred} (${full})`;
}

/** Sorted by surname, then full name; then blank rows for walk-ins. */
export function signInRows(entries: readonly SignInEntry[]): string[][] {
  const sorted = [...entries].sort(
    (a, b) =>
      BY_NAME.compare(surname(a.person.name), surname(b.person.name)) ||
      BY_NAME.compare(a.person.name, b.person.name) ||
      (a.person.id < b.person.id ? -1 : 1),
  );
  const rows = sorted.map((entry, index) => [
    String(index + 1),
    nameAsPreferred(entry.person),
    entry.person.pronouns,
    '',
    entry.arrived,
  ]);
  for (let i = 0; i < WALK_IN_ROWS; i++) rows.push([String(rows.length + 1), '', '', '', '']);
  return rows;
}

export function eventSummary(event: TaskforceEvent): string {
  return `${formatLongDate(event.date)}, ${event.startTime} to ${event.endTime} · ${event.venueName}`;
}

export async function makeSignInSheet(
  event: TaskforceEvent,
  entries: readonly SignInEntry[],
): Promise<Uint8Array> {
  const { doc, table } = await startPdf(`Sign-in sheet: ${event.title}`, eventSummary(event));
  table({
    head: [['', 'Name', 'Pronouns', 'Signature', 'Arrived']],
    body: signInRows(entries),
    bodyStyles: { fontSize: 11, minCellHeight: 10, valign: 'middle' },
    columnStyles: {
      0: { cellWidth: 10 },
      1: { cellWidth: 70 },
      2: { cellWidth: 25 },
      3: { cellWidth: 55 },
      4: { cellWidth: 20 },
    },
    theme: 'grid',
  });
  return finishPdf(doc);
}
