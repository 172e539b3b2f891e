/**
 * The voting lab functions (see operations/voting.ts): a meeting with 300 people checked in and
 * rounds of 300 votes each, written through the app's own TwoFeetDb with records made by the
 * domain (so they are exactly as the app stores them); the tally floors.
 */
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { tallyOf } from '../../../src-renderer/data/voting/queries';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import { checkIn } from '../../../src-renderer/domain/people/attendance';
import { emptyPersonInput, personRecord } from '../../../src-renderer/domain/people/person';
import type { CommandContext } from '../../../src-renderer/domain/record';
import { createdMeta } from '../../../src-renderer/domain/record';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { searchWords } from '../../../src-renderer/domain/text';
import type {
  FistPoint,
  GradientPoint,
  VotingMethod,
} from '../../../src-renderer/domain/voting/methods';
import { createProposal } from '../../../src-renderer/domain/voting/proposal';
import type { ProposalRecord } from '../../../src-renderer/domain/voting/records';
import { namedVoteId, votedMarkerId } from '../../../src-renderer/domain/voting/records';
import type { Round, RoundSettingsInput } from '../../../src-renderer/domain/voting/round';
import {
  closeRound,
  defaultRoundSettings,
  isResultVisible,
  revealRound,
  startRound,
} from '../../../src-renderer/domain/voting/round';
import type { CastVote } from '../../../src-renderer/domain/voting/tally';
import { tallyRound } from '../../../src-renderer/domain/voting/tally';
import type { VoteValue } from '../../../src-renderer/domain/voting/vote-value';
import type {
  AnonymousBallot,
  NamedVote,
  VotedMarker,
} from '../../../src-renderer/domain/voting/votes';
import { castAnonymousBallot, castNamedVote } from '../../../src-renderer/domain/voting/votes';
import { Prng } from '../data/prng';

export const VOTING_IDS = {
  taskforce: 'bench-voting-taskforce',
  event: 'bench-voting-event',
  decided: 'bench-voting-proposal',
  live: 'bench-voting-live',
} as const;

/** The rows of the three closed rounds' charts: fist 6 + gradients 8 + dots' options. */
export const DOT_OPTIONS = 30;

export interface VotingSummary {
  voters: number;
  rounds: number;
  votes: number;
  chartRows: number;
  /** The person still to vote in the open round, and how they appear in "Who is voting". */
  lastVoter: { id: string; name: string };
}

export interface VotingLabApi {
  /** Writes the meeting, 300 people checked in, three closed rounds of 300 votes and one open round. */
  prepareVoting(seed: string, voters: number): Promise<VotingSummary>;
  /** The floor: tallyRound() of the three closed rounds over votes already in memory. */
  tallyVotingInMemory(): number;
  /** The data layer: read each round's votes through its index, then tallyRound(). */
  tallyVotingWithDexie(): Promise<number>;
  /** Takes back the last voter's vote in the open round, so that it can be cast again. */
  resetLiveVote(): Promise<void>;
}

const NOW = '2026-11-22T18:00:00.000Z';
const ctx: CommandContext = { now: NOW, actor: 'Bench facilitator' };

function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: object }): T {
  if (!result.ok) throw new Error(`Bench voting data is invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A UUID v4 drawn from the seeded stream, as the app's crypto.randomUUID() would make one. */
function uuid(prng: Prng): string {
  const hex = Array.from({ length: 32 }, () => prng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + prng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function valueFor(method: VotingMethod, prng: Prng, round: Round): VoteValue {
  switch (method) {
    case 'fist-to-five':
      return {
        method,
        fingers: prng.weighted<FistPoint>([
          [0, 1],
          [1, 1],
          [2, 2],
          [3, 6],
          [4, 6],
          [5, 3],
        ]),
      };
    case 'gradients':
      return { method, point: prng.int(1, 8) as GradientPoint };
    case 'dots': {
      const dots: Record<string, number> = {};
      for (let i = 0; i < round.dotBudget; i++) {
        const option = prng.pick(round.options.slice(0, 12));
        dots[option.id] = (dots[option.id] ?? 0) + 1;
      }
      return { method, dots };
    }
    default:
      return { method: 'thumbs', thumb: 'up' };
  }
}

export function votingLab(database: () => TwoFeetDb): VotingLabApi {
  let closed: { round: Round; votes: CastVote[] }[] = [];
  let live: { round: Round; lastVoter: string } | undefined;

  return {
    async prepareVoting(seed, voters) {
      const db = database();
      const prng = new Prng(seed).fork('voting');
      const event = {
        ...emptyEventInput(VOTING_IDS.taskforce),
        title: 'Bench voting meeting',
        date: '2026-11-22',
        venueName: 'Bench hall',
      };
      const people = Array.from({ length: voters }, (_, i) =>
        personRecord(
          { ...emptyPersonInput(), name: `Voter ${String(i + 1).padStart(3, '0')}` },
          createdMeta(`bench-voter-${i}`, ctx),
        ),
      );
      const attendance = people.map(
        (p) =>
          checkIn(
            undefined,
            { eventId: VOTING_IDS.event, personId: p.id },
            `bench-voting-a-${p.id}`,
            ctx,
          ).attendance,
      );
      const proposals: ProposalRecord[] = [VOTING_IDS.decided, VOTING_IDS.live].map((id) => ({
        ...unwrap(
          createProposal(
            {
              eventId: VOTING_IDS.event,
              title: `Bench proposal ${id}`,
              text: '',
              source: { kind: 'free-text' },
            },
            id,
            ctx,
          ),
        ),
        taskforceId: VOTING_IDS.taskforce,
      }));
      const [decided, open] = proposals as [ProposalRecord, ProposalRecord];
      const options = Array.from({ length: DOT_OPTIONS }, (_, i) => ({
        id: `bench-option-${i}`,
        label: `Option ${i + 1}`,
      }));
      const plans: [VotingMethod, Partial<RoundSettingsInput>][] = [
        ['fist-to-five', {}],
        ['gradients', { anonymous: true }],
        ['dots', { options }],
      ];
      const named: (NamedVote & { id: string })[] = [];
      const ballots: AnonymousBallot[] = [];
      const markers: (VotedMarker & { id: string })[] = [];
      const rounds: Round[] = [];
      closed = [];
      const cast = (round: Round, personId: string) => {
        const command = {
          roundId: round.id,
          personId,
          value: valueFor(round.method, prng, round),
          enteredOnBehalf: true,
        };
        if (!round.anonymous) {
          const vote = unwrap(castNamedVote(round, command, ctx));
          named.push({ ...vote, id: namedVoteId(round.id, personId) });
          return vote as CastVote;
        }
        const { ballot, marker } = unwrap(castAnonymousBallot(round, [], command, uuid(prng), ctx));
        ballots.push(ballot);
        markers.push({ ...marker, id: votedMarkerId(round.id, personId) });
        return ballot as CastVote;
      };
      for (const [index, [method, extra]] of plans.entries()) {
        const settings = { ...defaultRoundSettings(method), ...extra, hiddenUntilRevealed: false };
        const opened = unwrap(
          startRound(
            decided,
            rounds,
            settings,
            VOTING_IDS.event,
            `bench-voting-round-${index}`,
            ctx,
          ),
        );
        const votes = people.map((p) => cast(opened, p.id));
        const ended = unwrap(closeRound(opened, ctx));
        // An anonymous round is always hidden until revealed: reveal it, as the facilitator would.
        const round = isResultVisible(ended) ? ended : unwrap(revealRound(ended, ctx));
        rounds.push(round);
        closed.push({ round, votes });
      }
      const liveRound = unwrap(
        startRound(
          open,
          [],
          defaultRoundSettings('fist-to-five'),
          VOTING_IDS.event,
          'bench-voting-live-round',
          ctx,
        ),
      );
      for (const p of people.slice(0, -1)) cast(liveRound, p.id);
      rounds.push(liveRound);
      const last = people[people.length - 1];
      if (!last) throw new Error('No voters.');
      live = { round: liveRound, lastVoter: last.id };

      const tables = [
        db.taskforces,
        db.events,
        db.people,
        db.attendance,
        db.proposals,
        db.rounds,
        db.namedVotes,
        db.anonymousBallots,
        db.votedMarkers,
      ];
      await db.transaction('rw', tables, async () => {
        await db.rounds.where('id').startsWith('bench-voting').delete();
        await db.namedVotes.where('roundId').startsWith('bench-voting').delete();
        await db.anonymousBallots.where('roundId').startsWith('bench-voting').delete();
        await db.votedMarkers.where('roundId').startsWith('bench-voting').delete();
        await db.taskforces.put({
          ...emptyTaskforceInput(),
          name: 'Bench voting taskforce',
          theme: 'Bench',
          ...createdMeta(VOTING_IDS.taskforce, ctx),
        });
        await db.events.put({
          ...event,
          words: searchWords(event.title, event.venueName),
          ...createdMeta(VOTING_IDS.event, ctx),
        });
        await db.people.bulkPut(people);
        await db.attendance.bulkPut(attendance);
        await db.proposals.bulkPut(proposals);
        await db.rounds.bulkPut(rounds);
        await db.namedVotes.bulkPut(named);
        await db.anonymousBallots.bulkPut(ballots);
        await db.votedMarkers.bulkPut(markers);
      });
      return {
        voters,
        rounds: rounds.length,
        votes: named.length + ballots.length,
        chartRows: 6 + 8 + DOT_OPTIONS,
        lastVoter: { id: last.id, name: last.name },
      };
    },
    tallyVotingInMemory() {
      const start = performance.now();
      for (const { round, votes } of closed) tallyRound(round, votes);
      return performance.now() - start;
    },
    async tallyVotingWithDexie() {
      const db = database();
      const start = performance.now();
      for (const { round } of closed) await tallyOf(db, round);
      return performance.now() - start;
    },
    async resetLiveVote() {
      if (!live) throw new Error('Call prepareVoting() first.');
      await database().namedVotes.delete(namedVoteId(live.round.id, live.lastVoter));
    },
  };
}
