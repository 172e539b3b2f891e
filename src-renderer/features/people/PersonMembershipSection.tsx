import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { formatLongDate, localDate } from '../../domain/dates';
import {
  type Membership,
  ROLE_LABELS,
  membershipStatusOn,
  membershipsOf,
} from '../../domain/people/membership';
import { type Person, displayName } from '../../domain/people/person';
import { JoinTaskforceDialog, RecordLeavingDialog } from './MembershipDialogs';
import './people.css';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

const STATUS_LABELS = { current: 'Current', past: 'Past', future: 'Joining later' } as const;

/** The taskforces a person is or was in, with the buttons to join one and to record leaving. */
export function PersonMembershipSection({ person }: { person: Person }) {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const [memberships, taskforces] = await Promise.all([
      db.memberships.where('personId').equals(person.id).toArray(),
      db.taskforces.orderBy('name').toArray(),
    ]);
    return { memberships: membershipsOf(memberships, person.id), taskforces };
  }, [db, person.id]);
  const [joining, setJoining] = useState(false);
  const [leaving, setLeaving] = useState<Membership | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Counts recorded leavings: each moves focus to the heading once the dialog has closed (its
  // Record leaving button is about to disappear from the table).
  const focusHeading = useFocusAfterRender(() => headingRef.current);
  const today = localDate(new Date());
  const name = displayName(person);
  const taskforceName = (id: string) =>
    data?.taskforces.find((t) => t.id === id)?.name ?? 'A deleted taskforce';

  return (
    <section className="person-section" aria-labelledby="person-membership-title">
      <div className="page-header">
        <h2 id="person-membership-title" ref={headingRef} tabIndex={-1}>
          Taskforces
        </h2>
        {data && data.taskforces.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setJoining(true)}
          >
            Join a taskforce
          </button>
        )}
      </div>
      {data === undefined ? (
        <p aria-busy="true">Loading taskforces…</p>
      ) : data.taskforces.length === 0 ? (
        <p>
          There are no taskforces yet. <a href={routeHref('events')}>Create one on Events</a>, then
          come back to add {name}.
        </p>
      ) : data.memberships.length === 0 ? (
        <p className="muted">{name} is not in any taskforce yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="people-table" aria-labelledby="person-membership-title">
            <thead>
              <tr>
                <th scope="col">Taskforce</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">Left</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.memberships.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <a href={routeHref('events', 'taskforce', m.taskforceId)}>
                      {taskforceName(m.taskforceId)}
                    </a>
                  </th>
                  <td>{ROLE_LABELS[m.role]}</td>
                  <td>{formatLongDate(m.joinedOn)}</td>
                  <td>{m.leftOn ? formatLongDate(m.leftOn) : '—'}</td>
                  <td>{STATUS_LABELS[membershipStatusOn(m, today)]}</td>
                  <td>
                    {!m.leftOn && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setLeaving(m)}
                      >
                        Record leaving
                        <span className="visually-hidden"> {taskforceName(m.taskforceId)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {joining && data && (
        <JoinTaskforceDialog
          personId={person.id}
          personName={name}
          taskforces={data.taskforces}
          onClose={() => setJoining(false)}
        />
      )}
      {leaving && (
        <RecordLeavingDialog
          membership={leaving}
          taskforceName={taskforceName(leaving.taskforceId)}
          personName={name}
          onClose={() => setLeaving(null)}
          onLeft={() => {
            setLeaving(null);
            focusHeading();
          }}
          returnFocus={() => headingRef.current}
        />
      )}
    </section>
  );
}
