import { routeHref } from '../../app/routes';
import { formatLongDate } from '../../domain/dates';
import {
  LADDER_LABELS,
  type TaskforceEvent,
  VENUE_ACCESS_LABELS,
  type VenueAccess,
} from '../../domain/event';
import type { EventTiming } from '../../domain/event-list';

const TIMING_LABELS: Record<EventTiming, string> = {
  today: 'Today',
  upcoming: 'Upcoming',
  past: 'Past',
};

interface Props {
  event: TaskforceEvent;
  timing: EventTiming;
  onEdit: () => void;
  onDelete: () => void;
}

export function EventItem({ event, timing, onEdit, onDelete }: Props) {
  const access = (Object.keys(VENUE_ACCESS_LABELS) as (keyof VenueAccess)[]).filter(
    (k) => event.access[k],
  );
  return (
    <li className={`event-item event-item--${timing}`}>
      <div className="event-item__main">
        <h4 className="event-item__title">
          <a href={routeHref('events', event.id)}>{event.title}</a>
        </h4>
        <p className="event-item__when">
          <span className={`badge badge--${timing}`}>{TIMING_LABELS[timing]}</span>{' '}
          {formatLongDate(event.date)}, {event.startTime} to {event.endTime}
        </p>
        <p className="event-item__where">
          {event.venueName}
          {access.length > 0 && (
            <span className="muted"> · {access.map((k) => VENUE_ACCESS_LABELS[k]).join(', ')}</span>
          )}
        </p>
        <p className="muted event-item__meta">
          Ladder of engagement: {LADDER_LABELS[event.ladderRung]}
          {event.safeguardingLead && <> · Safeguarding lead: {event.safeguardingLead}</>}
        </p>
      </div>
      <div className="event-item__actions">
        <button type="button" className="button button--secondary button--small" onClick={onEdit}>
          Edit<span className="visually-hidden"> {event.title}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDelete}>
          Delete<span className="visually-hidden"> {event.title}</span>
        </button>
      </div>
    </li>
  );
}
