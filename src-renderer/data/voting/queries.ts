import type { TaskforceEvent } from '../../domain/event';
import type { PriorityHistory } from '../../domain/voting/priorities';
import { priorityHistory } from '../../domain/voting/priorities';
import type { Round } from '../../domain/voting/round';
import type { CastVote, Tally } from '../../domain/voting/tally';
import { tallyRound } from '../../domain/voting/tally';
import type { VoteValue } from '../../domain/voting/vote-value';
import type { TwoFeetDb } from '../db';

/** The stored votes of one round: named votes, or the anonymous ballots, never both. */
export async function votesOfRound(db: TwoFeetDb, round: Round): Promise<CastVote[]> {
  return round.anonymous
    ? db.anonymousBallots.where('roundId').equals(round.id).toArray()
    : db.namedVotes.where('roundId').equals(round.id).toArray();
}

export async function tallyOf(db: TwoFeetDb, round: Round): Promise<Tally> {
  return tallyRound(round, await votesOfRound(db, round));
}

/** Who voted, when, and whether someone entered it on their behalf (and who). */
export interface VoteEntry {
  personId: string;
  enteredOnBehalf: boolean;
  enteredBy: string;
  at: string;
  /** Named rounds only: an anonymous round's markers hold no vote. */
  value?: VoteValue;
}

/** Who has voted in a round: its named votes, or the markers of an anonymous round. */
export async function voteEntries(db: TwoFeetDb, round: Round): Promise<VoteEntry[]> {
  if (round.anonymous) {
    const markers = await db.votedMarkers.where('roundId').equals(round.id).toArray();
    return markers.map(({ personId, enteredOnBehalf, enteredBy, at }) => ({
      personId,
      enteredOnBehalf,
      enteredBy,
      at,
    }));
  }
  const votes = await db.namedVotes.where('roundId').equals(round.id).toArray();
  return votes.map(({ personId, enteredOnBehalf, enteredBy, at, value }) => ({
    personId,
    enteredOnBehalf,
    enteredBy,
    at,
    value,
  }));
}

export interface TaskforceHistory {
  history: PriorityHistory;
  events: TaskforceEvent[];
}

/** The taskforce's meetings and how each issue's priority moved across them. */
export async function loadPriorityHistory(
  db: TwoFeetDb,
  taskforceId: string,
): Promise<TaskforceHistory> {
  const events = await db.events.where('taskforceId').equals(taskforceId).toArray();
  const proposals = (await db.proposals.where('taskforceId').equals(taskforceId).toArray()).filter(
    (p) => p.source.kind === 'issue-list',
  );
  const rounds = await db.rounds
    .where('proposalId')
    .anyOf(proposals.map((p) => p.id))
    .toArray();
  const tallies = await Promise.all(rounds.map((round) => tallyOf(db, round)));
  const issues = await db.issues.where('taskforceId').equals(taskforceId).toArray();
  const meetings = events.map((e) => ({ eventId: e.id, date: e.date, title: e.title }));
  return { history: priorityHistory(meetings, rounds, tallies, issues), events };
}
