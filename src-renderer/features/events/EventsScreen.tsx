import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { deleteEvent } from '../../data/event-commands';
import { describeStorageError } from '../../data/storage-errors';
import { deleteTaskforce } from '../../data/taskforce-commands';
import { localDate } from '../../domain/dates';
import type { TaskforceEvent } from '../../domain/event';
import { groupEvents } from '../../domain/event-list';
import type { Taskforce } from '../../domain/taskforce';
import { useAnnounce } from '../../ui/Announcer';
import { useSlashToSearch } from '../../ui/use-slash-to-search';
import { ConfirmDialog } from '../../ui/Dialog';
import { EventFormDialog } from './EventFormDialog';
import { TaskforceFormDialog } from './TaskforceFormDialog';
import { TaskforceSection } from './TaskforceSection';
import { useEventsData } from './use-events-data';

type Open =
  | { kind: 'none' }
  | { kind: 'taskforce'; existing?: Taskforce }
  | { kind: 'delete-taskforce'; taskforce: Taskforce; eventCount: number }
  | { kind: 'event'; taskforceId: string; existing?: TaskforceEvent }
  | { kind: 'delete-event'; event: TaskforceEvent };

export function EventsScreen() {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const data = useEventsData(db);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const searchRef = useRef<HTMLInputElement>(null);
  const today = localDate(new Date());
  useSlashToSearch(searchRef);

  const groups = useMemo(
    () => (data ? groupEvents(data.taskforces, data.events, { query: deferredQuery, today }) : []),
    [data, deferredQuery, today],
  );
  const close = () => setOpen({ kind: 'none' });

  async function run(action: () => Promise<{ ok: boolean }>, success: string) {
    close();
    try {
      const result = await action();
      announce(
        result.ok ? success : 'This was already deleted in another window.',
        result.ok ? 'success' : 'error',
      );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  if (!data) return <p aria-busy="true">Loading events…</p>;
  const searching = deferredQuery.trim() !== '';

  return (
    <section aria-labelledby="events-title">
      <div className="page-header">
        <h1 id="events-title">Events</h1>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen({ kind: 'taskforce' })}>
            New taskforce
          </button>
          {data.taskforces.length > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                setOpen({
                  kind: 'event',
                  taskforceId: groups[0]?.taskforce.id ?? data.taskforces[0]?.id ?? '',
                })
              }
            >
              New event
            </button>
          )}
        </div>
      </div>

      {data.taskforces.length === 0 ? (
        <div className="empty-state">
          <h2>No taskforces yet</h2>
          <p>
            A taskforce is a standing group with a theme, such as “LGBT &amp; Cancer”. Create one to
            start planning its events.
          </p>
        </div>
      ) : (
        <>
          <div className="field search-field">
            <label className="field__label" htmlFor="event-search">
              Search events
            </label>
            <span className="field__hint" id="event-search-hint">
              By title or venue. Press / to jump here.
            </span>
            <input
              ref={searchRef}
              id="event-search"
              type="search"
              value={query}
              aria-describedby="event-search-hint"
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p className="visually-hidden" role="status">
            {searching ? `${countEvents(groups)} events match “${deferredQuery}”.` : ''}
          </p>
          {searching && groups.length === 0 && <p>No events match “{deferredQuery}”.</p>}
          {groups.map((group) => (
            <TaskforceSection
              key={group.taskforce.id}
              group={group}
              today={today}
              searching={searching}
              onAddEvent={() => setOpen({ kind: 'event', taskforceId: group.taskforce.id })}
              onEditTaskforce={() => setOpen({ kind: 'taskforce', existing: group.taskforce })}
              onDeleteTaskforce={() =>
                setOpen({
                  kind: 'delete-taskforce',
                  taskforce: group.taskforce,
                  eventCount: data.events.filter((e) => e.taskforceId === group.taskforce.id)
                    .length,
                })
              }
              onEditEvent={(event) =>
                setOpen({ kind: 'event', taskforceId: event.taskforceId, existing: event })
              }
              onDeleteEvent={(event) => setOpen({ kind: 'delete-event', event })}
            />
          ))}
        </>
      )}

      {open.kind === 'taskforce' && (
        <TaskforceFormDialog existing={open.existing} onClose={close} />
      )}
      {open.kind === 'event' && (
        <EventFormDialog
          taskforces={data.taskforces}
          taskforceId={open.taskforceId}
          existing={open.existing}
          onClose={close}
        />
      )}
      {open.kind === 'delete-taskforce' && (
        <ConfirmDialog
          title={`Delete ${open.taskforce.name}?`}
          message={
            <p>
              This deletes the taskforce
              {open.eventCount > 0
                ? ` and its ${open.eventCount} ${open.eventCount === 1 ? 'event' : 'events'}`
                : ''}
              . It cannot be undone.
            </p>
          }
          confirmLabel="Delete taskforce"
          onCancel={close}
          onConfirm={() =>
            run(
              () => deleteTaskforce(db, open.taskforce.id, commandContext()),
              `Taskforce "${open.taskforce.name}" deleted.`,
            )
          }
        />
      )}
      {open.kind === 'delete-event' && (
        <ConfirmDialog
          title={`Delete ${open.event.title}?`}
          message={<p>This deletes the event. It cannot be undone.</p>}
          confirmLabel="Delete event"
          onCancel={close}
          onConfirm={() =>
            run(
              () => deleteEvent(db, open.event.id, commandContext()),
              `Event "${open.event.title}" deleted.`,
            )
          }
        />
      )}
    </section>
  );
}

function countEvents(groups: { upcoming: unknown[]; past: unknown[] }[]): number {
  return groups.reduce((sum, g) => sum + g.upcoming.length + g.past.length, 0);
}
