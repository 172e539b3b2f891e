import { formatLongDate } from '../domain/dates';
import type { TaskforceEvent } from '../domain/event';
import type { AttendanceStatus } from '../domain/people/attendance';
import { type Person, displayName } from '../domain/people/person';
import { finishPdf, startPdf } from './pdf';

/** Someone on the event's list, with their arrival time ("10:42") when already checked in. */
export interface SignInEntry {
  person: Pick<Person, 'id' | 'name' | 'preferredName' | 'pronouns'>;
  status: AttendanceStatus;
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

/** Sorted by surname as shown, so people find themselves where they expect. */
export function byShownSurname(
  a: Pick<Person, 'id' | 'name' | 'preferredName'>,
  b: Pick<Person, 'id' | 'name' | 'preferredName'>,
): number {
  const shownA = displayName(a);
  const shownB = displayName(b);
  return (
    BY_NAME.compare(surname(shownA), surname(shownB)) ||
    BY_NAME.compare(shownA, shownB) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The sheet is passed round the room, so it holds only people who said they are coming
 * (registered) or have come (checked in) — never people merely invited — and only the name
 * each person goes by, never a legal name beside it. Then blank rows for walk-ins.
 */
export function signInRows(entries: readonly SignInEntry[]): string[][] {
  const rows = entries
    .filter((entry) => entry.status !== 'invited')
    .sort((a, b) => byShownSurname(a.person, b.person))
    .map((entry, index) => [
      String(index + 1),
      displayName(entry.person),
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
