import { useDeferredValue, useState } from 'react';
import { useApp } from '../../app/app-context';
import { inviteToEvent, registerForEvent } from '../../data/attendance-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { TaskforceEvent } from '../../domain/event';
import { ATTENDANCE_LABELS } from '../../domain/people/attendance';
import { type Person, displayName } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { type EventAttendance, useRegisterSearch } from './use-attendance-data';

const SHOWN = 20;
const BY_NAME = new Intl.Collator('en-GB');

/** Before the day: find people in the register and put them on the event's list. */
export function RegistrationSection({
  event,
  data,
}: {
  event: TaskforceEvent;
  data: EventAttendance;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useRegisterSearch(db, deferred);
  const matches = [...(found ?? [])]
    .sort((a, b) => BY_NAME.compare(displayName(a), displayName(b)))
    .slice(0, SHOWN);
  const statusOf = (person: Person) => data.records.find((r) => r.personId === person.id)?.status;

  async function put(person: Person, how: 'invite' | 'register') {
    const ref = { eventId: event.id, personId: person.id };
    try {
      const result =
        how === 'invite'
          ? await inviteToEvent(db, ref, commandContext())
          : await registerForEvent(db, ref, commandContext());
      if (!result.ok) announce('conflict' in result ? result.conflict : 'Not saved.', 'error');
      else announce(`${how === 'invite' ? 'Invited' : 'Registered'} ${person.name}.`);
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section className="event-section" aria-labelledby="registration-title">
      <h2 id="registration-title">Invite or register people</h2>
      <div className="field search-field">
        <label className="field__label" htmlFor="registration-search">
          Search the register
        </label>
        <span className="field__hint" id="registration-search-hint">
          Type part of a name, email or phone number.
        </span>
        <input
          id="registration-search"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="registration-search-hint"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {deferred.trim() !== '' && matches.length === 0 && found && (
        <p>Nobody in the register matches “{deferred}”.</p>
      )}
      {matches.length > 0 && (
        <ul className="register-results">
          {matches.map((person) => {
            const status = statusOf(person);
            return (
              <li key={person.id} className="register-result">
                <span>
                  <strong>{displayName(person)}</strong>
                  {displayName(person) !== person.name && <> ({person.name})</>}
                  {person.pronouns && <span className="muted"> · {person.pronouns}</span>}
                  <span className="muted">
                    {' '}
                    · {status ? ATTENDANCE_LABELS[status] : 'Not on the list'}
                  </span>
                </span>
                <span className="register-result__actions">
                  {!status && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void put(person, 'invite')}
                    >
                      Invite<span className="visually-hidden"> {person.name}</span>
                    </button>
                  )}
                  {(!status || status === 'invited') && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void put(person, 'register')}
                    >
                      Register<span className="visually-hidden"> {person.name}</span>
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {(found?.length ?? 0) > SHOWN && (
        <p className="muted">Only the first {SHOWN} are shown. Type more to narrow the search.</p>
      )}
    </section>
  );
}
