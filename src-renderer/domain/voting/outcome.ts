import { isIsoDate } from '../dates';
import type { CommandContext, RecordMeta } from '../record';
import { createdMeta, nextMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import { METHOD_LABELS } from './methods';
import type { Proposal } from './proposal';
import type { Round, RoundConcern, RoundSettingsInput } from './round';
import { nextRoundNumber } from './round';
import { describeRule } from './rules';
import type { Tally } from './tally';
import { visibleResult } from './tally';

/** More concerns than this is a discussion to be had, not a list to be typed. */
export const MAX_CONCERNS = 50;

/** 'concerns' for the list as a whole; 'concerns.2' for the third concern's own text. */
export type ConcernsField = 'concerns' | `concerns.${number}`;

/**
 * Records the concerns raised after a round (typically one that failed its rule), replacing
 * the round's list, so that the screen can edit the list and save it whole. In an anonymous
 * round a concern is recorded without a name: naming who raised a concern would show that
 * they voted against.
 */
export function recordConcerns(
  round: Round,
  concerns: readonly RoundConcern[],
  ctx: CommandContext,
): Validated<Round, ConcernsField> {
  const fail = (message: string): Validated<Round, ConcernsField> => ({
    ok: false,
    errors: { concerns: message },
  });
  if (round.status !== 'closed')
    return fail('Close the round before recording the concerns raised.');
  if (concerns.length > MAX_CONCERNS)
    return fail(`Record at most ${MAX_CONCERNS} concerns for one round.`);
  const clean: RoundConcern[] = [];
  for (const [index, item] of concerns.entries()) {
    const message = checkText(item.concern, {
      label: 'the concern',
      required: true,
      max: LIMITS.longText,
    });
    // Keyed by its place in the list, so the message sits beside that concern's box.
    if (message) return { ok: false, errors: { [`concerns.${index}`]: message } };
    const raisedBy = item.raisedBy?.trim() ?? '';
    if (raisedBy !== '' && round.anonymous) {
      return fail('This round was anonymous: record concerns without saying who raised them.');
    }
    const byMessage = checkText(raisedBy, {
      label: 'who raised it',
      required: false,
      max: LIMITS.name,
    });
    if (byMessage) return fail(byMessage);
    clean.push(
      raisedBy === ''
        ? { concern: item.concern.trim() }
        : { concern: item.concern.trim(), raisedBy },
    );
  }
  return { ok: true, value: { ...round, ...nextMeta(round, ctx), concerns: clean } };
}

/**
 * The next round after one that did not settle things: the same method, rule and options by
 * default, because the group repeats the round once concerns are resolved. Undefined if the
 * proposal has had no round yet.
 */
export function planNextRound(
  roundsOfProposal: readonly Round[],
): { number: number; settings: RoundSettingsInput } | undefined {
  const last = [...roundsOfProposal].sort((a, b) => b.number - a.number)[0];
  if (!last) return undefined;
  return {
    number: nextRoundNumber(roundsOfProposal),
    settings: {
      method: last.method,
      rule: last.rule,
      anonymous: last.anonymous,
      hiddenUntilRevealed: last.hiddenUntilRevealed,
      options: last.options.map((option) => ({ ...option })),
      dotBudget: last.method === 'dots' ? last.dotBudget : undefined,
    },
  };
}

export interface OutcomeInput {
  /** What was decided, in the group's words. */
  statement: string;
  /** Who disagreed or stood aside, and why; may be empty. */
  dissent: string;
  /** "YYYY-MM-DD": the date of the meeting that decided. */
  decidedOn: string;
  /** "YYYY-MM-DD": when the group will look at the decision again. */
  reviewDate: string;
}

export interface DecisionOutcome extends OutcomeInput, RecordMeta {
  proposalId: string;
  /** Every round held, in order: a decision keeps its whole history. */
  roundIds: string[];
  recordedBy: string;
}

export type OutcomeField = keyof OutcomeInput | 'proposal' | 'rounds';

export function closeProposal(
  proposal: Proposal,
  rounds: readonly Round[],
  input: OutcomeInput,
  id: string,
  ctx: CommandContext,
): Validated<{ proposal: Proposal; outcome: DecisionOutcome }, OutcomeField> {
  const own = rounds
    .filter((round) => round.proposalId === proposal.id)
    .sort((a, b) => a.number - b.number);
  const open = own.find((round) => round.status === 'open');
  const errors: FieldErrors<OutcomeField> = {
    proposal: proposal.status === 'open' ? undefined : 'This proposal already has an outcome.',
    rounds:
      own.length === 0
        ? 'Run at least one round before recording the outcome.'
        : open
          ? `Close round ${open.number} before recording the outcome.`
          : undefined,
    statement: checkText(input.statement, {
      label: 'the decision',
      required: true,
      max: LIMITS.longText,
    }),
    dissent: checkText(input.dissent, {
      label: 'the dissent',
      required: false,
      max: LIMITS.longText,
    }),
    decidedOn: isIsoDate(input.decidedOn)
      ? undefined
      : 'Enter the date of the decision, for example 14/03/2026.',
    reviewDate: checkReviewDate(input.decidedOn, input.reviewDate),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  const outcome: DecisionOutcome = {
    ...createdMeta(id, ctx),
    proposalId: proposal.id,
    statement: input.statement.trim(),
    dissent: input.dissent.trim(),
    decidedOn: input.decidedOn,
    reviewDate: input.reviewDate,
    roundIds: own.map((round) => round.id),
    recordedBy: ctx.actor,
  };
  return {
    ok: true,
    value: { proposal: { ...proposal, ...nextMeta(proposal, ctx), status: 'decided' }, outcome },
  };
}

function checkReviewDate(decidedOn: string, reviewDate: string): string | undefined {
  if (!isIsoDate(reviewDate)) return 'Enter a review date, for example 14/09/2026.';
  // "YYYY-MM-DD" strings sort as dates do.
  if (isIsoDate(decidedOn) && reviewDate <= decidedOn)
    return 'The review date must be after the date of the decision.';
  return undefined;
}

export interface DecisionRoundSummary {
  number: number;
  method: string;
  rule: string;
  anonymous: boolean;
  /** The verdict's summary, or a note that the result was never revealed. */
  result: string;
  voters: number;
  concerns: RoundConcern[];
}

export interface DecisionSummary {
  title: string;
  text: string;
  rounds: DecisionRoundSummary[];
  statement: string;
  dissent: string;
  decidedOn: string;
  reviewDate: string;
}

/** Everything a decision records, for the event report: proposal, rounds, outcome. */
export function summariseDecision(
  proposal: Proposal,
  rounds: readonly Round[],
  tallies: readonly Tally[],
  outcome: DecisionOutcome,
): DecisionSummary {
  const byId = new Map(rounds.map((round) => [round.id, round]));
  const summaries: DecisionRoundSummary[] = [];
  for (const roundId of outcome.roundIds) {
    const round = byId.get(roundId);
    if (!round) continue;
    const tally = tallies.find((t) => t.roundId === roundId);
    // A result nobody revealed stays unrevealed in the report too.
    const shown = tally ? visibleResult(round, tally) : undefined;
    summaries.push({
      number: round.number,
      method: METHOD_LABELS[round.method],
      rule: describeRule(round.rule),
      anonymous: round.anonymous,
      result: !shown
        ? 'No votes recorded.'
        : shown.visible
          ? shown.tally.verdict.summary
          : 'The result was not revealed.',
      voters: shown ? (shown.visible ? shown.tally.voters : shown.voters) : 0,
      concerns: round.concerns,
    });
  }
  return {
    title: proposal.title,
    text: proposal.text,
    rounds: summaries,
    statement: outcome.statement,
    dissent: outcome.dissent,
    decidedOn: outcome.decidedOn,
    reviewDate: outcome.reviewDate,
  };
}
