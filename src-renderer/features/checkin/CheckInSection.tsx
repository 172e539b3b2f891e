import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { checkInAtEvent, undoCheckInAtEvent } from '../../data/attendance-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { TaskforceEvent } from '../../domain/event';
import { checkInRows } from '../../domain/people/attendance';
import type { Person } from '../../domain/people/person';
import { CheckInResults } from './CheckInResults';
import { type EventAttendance, useRegisterSearch } from './use-attendance-data';
import { WalkInDialog } from './WalkInDialog';

const SHOWN = 50;

interface Props {
  event: TaskforceEvent;
  data: EventAttendance;
}

/** The door: find a person, press Enter, next. Walk-ins are added on the spot. */
export function CheckInSection({ event, data }: Props) {
  const { db, commandContext } = useApp();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const candidates = useRegisterSearch(db, deferred);

  const rows = useMemo(() => {
    const people: Person[] = [...data.people.values()];
    for (const person of candidates ?? []) if (!data.people.has(person.id)) people.push(person);
    return checkInRows(people, data.records, event.id, deferred, SHOWN + 1);
  }, [data, candidates, event.id, deferred]);

  function backToSearch(clear: boolean) {
    if (clear) setQuery('');
    requestAnimationFrame(() => searchRef.current?.focus());
  }

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
      setStatus({
        text: action === 'in' ? `Checked in ${person.name}` : `Check-in undone for ${person.name}`,
        error: false,
      });
      backToSearch(action === 'in');
    } catch (error) {
      setStatus({ text: describeStorageError(error), error: true });
    }
  }

  function moveFocus(event: React.KeyboardEvent, from: 'search' | 'list') {
    const actions = [
      ...(document
        .getElementById('checkin-results')
        ?.querySelectorAll<HTMLElement>('[data-row-action]') ?? []),
    ];
    if (from === 'search') {
      if (event.key === 'ArrowDown' && actions[0]) {
        event.preventDefault();
        actions[0].focus();
      }
      return;
    }
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

  const searching = deferred.trim() !== '';
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
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => moveFocus(e, 'search')}
          />
        </div>
        <button type="button" className="button checkin__walk-in" onClick={() => setWalkIn(true)}>
          Walk-in: add someone new
        </button>
      </div>
      <div role="status" className="checkin__status">
        {status && (
          <p className={status.error ? 'notice notice--error' : 'notice notice--success'}>
            {status.text}
          </p>
        )}
      </div>
      <CheckInResults
        rows={rows.slice(0, SHOWN)}
        more={rows.length > SHOWN}
        searching={searching}
        query={deferred}
        onKeyDown={(e) => moveFocus(e, 'list')}
        onCheckIn={(person) => void act(person, 'in')}
        onUndo={(person) => void act(person, 'undo')}
      />
      {walkIn && (
        <WalkInDialog
          eventId={event.id}
          initialName={query.trim()}
          onClose={() => setWalkIn(false)}
          onCheckedIn={(person) => {
            setWalkIn(false);
            setStatus({ text: `Checked in ${person.name} (walk-in)`, error: false });
            backToSearch(true);
          }}
        />
      )}
    </section>
  );
}
