import { EventPage } from '../checkin/EventPage';
import { EventsScreen } from './EventsScreen';
import { TaskforcePage } from '../people/TaskforcePage';

/**
 * #/events                      the events list
 * #/events/taskforce/<id>       a taskforce: its members, current and past
 * #/events/<eventId>            one event: registration, check-in, sign-in sheet, badges
 */
export function EventsArea({ rest }: { rest: string[] }) {
  const [first, second] = rest;
  if (first === 'taskforce' && second) return <TaskforcePage taskforceId={second} />;
  if (first) return <EventPage eventId={first} />;
  return <EventsScreen />;
}
