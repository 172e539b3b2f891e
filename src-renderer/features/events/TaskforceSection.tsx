import { routeHref } from '../../app/routes';
import { eventTiming, type EventGroup } from '../../domain/event-list';
import type { TaskforceEvent } from '../../domain/event';
import { TASKFORCE_STATUS_LABELS, type Taskforce } from '../../domain/taskforce';
import { EventItem } from './EventItem';

interface Props {
  group: EventGroup<Taskforce>;
  today: string;
  searching: boolean;
  onEditTaskforce: () => void;
  onDeleteTaskforce: () => void;
  onAddEvent: () => void;
  onEditEvent: (event: TaskforceEvent) => void;
  onDeleteEvent: (event: TaskforceEvent) => void;
}

export function TaskforceSection(props: Props) {
  const { group, today, searching } = props;
  const { taskforce, upcoming, past } = group;
  const headingId = `taskforce-${taskforce.id}`;
  const item = (event: TaskforceEvent) => (
    <EventItem
      key={event.id}
      event={event}
      timing={eventTiming(event.date, today)}
      onEdit={() => props.onEditEvent(event)}
      onDelete={() => props.onDeleteEvent(event)}
    />
  );
  return (
    <section className="taskforce" aria-labelledby={headingId}>
      <div className="taskforce__header">
        <div>
          <h2 id={headingId}>{taskforce.name}</h2>
          <p className="muted">
            {taskforce.theme} · {TASKFORCE_STATUS_LABELS[taskforce.status]}
            {taskforce.communities.length > 0 && (
              <> · Reaching: {taskforce.communities.join(', ')}</>
            )}
          </p>
        </div>
        <div className="taskforce__actions">
          <a
            className="button button--secondary button--small"
            href={routeHref('events', 'taskforce', taskforce.id)}
          >
            Members<span className="visually-hidden"> of {taskforce.name}</span>
          </a>
          <button type="button" className="button button--small" onClick={props.onAddEvent}>
            Add event<span className="visually-hidden"> to {taskforce.name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onEditTaskforce}
          >
            Edit<span className="visually-hidden"> taskforce {taskforce.name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onDeleteTaskforce}
          >
            Delete<span className="visually-hidden"> taskforce {taskforce.name}</span>
          </button>
        </div>
      </div>
      <h3>Upcoming</h3>
      {upcoming.length > 0 ? (
        <ul className="event-list" aria-label={`Upcoming events of ${taskforce.name}`}>
          {upcoming.map(item)}
        </ul>
      ) : (
        <p className="muted">No upcoming events.</p>
      )}
      {past.length > 0 && (
        <>
          <h3>Past</h3>
          <details className="past-events" open={searching}>
            <summary>
              Show {past.length} past {past.length === 1 ? 'event' : 'events'}
            </summary>
            <ul className="event-list" aria-label={`Past events of ${taskforce.name}`}>
              {past.map(item)}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
