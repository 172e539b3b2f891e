import { formatLongDate } from '../../domain/dates';
import {
  LADDER_LABELS,
  type TaskforceEvent,
  VENUE_ACCESS_LABELS,
  type VenueAccess,
} from '../../domain/event';

/** When and where, and who to turn to on the day: facilitators need these at a glance. */
export function EventFacts({ event }: { event: TaskforceEvent }) {
  const access = (Object.keys(VENUE_ACCESS_LABELS) as (keyof VenueAccess)[])
    .filter((key) => event.access[key])
    .map((key) => VENUE_ACCESS_LABELS[key]);
  return (
    <div className="event-facts">
      <dl className="facts">
        <dt>Date</dt>
        <dd>{formatLongDate(event.date)}</dd>
        <dt>Time</dt>
        <dd>
          {event.startTime} to {event.endTime}
        </dd>
        <dt>Venue</dt>
        <dd>
          {event.venueName}
          {event.venueAddress && <span className="event-facts__address">{event.venueAddress}</span>}
        </dd>
        <dt>Venue accessibility</dt>
        <dd>
          {access.length > 0 ? access.join(', ') : 'None recorded'}
          {event.accessNotes && <span className="event-facts__address">{event.accessNotes}</span>}
        </dd>
        <dt>Ladder of engagement</dt>
        <dd>{LADDER_LABELS[event.ladderRung]}</dd>
      </dl>
      <section className="event-safety" aria-labelledby="safety-title">
        <h2 id="safety-title">On the day</h2>
        <dl className="facts">
          <dt>Safeguarding lead</dt>
          <dd>{event.safeguardingLead || <NotSet />}</dd>
          <dt>Counsellor on duty</dt>
          <dd>{event.counsellorOnDuty || <NotSet />}</dd>
          <dt>Quiet room</dt>
          <dd>{event.access.quietRoom ? 'Yes' : 'No quiet room recorded'}</dd>
        </dl>
      </section>
    </div>
  );
}

function NotSet() {
  return <strong className="event-safety__missing">Not set: edit the event to add one</strong>;
}
