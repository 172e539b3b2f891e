import type { TaskforceEvent } from './event';
import { matchesQuery } from './text';

export type EventTiming = 'upcoming' | 'today' | 'past';

/** Today's events count as today; anything after is upcoming, anything before is past. */
export function eventTiming(eventDate: string, today: string): EventTiming {
  if (eventDate === today) return 'today';
  return eventDate > today ? 'upcoming' : 'past';
}

export interface EventGroup<T extends { id: string; name: string }> {
  taskforce: T;
  /** Today and upcoming, soonest first. */
  upcoming: TaskforceEvent[];
  /** Past, most recent first. */
  past: TaskforceEvent[];
}

/**
 * Groups events under their taskforce (taskforces in name order), keeps only those that
 * match the search query, and sorts by date and start time.
 */
export function groupEvents<T extends { id: string; name: string }>(
  taskforces: readonly T[],
  events: readonly TaskforceEvent[],
  { query, today }: { query: string; today: string },
): EventGroup<T>[] {
  const byTaskforce = new Map<string, TaskforceEvent[]>();
  for (const event of events) {
    if (query.trim() !== '' && !matchesQuery(event.words, query)) continue;
    const list = byTaskforce.get(event.taskforceId) ?? [];
    list.push(event);
    byTaskforce.set(event.taskforceId, list);
  }
  const searching = query.trim() !== '';
  return [...taskforces]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((taskforce) => {
      const list = byTaskforce.get(taskforce.id) ?? [];
      const sorted = [...list].sort(compareEventStart);
      return {
        taskforce,
        upcoming: sorted.filter((e) => eventTiming(e.date, today) !== 'past'),
        past: sorted.filter((e) => eventTiming(e.date, today) === 'past').reverse(),
      };
    })
    .filter((group) => !searching || group.upcoming.length + group.past.length > 0);
}

export function compareEventStart(a: TaskforceEvent, b: TaskforceEvent): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}
