import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { AttendanceCounts } from './AttendanceCounts';
import { AttendanceList } from './AttendanceList';
import { CheckInSection } from './CheckInSection';
import { EventFacts } from './EventFacts';
import { PrintSection } from './PrintSection';
import { RegistrationSection } from './RegistrationSection';
import { useEventAttendance } from './use-attendance-data';
import './checkin.css';

/**
 * #/events/<eventId>: everything for the day of an event. The safety facts come first, then
 * check-in (the busiest job at the door), who came, the list, and the paper to print.
 */
export function EventPage({ eventId }: { eventId: string }) {
  const { db } = useApp();
  const event = useLiveQuery(async () => (await db.events.get(eventId)) ?? null, [db, eventId]);
  const data = useEventAttendance(db, eventId);
  if (event === undefined) return <p aria-busy="true">Loading…</p>;
  if (event === null)
    return <NotFound what="Event" backHref={routeHref('events')} backLabel="Back to events" />;
  return (
    <article aria-labelledby="event-title" className="event-page">
      <p>
        <a href={routeHref('events')}>← All events</a> ·{' '}
        <a href={routeHref('board', event.id)}>Open-space board</a> ·{' '}
        <a href={routeHref('voting', 'event', event.id)}>Proposals and votes</a> ·{' '}
        <a href={routeHref('surveys', 'event', event.id)}>Feedback and surveys</a>
      </p>
      <h1 id="event-title">{event.title}</h1>
      <EventFacts event={event} />
      {data ? (
        <>
          <AttendanceCounts records={data.records} eventId={event.id} />
          <CheckInSection event={event} data={data} />
          <AttendanceList entries={data.entries} />
          <RegistrationSection event={event} data={data} />
          <PrintSection event={event} entries={data.entries} />
        </>
      ) : (
        <p aria-busy="true">Loading the list…</p>
      )}
    </article>
  );
}
