import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { formatLongDate } from '../../domain/dates';
import type { TaskforceEvent } from '../../domain/event';
import {
  ATTENDANCE_LABELS,
  type Attendance,
  effectiveAttendance,
} from '../../domain/people/attendance';
import type { Person } from '../../domain/people/person';
import { timeOfDay } from './use-attendance-data';

interface Row {
  event: TaskforceEvent;
  attendance: Attendance;
}

/** The events this person was invited to, registered for or came to, newest first. */
export function PersonAttendanceSection({ person }: { person: Person }) {
  const { db } = useApp();
  const rows = useLiveQuery(async () => {
    const records = effectiveAttendance(
      await db.attendance.where('personId').equals(person.id).toArray(),
    );
    const events = await db.events.bulkGet(records.map((r) => r.eventId));
    const list: Row[] = [];
    records.forEach((attendance, i) => {
      const event = events[i];
      if (event) list.push({ event, attendance });
    });
    return list.sort(
      (a, b) =>
        b.event.date.localeCompare(a.event.date) ||
        b.event.startTime.localeCompare(a.event.startTime),
    );
  }, [db, person.id]);

  return (
    <section className="settings-block" aria-labelledby="person-events-title">
      <h2 id="person-events-title">Events</h2>
      {rows === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : rows.length === 0 ? (
        <p>Not invited to, registered for or checked in at any event yet.</p>
      ) : (
        <table className="attendance-table">
          <caption className="visually-hidden">Events for this person, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ event, attendance }) => (
              <tr key={attendance.id}>
                <td>
                  <a href={routeHref('events', event.id)}>{event.title}</a>
                </td>
                <td>{formatLongDate(event.date)}</td>
                <td>{statusText(attendance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function statusText(attendance: Attendance): string {
  if (attendance.status !== 'checked-in') return ATTENDANCE_LABELS[attendance.status];
  const at = timeOfDay(attendance.checkedInAt);
  return `Checked in${at ? ` at ${at}` : ''}${attendance.walkIn ? ' (walk-in)' : ''}`;
}
