import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { effectiveAttendance } from '../../domain/people/attendance';
import { displayName } from '../../domain/people/person';

export interface EventPerson {
  id: string;
  name: string;
  checkedIn: boolean;
}

/** People on an event's list (checked in first, then by name), read through its index. */
export function useEventPeople(eventId: string): EventPerson[] | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    if (!eventId) return [];
    const records = effectiveAttendance(
      await db.attendance.where('eventId').equals(eventId).toArray(),
    );
    const people = await db.people.bulkGet(records.map((r) => r.personId));
    return records
      .map((record, i) => {
        const person = people[i];
        return person
          ? { id: person.id, name: displayName(person), checkedIn: record.status === 'checked-in' }
          : undefined;
      })
      .filter((p): p is EventPerson => p !== undefined)
      .sort(
        (a, b) =>
          Number(b.checkedIn) - Number(a.checkedIn) || a.name.localeCompare(b.name, 'en-GB'),
      );
  }, [db, eventId]);
}

export function personOptions(people: readonly EventPerson[]) {
  return [
    { value: '', label: 'Choose someone' },
    ...people.map((p) => ({
      value: p.id,
      label: p.checkedIn ? `${p.name} (checked in)` : `${p.name} (not checked in)`,
    })),
  ];
}
