import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { inviteToEvent, registerForEvent } from '../../data/attendance-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { TaskforceEvent } from '../../domain/event';
import { ATTENDANCE_LABELS, type AttendanceStatus } from '../../domain/people/attendance';
import {
  type ConsentRecord,
  allowsContactAboutEvents,
  consentRecordsByPerson,
  currentConsent,
} from '../../domain/people/consent';
import { type Person, displayName } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { fullNameIfNeeded, nameToTellApart, sharedNames } from './names';
import { type EventAttendance, useRegisterSearch } from './use-attendance-data';

const SHOWN = 20;
const BY_NAME = new Intl.Collator('en-GB');

/**
 * Before the day: find people in the register and put them on the event's list. An invitation
 * is contact about an event, so it is offered only to people whose current consent allows it;
 * anyone can be registered when they ask to come.
 */
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
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const deferred = useDeferredValue(query);
  const found = useRegisterSearch(db, deferred);
  const busy = query.trim() !== '' && found?.query !== query;
  const matches = useMemo(
    () =>
      [...(found?.people ?? [])]
        .sort((a, b) => BY_NAME.compare(displayName(a), displayName(b)))
        .slice(0, SHOWN),
    [found],
  );
  const ids = matches.map((person) => person.id).join(' ');
  const consent = useLiveQuery(async () => {
    const records = ids
      ? await db.consentRecords.where('personId').anyOf(ids.split(' ')).toArray()
      : [];
    return { ids, byPerson: consentRecordsByPerson(records) };
  }, [db, ids]);
  // Consent read for an earlier set of matches says nothing about the people shown now.
  const consentOf = (person: Person) =>
    consent?.ids === ids ? (consent.byPerson.get(person.id) ?? []) : undefined;
  const statusOf = (person: Person) => data.records.find((r) => r.personId === person.id)?.status;
  const shared = sharedNames(matches);

  async function put(person: Person, how: 'invite' | 'register') {
    const ref = { eventId: event.id, personId: person.id };
    try {
      const result =
        how === 'invite'
          ? await inviteToEvent(db, ref, commandContext())
          : await registerForEvent(db, ref, commandContext());
      if (!result.ok) {
        setError('conflict' in result ? result.conflict : 'Not saved.');
        return;
      }
      setError(null);
      announce(`${how === 'invite' ? 'Invited' : 'Registered'} ${displayName(person)}.`);
      // The pressed button goes with the change: carry on from the search box.
      searchRef.current?.focus();
    } catch (failure) {
      setError(describeStorageError(failure));
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
          ref={searchRef}
          id="registration-search"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="registration-search-hint"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {!busy && query.trim() !== '' && matches.length === 0 && (
        <p>Nobody in the register matches “{query}”.</p>
      )}
      {matches.length > 0 && (
        <ul className="register-results" aria-busy={busy}>
          {matches.map((person) => {
            const status = statusOf(person);
            const full = fullNameIfNeeded(person, shared);
            const name = nameToTellApart(person, shared);
            return (
              <li key={person.id} className="register-result">
                <span>
                  <strong>{displayName(person)}</strong>
                  {full && <> ({full})</>}
                  {person.pronouns && <span className="muted"> · {person.pronouns}</span>}
                  <span className="muted">
                    {' '}
                    · {status ? ATTENDANCE_LABELS[status] : 'Not on the list'}
                  </span>
                </span>
                <span className="register-result__actions">
                  {!status && (
                    <InviteAction
                      records={consentOf(person)}
                      name={name}
                      onInvite={() => void put(person, 'invite')}
                    />
                  )}
                  {mayRegister(status) && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void put(person, 'register')}
                    >
                      Register<span className="visually-hidden"> {name}</span>
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {(found?.people.length ?? 0) > SHOWN && (
        <p className="muted">Only the first {SHOWN} are shown. Type more to narrow the search.</p>
      )}
    </section>
  );
}

const mayRegister = (status: AttendanceStatus | undefined) => !status || status === 'invited';

/** Invite only with consent to be contacted about events; otherwise say why not. */
function InviteAction({
  records,
  name,
  onInvite,
}: {
  records: readonly ConsentRecord[] | undefined;
  name: string;
  onInvite: () => void;
}) {
  if (!records) return null;
  if (allowsContactAboutEvents(records)) {
    return (
      <button type="button" className="button button--secondary" onClick={onInvite}>
        Invite<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  const asked = currentConsent(records, 'contactAboutEvents').status !== 'never-asked';
  return (
    <span className="muted register-result__note">
      {asked
        ? 'Does not want to be contacted about events'
        : 'Not asked about contact for events: record their consent before inviting'}
    </span>
  );
}
