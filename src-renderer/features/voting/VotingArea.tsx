import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { EventVoting } from './EventVoting';
import { ProposalPage } from './ProposalPage';
import { TaskforceVoting } from './TaskforceVoting';
import { VotingHome } from './VotingHome';
import './voting.css';

/**
 * The voting area; `rest` is what follows "#/voting/" in the address:
 * nothing (taskforces), taskforce/<id> (issues and priorities), event/<id> (a meeting's
 * proposals) or proposal/<id> (its rounds, votes and outcome).
 */
export function VotingArea({ rest }: { rest: string[] }) {
  const [kind, id] = rest;
  if (kind === undefined) return <VotingHome />;
  if (id !== undefined && rest.length === 2) {
    if (kind === 'taskforce') return <TaskforceVoting key={id} taskforceId={id} />;
    if (kind === 'event') return <EventVoting key={id} eventId={id} />;
    if (kind === 'proposal') return <ProposalPage key={id} proposalId={id} />;
  }
  return <NotFound what="Page" backHref={routeHref('voting')} backLabel="Back to voting" />;
}
