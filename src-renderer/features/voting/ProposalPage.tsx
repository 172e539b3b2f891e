import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { describeStorageError } from '../../data/storage-errors';
import { deleteProposal } from '../../data/voting/proposal-commands';
import { planNextRound } from '../../domain/voting/outcome';
import { defaultRoundSettings } from '../../domain/voting/round';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { DecisionDownload } from './DecisionDownload';
import { OutcomeDialog } from './OutcomeDialog';
import { OutcomeView } from './OutcomeView';
import { PrioritiseDialog } from './PrioritiseDialog';
import { RoundCard } from './RoundCard';
import { StartRoundDialog } from './StartRoundDialog';
import { useCheckedIn } from './use-voting-data';
import { meetingName } from './voting-text';

type Open = 'none' | 'round' | 'outcome' | 'delete';

const SOURCE_NOTES = {
  topic: 'From a topic on the board.',
  'group-outcome': 'From what a group concluded.',
  'free-text': 'In the group’s own wording.',
  'issue-list': 'Dot voting over the taskforce’s open issues.',
} as const;

/** #/voting/proposal/<id>: a proposal, every round held on it, and its outcome. */
export function ProposalPage({ proposalId }: { proposalId: string }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>('none');
  const data = useLiveQuery(async () => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) return null;
    const [event, rounds, outcome, issueCount] = await Promise.all([
      db.events.get(proposal.eventId),
      db.rounds.where('proposalId').equals(proposalId).sortBy('number'),
      db.outcomes.where('proposalId').equals(proposalId).first(),
      db.issues.where('[taskforceId+status]').equals([proposal.taskforceId, 'open']).count(),
    ]);
    return { proposal, event, rounds, outcome, issueCount };
  }, [db, proposalId]);
  const voters = useCheckedIn(db, data ? data.rounds.map((round) => round.eventId) : []);

  if (data === undefined) return <p aria-busy="true">Loading the proposal…</p>;
  if (data === null)
    return <NotFound what="Proposal" backHref={routeHref('voting')} backLabel="Back to voting" />;
  const { proposal, event, rounds, outcome, issueCount } = data;
  const openRound = rounds.find((round) => round.status === 'open');
  const decided = proposal.status === 'decided';
  const close = () => setOpen('none');
  const priorities = proposal.source.kind === 'issue-list';

  async function remove() {
    close();
    try {
      const result = await deleteProposal(db, proposal.id, commandContext());
      if (result.ok) {
        announce('Proposal deleted.');
        window.location.hash = routeHref('voting', 'event', proposal.eventId);
      } else announce('The proposal could not be deleted: it has rounds.', 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <article aria-labelledby="proposal-title" className="proposal-page">
      <p>
        <a href={routeHref('voting', 'event', proposal.eventId)}>
          ← Proposals at {event ? meetingName(event) : 'this meeting'}
        </a>
      </p>
      <div className="page-header">
        <h1 id="proposal-title">{proposal.title}</h1>
        <span className={decided ? 'badge badge--decided' : 'badge'}>
          {decided ? 'Decided' : 'Open'}
        </span>
      </div>
      {proposal.text && <p className="proposal-text">{proposal.text}</p>}
      <p className="muted">{SOURCE_NOTES[proposal.source.kind]}</p>

      {rounds.length === 0 ? (
        <div className="empty-state">
          <h2>No rounds yet</h2>
          <p>Choose a method and the decision rule with the group, then open the first round.</p>
        </div>
      ) : (
        rounds.map((round) => (
          <RoundCard key={round.id} round={round} voters={voters?.get(round.eventId)} />
        ))
      )}

      {!decided && (
        <div className="form-actions proposal-actions">
          {!openRound && (
            <button type="button" className="button" onClick={() => setOpen('round')}>
              Start round {rounds.length + 1}
            </button>
          )}
          {!openRound && rounds.length > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOpen('outcome')}
            >
              Record the outcome
            </button>
          )}
          {rounds.length === 0 && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setOpen('delete')}
            >
              Delete proposal
            </button>
          )}
        </div>
      )}
      {outcome && (
        <>
          <OutcomeView outcome={outcome} />
          <DecisionDownload
            proposal={proposal}
            rounds={rounds}
            outcome={outcome}
            meeting={event ? meetingName(event) : ''}
            names={new Map([...(voters?.values() ?? [])].flat().map((v) => [v.id, v.name]))}
          />
        </>
      )}

      {open === 'round' && priorities && (
        <PrioritiseDialog eventId={proposal.eventId} openIssueCount={issueCount} onClose={close} />
      )}
      {open === 'round' && !priorities && (
        <StartRoundDialog
          proposal={proposal}
          eventId={proposal.eventId}
          initial={planNextRound(rounds)?.settings ?? defaultRoundSettings('fist-to-five')}
          number={rounds.length + 1}
          onClose={close}
        />
      )}
      {open === 'outcome' && (
        <OutcomeDialog proposal={proposal} decidedOn={event?.date ?? ''} onClose={close} />
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title="Delete this proposal?"
          message={<p>“{proposal.title}” has no rounds yet. Deleting it cannot be undone.</p>}
          confirmLabel="Delete proposal"
          onConfirm={remove}
          onCancel={close}
        />
      )}
    </article>
  );
}
