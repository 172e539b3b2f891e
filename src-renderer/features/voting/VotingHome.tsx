import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import type { TaskforceEvent } from '../../domain/event';
import { compareLabels } from '../../domain/voting/wording';
import { meetingName } from './voting-text';

/** How many recent meetings each taskforce shows here; its own page lists them all. */
const RECENT_MEETINGS = 4;

/** #/voting: each taskforce, with its issue list and its most recent meetings. */
export function VotingHome() {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const [taskforces, events] = await Promise.all([
      db.taskforces.toArray(),
      db.events.orderBy('date').reverse().toArray(),
    ]);
    const byTaskforce = new Map<string, TaskforceEvent[]>();
    for (const event of events) {
      const list = byTaskforce.get(event.taskforceId) ?? [];
      if (list.length < RECENT_MEETINGS) list.push(event);
      byTaskforce.set(event.taskforceId, list);
    }
    return {
      taskforces: taskforces.sort((a, b) => compareLabels(a.name, b.name)),
      byTaskforce,
    };
  }, [db]);

  if (!data) return <p aria-busy="true">Loading taskforces…</p>;
  return (
    <section aria-labelledby="voting-title">
      <div className="page-header">
        <h1 id="voting-title">Voting</h1>
      </div>
      <p>
        Proposals and consensus rounds are held at a taskforce’s meetings. Each taskforce also keeps
        a list of issues and prioritises them across its meetings.
      </p>
      {data.taskforces.length === 0 ? (
        <div className="empty-state">
          <h2>No taskforces yet</h2>
          <p>Add a taskforce and its meetings on the Events screen first.</p>
          <a className="button" href={routeHref('events')}>
            Go to Events
          </a>
        </div>
      ) : (
        <ul className="voting-list">
          {data.taskforces.map((taskforce) => {
            const recent = data.byTaskforce.get(taskforce.id) ?? [];
            return (
              <li key={taskforce.id} className="voting-card">
                <h2>{taskforce.name}</h2>
                <p>
                  <a href={routeHref('voting', 'taskforce', taskforce.id)}>
                    Issues and priorities of {taskforce.name}
                  </a>
                </p>
                {recent.length === 0 ? (
                  <p>No meetings yet.</p>
                ) : (
                  <>
                    <h3>Recent meetings</h3>
                    <ul>
                      {recent.map((event) => (
                        <li key={event.id}>
                          <a href={routeHref('voting', 'event', event.id)}>
                            Proposals at {meetingName(event)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
