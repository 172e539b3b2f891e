import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { CommandContext } from '../../../src-renderer/domain/record';
import type {
  FistPoint,
  GradientPoint,
  VotingMethod,
} from '../../../src-renderer/domain/voting/methods';
import { type DecisionOutcome, closeProposal } from '../../../src-renderer/domain/voting/outcome';
import { createProposal } from '../../../src-renderer/domain/voting/proposal';
import {
  type NamedVoteRecord,
  type ProposalRecord,
  type VotedMarkerRecord,
  namedVoteId,
  votedMarkerId,
} from '../../../src-renderer/domain/voting/records';
import type { Round, RoundSettingsInput } from '../../../src-renderer/domain/voting/round';
import {
  closeRound,
  defaultRoundSettings,
  isResultVisible,
  revealRound,
  startRound,
} from '../../../src-renderer/domain/voting/round';
import type { CastVote } from '../../../src-renderer/domain/voting/tally';
import type { VoteValue } from '../../../src-renderer/domain/voting/vote-value';
import type { AnonymousBallot } from '../../../src-renderer/domain/voting/votes';
import { castAnonymousBallot, castNamedVote } from '../../../src-renderer/domain/voting/votes';
import { addDays } from './calendar';
import type { Prng } from './prng';

/**
 * Consensus rounds at the meetings held (issue 5; issue 9: 500 rounds), every record made by
 * the domain (createProposal, startRound, castNamedVote / castAnonymousBallot, closeRound,
 * closeProposal), so they are exactly as the app stores them. The voting operation's meeting
 * has a proposal with three closed rounds of 300 votes (fist-to-five named, gradients
 * anonymous, dots over 30 options) and a proposal whose open round waits for its 300th vote.
 */
export interface VotingPlan {
  proposals: ProposalRecord[];
  rounds: Round[];
  namedVotes: NamedVoteRecord[];
  anonymousBallots: AnonymousBallot[];
  votedMarkers: VotedMarkerRecord[];
  outcomes: DecisionOutcome[];
  headline: VotingHeadline | null;
}

export interface VotingHeadline {
  eventId: string;
  decided: string;
  live: string;
  liveRoundId: string;
  closedRoundIds: string[];
  lastVoter: string;
  /** Chart rows of the three closed rounds: fist 6 + gradients 8 + the dots' options. */
  chartRows: number;
}

export const DOT_OPTIONS = 30;
const METHODS: readonly VotingMethod[] = ['fist-to-five', 'gradients', 'thumbs', 'dots'];

function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: object }): T {
  if (!result.ok) throw new Error(`Bench voting data is invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function valueFor(prng: Prng, round: Round): VoteValue {
  switch (round.method) {
    case 'fist-to-five': {
      const weights: [FistPoint, number][] = [
        [0, 1],
        [1, 1],
        [2, 2],
        [3, 6],
        [4, 6],
        [5, 3],
      ];
      return { method: 'fist-to-five', fingers: prng.weighted(weights) };
    }
    case 'gradients':
      return { method: 'gradients', point: prng.int(1, 8) as GradientPoint };
    case 'dots': {
      const dots: Record<string, number> = {};
      for (let i = 0; i < round.dotBudget; i++) {
        const option = prng.pick(round.options.slice(0, 12));
        dots[option.id] = (dots[option.id] ?? 0) + 1;
      }
      return { method: 'dots', dots };
    }
    default:
      return {
        method: 'thumbs',
        thumb: prng.weighted([
          ['up', 6],
          ['sideways', 2],
          ['down', 1],
        ]),
      };
  }
}

export function generateVoting(
  p: Prng,
  events: readonly TaskforceEvent[],
  checkedIn: ReadonlyMap<string, readonly string[]>,
  headlineEventId: string | null,
  totalRounds: number,
): VotingPlan {
  const plan: VotingPlan = {
    proposals: [],
    rounds: [],
    namedVotes: [],
    anonymousBallots: [],
    votedMarkers: [],
    outcomes: [],
    headline: null,
  };
  const cast = (round: Round, personId: string, ctx: CommandContext): CastVote => {
    const command = {
      roundId: round.id,
      personId,
      value: valueFor(p, round),
      enteredOnBehalf: true,
    };
    if (!round.anonymous) {
      const vote = unwrap(castNamedVote(round, command, ctx));
      plan.namedVotes.push({ ...vote, id: namedVoteId(round.id, personId) });
      return vote;
    }
    const { ballot, marker } = unwrap(castAnonymousBallot(round, [], command, p.uuid(), ctx));
    plan.anonymousBallots.push(ballot);
    plan.votedMarkers.push({ ...marker, id: votedMarkerId(round.id, personId) });
    return ballot;
  };
  const propose = (event: TaskforceEvent, title: string, ctx: CommandContext) => {
    const input = { eventId: event.id, title, text: '', source: { kind: 'free-text' as const } };
    const made = {
      ...unwrap(createProposal(input, p.uuid(), ctx)),
      taskforceId: event.taskforceId,
    };
    plan.proposals.push(made);
    return made;
  };
  const runRound = (
    proposal: ProposalRecord,
    earlier: Round[],
    settings: RoundSettingsInput,
    voters: readonly string[],
    ctx: CommandContext,
  ) => {
    const opened = unwrap(startRound(proposal, earlier, settings, proposal.eventId, p.uuid(), ctx));
    for (const personId of voters) cast(opened, personId, ctx);
    const ended = unwrap(closeRound(opened, ctx));
    const round = isResultVisible(ended) ? ended : unwrap(revealRound(ended, ctx));
    plan.rounds.push(round);
    earlier.push(round);
    return round;
  };

  const byId = new Map(events.map((e) => [e.id, e]));
  const headlineEvent = headlineEventId ? byId.get(headlineEventId) : undefined;
  const headlineVoters = headlineEvent ? (checkedIn.get(headlineEvent.id) ?? []) : [];
  if (headlineEvent && headlineVoters.length > 1 && totalRounds >= 4) {
    const ctx = { now: `${headlineEvent.date}T18:00:00.000Z`, actor: 'Bench facilitator' };
    const decided = propose(headlineEvent, 'Move the drop-in to Saturday mornings', ctx);
    const options = Array.from({ length: DOT_OPTIONS }, (_, i) => ({
      id: `option-${i + 1}`,
      label: `Option ${i + 1}`,
    }));
    const plans: [VotingMethod, Partial<RoundSettingsInput>][] = [
      ['fist-to-five', {}],
      ['gradients', { anonymous: true }],
      ['dots', { options }],
    ];
    const earlier: Round[] = [];
    for (const [method, extra] of plans) {
      const settings = { ...defaultRoundSettings(method), ...extra, hiddenUntilRevealed: false };
      runRound(decided, earlier, settings, headlineVoters, ctx);
    }
    const live = propose(headlineEvent, 'Ask the surgery for a quiet waiting room', ctx);
    const liveRound = unwrap(
      startRound(live, [], defaultRoundSettings('fist-to-five'), headlineEvent.id, p.uuid(), ctx),
    );
    for (const personId of headlineVoters.slice(0, -1)) cast(liveRound, personId, ctx);
    plan.rounds.push(liveRound);
    plan.headline = {
      eventId: headlineEvent.id,
      decided: decided.id,
      live: live.id,
      liveRoundId: liveRound.id,
      closedRoundIds: earlier.map((r) => r.id),
      lastVoter: headlineVoters[headlineVoters.length - 1] ?? '',
      chartRows: 6 + 8 + DOT_OPTIONS,
    };
  }

  // The other rounds: at meetings with at least ten people checked in, oldest first.
  const meetings = events.filter(
    (e) => e.id !== headlineEvent?.id && (checkedIn.get(e.id)?.length ?? 0) >= 10,
  );
  for (let m = 0; plan.rounds.length < totalRounds && meetings.length > 0; m++) {
    const event = meetings[m % meetings.length] as TaskforceEvent;
    const present = checkedIn.get(event.id) ?? [];
    const ctx = { now: `${event.date}T17:00:00.000Z`, actor: 'Bench facilitator' };
    const proposal = propose(event, `Proposal ${plan.proposals.length + 1}: ${event.title}`, ctx);
    const earlier: Round[] = [];
    const count = Math.min(p.int(1, 3), totalRounds - plan.rounds.length);
    for (let r = 0; r < count; r++) {
      const method = p.pick(METHODS);
      const options = Array.from({ length: 6 }, (_, i) => ({
        id: `o${i}`,
        label: `Idea ${i + 1}`,
      }));
      const settings = {
        ...defaultRoundSettings(method, options),
        anonymous: method === 'gradients' && p.chance(0.5),
      };
      const voters = p.sample(present, Math.min(present.length, p.int(15, 60)));
      runRound(proposal, earlier, settings, voters, ctx);
    }
    if (p.chance(0.7)) {
      const input = {
        statement: `Agreed: ${proposal.title}`,
        dissent: p.chance(0.3) ? 'Two people stood aside: the bus times do not suit them.' : '',
        decidedOn: event.date,
        reviewDate: addDays(event.date, 180),
      };
      const closed = unwrap(closeProposal(proposal, earlier, input, p.uuid(), ctx));
      plan.proposals[plan.proposals.length - 1] = {
        ...closed.proposal,
        taskforceId: event.taskforceId,
      };
      plan.outcomes.push(closed.outcome);
    }
  }
  return plan;
}
