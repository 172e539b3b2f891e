import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { openIssues } from '../../domain/voting/issues';
import { NewProposalDialog } from './NewProposalDialog';
import { PrioritiseDialog } from './PrioritiseDialog';
import { meetingName, plural } from './voting-text';

type Open = 'none' | 'proposal' | 'prioritise';

/** #/voting/event/<id>: the proposals put to the room at one meeting. */
export function EventVoting({ eventId }: { eventId: string }) {
  const { db } = useApp();
  const [open, setOpen] = useState<Open>('none');
  const data = useLiveQuery(async () => {
    const event = await db.events.get(eventId);
    if (!event) return null;
    const [taskforce, proposals, rounds, issues] = await Promise.all([
      db.taskforces.get(event.taskforceId),
      db.proposals.where('eventId').equals(eventId).toArray(),
      db.rounds.where('eventId').equals(eventId).toArray(),
      db.issues.where('taskforceId').equals(event.taskforceId).toArray(),
    ]);
    const roundCount = new Map<string, number>();
    for (const round of rounds) {
      roundCount.set(round.proposalId, (roundCount.get(round.proposalId) ?? 0) + 1);
    }
    proposals.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    const open = openIssues(issues, event.taskforceId).length;
    return { event, taskforce, proposals, roundCount, openIssueCount: open };
  }, [db, eventId]);

  if (data === undefined) return <p aria-busy="true">Loading proposals…</p>;
  if (data === null)
    return <NotFound what="Meeting" backHref={routeHref('voting')} backLabel="Back to voting" />;
  const { event, taskforce, proposals, roundCount, openIssueCount } = data;
  const close = () => setOpen('none');

  return (
    <section aria-labelledby="event-voting-title">
      <p>
        <a href={routeHref('voting', 'taskforce', event.taskforceId)}>
          ← {taskforce ? `Issues and priorities of ${taskforce.name}` : 'Issues and priorities'}
        </a>
      </p>
      <div className="page-header">
        <h1 id="event-voting-title">Proposals at {meetingName(event)}</h1>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen('proposal')}>
            New proposal
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setOpen('prioritise')}
          >
            Prioritise the issues
          </button>
        </div>
      </div>
      <p>
        <a href={routeHref('events', event.id)}>Check-in and attendance for this meeting</a>
      </p>
      {proposals.length === 0 ? (
        <div className="empty-state">
          <h2>No proposals yet</h2>
          <p>
            Start a proposal from a topic on the board, from what a group concluded, or from your
            own wording, then run consensus rounds on it.
          </p>
        </div>
      ) : (
        <ul className="voting-list">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="voting-card">
              <h2>
                <a href={routeHref('voting', 'proposal', proposal.id)}>{proposal.title}</a>
              </h2>
              <p>
                <span className={proposal.status === 'open' ? 'badge' : 'badge badge--decided'}>
                  {proposal.status === 'open' ? 'Open' : 'Decided'}
                </span>{' '}
                {plural(roundCount.get(proposal.id) ?? 0, 'round', 'rounds')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {open === 'proposal' && <NewProposalDialog eventId={event.id} onClose={close} />}
      {open === 'prioritise' && (
        <PrioritiseDialog eventId={event.id} openIssueCount={openIssueCount} onClose={close} />
      )}
    </section>
  );
}
