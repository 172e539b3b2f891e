import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { loadPriorityHistory } from '../../data/voting/queries';
import { IssueList } from './IssueList';
import { PriorityHistoryView } from './PriorityHistoryView';
import { meetingName } from './voting-text';

/** #/voting/taskforce/<id>: the issue list, how priorities moved, and the meetings. */
export function TaskforceVoting({ taskforceId }: { taskforceId: string }) {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const taskforce = await db.taskforces.get(taskforceId);
    if (!taskforce) return null;
    const [issues, loaded] = await Promise.all([
      db.issues.where('taskforceId').equals(taskforceId).toArray(),
      loadPriorityHistory(db, taskforceId),
    ]);
    return { taskforce, issues, ...loaded };
  }, [db, taskforceId]);

  if (data === undefined) return <p aria-busy="true">Loading the issue list…</p>;
  if (data === null)
    return <NotFound what="Taskforce" backHref={routeHref('voting')} backLabel="Back to voting" />;
  const { taskforce, issues, history, events } = data;
  const meetings = [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  return (
    <section aria-labelledby="taskforce-voting-title">
      <p>
        <a href={routeHref('voting')}>← All taskforces</a>
      </p>
      <div className="page-header">
        <h1 id="taskforce-voting-title">Issues and priorities: {taskforce.name}</h1>
      </div>
      <IssueList taskforceId={taskforce.id} issues={issues} events={events} />
      <PriorityHistoryView history={history} />
      <section aria-labelledby="meetings-title" className="voting-section">
        <h2 id="meetings-title">Meetings</h2>
        {meetings.length === 0 ? (
          <p>This taskforce has no meetings yet. Add them on the Events screen.</p>
        ) : (
          <ul>
            {meetings.map((event) => (
              <li key={event.id}>
                <a href={routeHref('voting', 'event', event.id)}>
                  Proposals at {meetingName(event)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
