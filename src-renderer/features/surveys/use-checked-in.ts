import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { displayName } from '../../domain/people/person';

export interface CheckedIn {
  personId: string;
  name: string;
}

/** Who is checked in at an event, A to Z: the only people a survey can be handed to. */
export function useCheckedIn(eventId: string): CheckedIn[] | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    if (eventId === '') return [];
    const rows = await db.attendance.where('eventId').equals(eventId).toArray();
    const ids = [...new Set(rows.filter((r) => r.status === 'checked-in').map((r) => r.personId))];
    const people = await db.people.bulkGet(ids);
    return people
      .flatMap((p) => (p ? [{ personId: p.id, name: displayName(p), sort: p.sortName }] : []))
      .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
      .map(({ personId, name }) => ({ personId, name }));
  }, [db, eventId]);
}
