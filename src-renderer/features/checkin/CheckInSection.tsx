import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { checkInAtEvent, undoCheckInAtEvent } from '../../data/attendance-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { TaskforceEvent } from '../../domain/event';
import { checkInRows } from '../../domain/people/attendance';
import { type Person, displayName } from '../../domain/people/person';
import { CheckInResults } from './CheckInResults';
import { type EventAttendance, useRegisterSearch } from './use-attendance-data';
import { WalkInDialog } from './WalkInDialog';

const SHOWN = 50;

interface Props {
  event: TaskforceEvent;
  data: EventAttendance;
}

const rowActions = () => [
  ...(document
    .getElementById('checkin-results')
    ?.querySelectorAll<HTMLElement>('[data-row-action]') ?? []),
];

/**
 * The door: find a person, press Enter, next. Walk-ins are added on the spot.
 *
 * The event's own list is filtered with what is in the search box now, so the rows under the
 * keyboard always match it. Only the search of the whole register (for walk-in candidates) may
 * lag behind the typing; while it does, the list is marked busy and the down arrow waits for it
 * unless the first row is someone on the event's list (who always comes first).
 */
export function CheckInSection({ event, data }: Props) {
  const { db, commandContext } = useApp();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  /** The down arrow was pressed while the register search was behind: move once it catches up. */
  const downWaiting = useRef(false);
  /** A walk-in was just checked in: once their dialog has gone, the search box is next. */
  const searchAfterDialog = useRef(false);
  const search = useRegisterSearch(db, deferred);
  const searching = query.trim() !== '';
  const busy = searching && search?.query !== query;

  const rows = useMemo(() => {
    const people: Person[] = [...data.people.values()];
    for (const person of search?.people ?? []) if (!data.people.has(person.id)) people.push(person);
    return checkInRows(people, data.records, event.id, query, SHOWN + 1);
  }, [data, search, event.id, query]);

  // Runs after the dialog's own clean-up has put focus back on the button that opened it.
  useEffect(() => {
    if (walkIn || !searchAfterDialog.current) return;
    searchAfterDialog.current = false;
    searchRef.current?.focus();
  }, [walkIn]);

  useEffect(() => {
    if (busy || !downWaiting.current) return;
    downWaiting.current = false;
    if (document.activeElement === searchRef.current) rowActions()[0]?.focus();
  }, [busy, rows]);

  async function act(person: Person, action: 'in' | 'undo') {
    const ref = { eventId: event.id, personId: person.id };
    try {
      const result =
        action === 'in'
          ? await checkInAtEvent(db, ref, commandContext())
          : await undoCheckInAtEvent(db, ref, commandContext());
      if (!result.ok) {
        setStatus({ text: 'conflict' in result ? result.conflict : 'Not saved.', error: true });
        return;
      }
      const name = displayName(person);
      setStatus({
        text: action === 'in' ? `Checked in ${name}` : `Check-in undone for ${name}`,
        error: false,
      });
      // The pressed button goes when the row changes: the search box is where the next job starts.
      if (action === 'in') setQuery('');
      searchRef.current?.focus();
    } catch (error) {
      setStatus({ text: describeStorageError(error), error: true });
    }
  }

  function fromSearch(event: React.KeyboardEvent) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (busy && !rows[0]?.attendance) downWaiting.current = true;
    else rowActions()[0]?.focus();
  }

  function inList(event: React.KeyboardEvent) {
    const actions = rowActions();
    const index = actions.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      searchRef.current?.focus();
    } else if (event.key === 'ArrowDown' && index >= 0) {
      event.preventDefault();
      actions[Math.min(index + 1, actions.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) searchRef.current?.focus();
      else actions[index - 1]?.focus();
    }
  }

  return (
    <section className="checkin" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Check in</h2>
      <div className="checkin__bar">
        <div className="field checkin__search">
          <label className="field__label" htmlFor="checkin-search">
            Find a person to check in
          </label>
          <span className="field__hint" id="checkin-search-hint">
            Type part of a name, email or phone number, press the down arrow to reach the list, then
            Enter to check them in.
          </span>
          <input
            ref={searchRef}
            id="checkin-search"
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby="checkin-search-hint"
            aria-controls="checkin-results"
            onChange={(e) => {
              downWaiting.current = false;
              setQuery(e.target.value);
            }}
            onKeyDown={fromSearch}
          />
        </div>
        <button type="button" className="button checkin__walk-in" onClick={() => setWalkIn(true)}>
          Walk-in: add someone new
        </button>
      </div>
      <div role="status" className="checkin__status">
        {status && !status.error && <p className="notice notice--success">{status.text}</p>}
      </div>
      {status?.error && (
        <p role="alert" className="notice notice--error checkin__status">
          {status.text}
        </p>
      )}
      <CheckInResults
        rows={rows.slice(0, SHOWN)}
        more={rows.length > SHOWN}
        searching={searching}
        busy={busy}
        query={query}
        onKeyDown={inList}
        onCheckIn={(person) => void act(person, 'in')}
        onUndo={(person) => void act(person, 'undo')}
      />
      {walkIn && (
        <WalkInDialog
          eventId={event.id}
          initialName={query.trim()}
          returnFocus={() => searchRef.current}
          onClose={() => setWalkIn(false)}
          onCheckedIn={(person) => {
            setWalkIn(false);
            setStatus({ text: `Checked in ${displayName(person)} (walk-in)`, error: false });
            setQuery('');
            searchAfterDialog.current = true;
          }}
        />
      )}
    </section>
  );
}
