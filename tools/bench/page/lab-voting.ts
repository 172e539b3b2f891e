/**
 * The voting lab functions (see operations/voting.ts), on the seeded meeting (data/voting.ts):
 * a proposal with three closed rounds of 300 votes and an open round waiting for its 300th
 * vote. The tally floors, and taking the last vote back so that it can be cast again.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { tallyOf } from '../../../src-renderer/data/voting/queries';
import { namedVoteId } from '../../../src-renderer/domain/voting/records';
import type { Round } from '../../../src-renderer/domain/voting/round';
import type { CastVote } from '../../../src-renderer/domain/voting/tally';
import { tallyRound } from '../../../src-renderer/domain/voting/tally';
import type { BenchDataset } from '../data/dataset';
import type { VotingHeadline } from '../data/voting';

export interface VotingSummary extends VotingHeadline {
  voters: number;
  rounds: number;
  votes: number;
  /** The person still to vote in the open round, and how they appear in "Who is voting". */
  lastVoterName: string;
}

export interface VotingLabApi {
  /** The seeded meeting's proposals and rounds (nothing is written). */
  prepareVoting(): VotingSummary;
  /** The floor: tallyRound() of the three closed rounds over votes already in memory. */
  tallyVotingInMemory(): number;
  /** The data layer: read each round's votes through its index, then tallyRound(). */
  tallyVotingWithDexie(): Promise<number>;
  /** Takes back the last voter's vote in the open round, so that it can be cast again. */
  resetLiveVote(): Promise<void>;
}

export function votingLab(open: () => { db: TwoFeetDb; dataset: BenchDataset }): VotingLabApi {
  let closed: { round: Round; votes: CastVote[] }[] = [];
  let headline: VotingHeadline | undefined;

  return {
    prepareVoting() {
      const { dataset } = open();
      const { voting, people } = dataset;
      headline = voting.headline ?? undefined;
      if (!headline) throw new Error('The dataset has no voting meeting.');
      const ids = new Set(headline.closedRoundIds);
      const votes = new Map<string, CastVote[]>([...ids].map((id) => [id, []]));
      for (const vote of [...voting.namedVotes, ...voting.anonymousBallots]) {
        votes.get(vote.roundId)?.push(vote);
      }
      closed = voting.rounds
        .filter((round) => ids.has(round.id))
        .map((round) => ({ round, votes: votes.get(round.id) ?? [] }));
      const last = people.find((person) => person.id === headline?.lastVoter);
      return {
        ...headline,
        voters: closed[0]?.votes.length ?? 0,
        rounds: closed.length + 1,
        votes: closed.reduce((n, c) => n + c.votes.length, 0),
        lastVoterName: last?.name ?? '',
      };
    },
    tallyVotingInMemory() {
      const start = performance.now();
      for (const { round, votes } of closed) tallyRound(round, votes);
      return performance.now() - start;
    },
    async tallyVotingWithDexie() {
      const { db } = open();
      const start = performance.now();
      for (const { round } of closed) await tallyOf(db, round);
      return performance.now() - start;
    },
    async resetLiveVote() {
      if (!headline) throw new Error('Call prepareVoting() first.');
      await open().db.namedVotes.delete(namedVoteId(headline.liveRoundId, headline.lastVoter));
    },
  };
}
