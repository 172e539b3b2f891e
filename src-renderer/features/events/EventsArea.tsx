import { EventPage, TaskforcePage } from '../../app/lazy-screens';
import { EventsScreen } from './EventsScreen';

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
