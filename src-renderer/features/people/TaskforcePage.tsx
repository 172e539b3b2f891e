import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { formatLongDate, localDate } from '../../domain/dates';
import {
  type Membership,
  ROLE_LABELS,
  findOverlaps,
  taskforceRoster,
} from '../../domain/people/membership';
import { type Person, displayName } from '../../domain/people/person';
import { TASKFORCE_STATUS_LABELS } from '../../domain/taskforce';
import './people.css';

/** #/events/taskforce/<id>: who is in the taskforce now, and who was. */
export function TaskforcePage({ taskforceId }: { taskforceId: string }) {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const taskforce = await db.taskforces.get(taskforceId);
    if (!taskforce) return null;
    const memberships = await db.memberships.where('taskforceId').equals(taskforceId).toArray();
    const ids = [...new Set(memberships.map((m) => m.personId))];
    const people = (await db.people.bulkGet(ids)).filter((p): p is Person => p !== undefined);
    return { taskforce, memberships, people: new Map(people.map((p) => [p.id, p])) };
  }, [db, taskforceId]);

  if (data === undefined) return <p aria-busy="true">Loading…</p>;
  if (data === null) {
    return <NotFound what="Taskforce" backHref={routeHref('events')} backLabel="Back to events" />;
  }
  const { taskforce, memberships, people } = data;
  const roster = taskforceRoster(memberships, taskforceId, localDate(new Date()));
  const overlaps = findOverlaps(memberships);
  const nameOf = (m: Membership) => {
    const person = people.get(m.personId);
    return person ? displayName(person) : 'Someone no longer on the register';
  };

  return (
    <article aria-labelledby="taskforce-title">
      <p>
        <a href={routeHref('events')}>← All events</a>
      </p>
      <h1 id="taskforce-title">{taskforce.name}</h1>
      <p className="muted">
        {taskforce.theme} · {TASKFORCE_STATUS_LABELS[taskforce.status]}
      </p>
      <p>
        To add someone, open their page in <a href={routeHref('people')}>People</a> and choose “Join
        a taskforce”.
      </p>
      {overlaps.length > 0 && (
        <div className="notice notice--warning">
          <p>
            Some memberships overlap, probably because they were recorded on two laptops. Open each
            person’s page and correct the dates:
          </p>
          <ul className="plain-list">
            {overlaps.map(([a]) => (
              <li key={a.id}>
                <a href={routeHref('people', a.personId)}>{nameOf(a)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <RosterSection
        title="Current members"
        empty="No one is a member at the moment."
        memberships={roster.current}
        nameOf={nameOf}
      />
      {roster.upcoming.length > 0 && (
        <RosterSection
          title="Joining later"
          empty=""
          memberships={roster.upcoming}
          nameOf={nameOf}
        />
      )}
      <RosterSection
        title="Past members"
        empty="No one has left this taskforce."
        memberships={roster.past}
        nameOf={nameOf}
        showLeft
      />
    </article>
  );
}

function RosterSection(props: {
  title: string;
  empty: string;
  memberships: Membership[];
  nameOf: (m: Membership) => string;
  showLeft?: boolean;
}) {
  const id = `roster-${props.title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section className="person-section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.memberships.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="people-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                {props.showLeft && <th scope="col">Left</th>}
              </tr>
            </thead>
            <tbody>
              {props.memberships.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <a href={routeHref('people', m.personId)}>{props.nameOf(m)}</a>
                  </th>
                  <td>{ROLE_LABELS[m.role]}</td>
                  <td>{formatLongDate(m.joinedOn)}</td>
                  {props.showLeft && <td>{m.leftOn ? formatLongDate(m.leftOn) : '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
