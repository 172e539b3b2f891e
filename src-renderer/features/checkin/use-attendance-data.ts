import { useLiveQuery } from 'dexie-react-hooks';
import type { TwoFeetDb } from '../../data/db';
import { type Attendance, effectiveAttendance } from '../../domain/people/attendance';
import type { Person } from '../../domain/people/person';
import { matchesQuery, searchWords } from '../../domain/text';

/** One person on an event's list, with the attendance record that counts for them. */
export interface ListEntry {
  person: Person;
  attendance: Attendance;
}

export interface EventAttendance {
  /** The records that count (one per person), for people still in the register. */
  records: Attendance[];
  entries: ListEntry[];
  people: Map<string, Person>;
}

/** Everyone on the event's list, read through the eventId index; live. */
export function useEventAttendance(db: TwoFeetDb, eventId: string): EventAttendance | undefined {
  return useLiveQuery(async () => {
    const all = effectiveAttendance(await db.attendance.where('eventId').equals(eventId).toArray());
    const found = await db.people.bulkGet(all.map((r) => r.personId));
    const people = new Map<string, Person>();
    for (const person of found) if (person) people.set(person.id, person);
    const entries: ListEntry[] = [];
    for (const attendance of all) {
      const person = people.get(attendance.personId);
      if (person) entries.push({ person, attendance });
    }
    return { records: entries.map((e) => e.attendance), entries, people };
  }, [db, eventId]);
}

/** How many index matches to read at most; the screen shows far fewer. */
const READ_LIMIT = 1000;

/** What the register search found, and for which query: results can lag behind the typing. */
export interface RegisterSearch {
  query: string;
  people: Person[];
}

/**
 * People in the register matching what was typed, found through the *words index with the
 * longest word typed (the most selective), then checked against every word. The answer says
 * which query it is for, so a screen can tell when it is behind what is in the search box.
 */
export function useRegisterSearch(db: TwoFeetDb, query: string): RegisterSearch | undefined {
  return useLiveQuery(async () => {
    const terms = searchWords(query);
    const longest = terms.reduce((best, term) => (term.length > best.length ? term : best), '');
    if (!longest) return { query, people: [] };
    const people = await db.people
      .where('words')
      .startsWith(longest)
      .distinct()
      .limit(READ_LIMIT)
      .toArray();
    return { query, people: people.filter((person) => matchesQuery(person.words, query)) };
  }, [db, query]);
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "2026-12-01T10:42:00.000Z" → "10:42" in the laptop's time zone; "" when unreadable. */
export function timeOfDay(instant: string | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}
