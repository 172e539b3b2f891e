import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { formatLongDate, localDate } from '../../domain/dates';
import type { TaskforceEvent } from '../../domain/event';
import { compareEventStart, eventTiming } from '../../domain/event-list';
import { matchesQuery } from '../../domain/text';
import { Pager, pageRangeText } from '../people/Pager';
import { useSlashToSearch } from '../../ui/use-slash-to-search';
import './board.css';

const PAGE = 20;

/** #/board: the events, today's and upcoming first (soonest first), then past ones. */
export function BoardEventList() {
  const { db } = useApp();
  const events = useLiveQuery(() => db.events.orderBy('date').toArray(), [db]);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const deferred = useDeferredValue(query);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(searchRef);
  const today = localDate(new Date());
  const listed = useMemo(() => ordered(events ?? [], deferred, today), [events, deferred, today]);

  if (!events) return <p aria-busy="true">Loading events…</p>;
  const shown = listed.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <section aria-labelledby="board-list-title">
      <div className="page-header">
        <h1 id="board-list-title">Board</h1>
      </div>
      {events.length === 0 ? (
        <div className="empty-state">
          <h2>No events yet</h2>
          <p>
            The open-space board belongs to an event. <a href={routeHref('events')}>Add an event</a>{' '}
            first, then come back to run its board.
          </p>
        </div>
      ) : (
        <>
          <p>Choose the event whose open space you are running.</p>
          <div className="field search-field">
            <label className="field__label" htmlFor="board-event-search">
              Search events
            </label>
            <span className="field__hint" id="board-event-search-hint">
              By title or venue. Press / to jump here.
            </span>
            <input
              ref={searchRef}
              id="board-event-search"
              type="search"
              value={query}
              aria-describedby="board-event-search-hint"
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
            />
          </div>
          <p role="status">{pageRangeText(page, listed.length, ['event', 'events'], PAGE)}</p>
          <ul className="board-event-list">
            {shown.map((event) => (
              <li key={event.id}>
                <a href={routeHref('board', event.id)}>{event.title}</a>{' '}
                <span className="muted">
                  {eventTiming(event.date, today) === 'past' ? 'Past · ' : ''}
                  {formatLongDate(event.date)}, {event.startTime} · {event.venueName}
                </span>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            total={listed.length}
            label="Event pages"
            pageSize={PAGE}
            onPage={setPage}
          />
        </>
      )}
    </section>
  );
}

function ordered(events: readonly TaskforceEvent[], query: string, today: string) {
  const matching = events.filter((e) => query.trim() === '' || matchesQuery(e.words, query));
  const sorted = [...matching].sort(compareEventStart);
  const coming = sorted.filter((e) => eventTiming(e.date, today) !== 'past');
  const past = sorted.filter((e) => eventTiming(e.date, today) === 'past').reverse();
  return [...coming, ...past];
}
