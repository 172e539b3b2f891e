import { useLiveQuery } from 'dexie-react-hooks';
import type { TwoFeetDb } from '../../data/db';
import type { TaskforceEvent } from '../../domain/event';
import type { Taskforce } from '../../domain/taskforce';

export interface EventsData {
  taskforces: Taskforce[];
  events: TaskforceEvent[];
}

/** Taskforces and their events, re-read whenever either table changes (in any window). */
export function useEventsData(db: TwoFeetDb): EventsData | undefined {
  return useLiveQuery(async () => {
    const [taskforces, events] = await Promise.all([
      db.taskforces.toArray(),
      db.events.orderBy('date').toArray(),
    ]);
    return { taskforces, events };
  }, [db]);
}
