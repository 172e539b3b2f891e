import type { CommandContext, RecordMeta } from '../record';
import { createdMeta, nextMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { DotOption, VotingMethod } from './methods';
import {
  MAX_DOT_BUDGET,
  MAX_DOT_OPTIONS,
  MIN_DOT_OPTIONS,
  defaultDotBudget,
  isVotingMethod,
} from './methods';
import type { Proposal } from './proposal';
import type { DecisionRule } from './rules';
import { defaultRule, validateRule } from './rules';

/** What the facilitator chooses before a round opens; fixed once it opens. */
export interface RoundSettings {
  method: VotingMethod;
  rule: DecisionRule;
  /** No stored record links a person to a vote (see votes.ts). */
  anonymous: boolean;
  hiddenUntilRevealed: boolean;
  /** Dot voting only; empty for the other methods. */
  options: DotOption[];
  /** Dots per person; 0 for the other methods. Stored so that it cannot drift mid-round. */
  dotBudget: number;
}

/** Leave `dotBudget` out to use the default of options ÷ 3 (see methods.ts). */
export type RoundSettingsInput = Omit<RoundSettings, 'dotBudget'> & { dotBudget?: number };

export interface RoundConcern {
  concern: string;
  /** A person id or a name; always absent in anonymous rounds (see outcome.ts). */
  raisedBy?: string;
}

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface Round extends RoundSettings, RecordMeta {
  proposalId: string;
  /** The meeting the round was held at; a proposal may be revisited at a later meeting. */
  eventId: string;
  /** 1, 2, 3… within its proposal. */
  number: number;
  status: RoundStatus;
  openedAt: string;
  openedBy: string;
  closedAt?: string;
  revealedAt?: string;
  /** Concerns raised after the round failed, carried into the next round's discussion. */
  concerns: RoundConcern[];
}

export type RoundField = keyof RoundSettings | 'proposal' | 'eventId' | 'round';

export function defaultRoundSettings(
  method: VotingMethod,
  options: DotOption[] = [],
): RoundSettingsInput {
  return {
    method,
    rule: defaultRule(method),
    anonymous: false,
    hiddenUntilRevealed: false,
    options: method === 'dots' ? options : [],
  };
}

export function validateRoundSettings(
  input: RoundSettingsInput,
): Validated<RoundSettings, RoundField> {
  if (!isVotingMethod(input.method)) {
    return { ok: false, errors: { method: 'Choose how people will vote.' } };
  }
  const dots = input.method === 'dots';
  const rule = validateRule(input.method, input.rule);
  const dotBudget = dots ? (input.dotBudget ?? defaultDotBudget(input.options.length)) : 0;
  const errors: FieldErrors<RoundField> = {
    rule: rule.ok ? undefined : rule.errors.rule,
    options: dots ? checkOptions(input.options) : undefined,
    dotBudget:
      !dots || (Number.isInteger(dotBudget) && dotBudget >= 1 && dotBudget <= MAX_DOT_BUDGET)
        ? undefined
        : `Give each person from 1 to ${MAX_DOT_BUDGET} dots.`,
  };
  if (hasErrors(errors) || !rule.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      method: input.method,
      rule: rule.value,
      anonymous: input.anonymous,
      // A live chart in an anonymous round would show how each person voted as they vote,
      // so anonymous results are always hidden until revealed.
      hiddenUntilRevealed: input.anonymous || input.hiddenUntilRevealed,
      options: dots ? input.options.map((o) => ({ id: o.id, label: o.label.trim() })) : [],
      dotBudget,
    },
  };
}

function checkOptions(options: readonly DotOption[]): string | undefined {
  if (options.length < MIN_DOT_OPTIONS)
    return `Give at least ${MIN_DOT_OPTIONS} options to vote on.`;
  if (options.length > MAX_DOT_OPTIONS)
    return `Give at most ${MAX_DOT_OPTIONS} options to vote on.`;
  const ids = new Set(options.map((o) => o.id));
  if (ids.size !== options.length || ids.has('')) return 'Each option must appear once.';
  for (const option of options) {
    const message = checkText(option.label, {
      label: 'each option',
      required: true,
      max: LIMITS.shortText,
    });
    if (message) return message;
  }
  return undefined;
}

/** Rounds are numbered within their proposal; the next follows the highest so far. */
export function nextRoundNumber(roundsOfProposal: readonly Pick<Round, 'number'>[]): number {
  return roundsOfProposal.reduce((highest, round) => Math.max(highest, round.number), 0) + 1;
}

/** One round at a time per proposal, so that every vote belongs to an unambiguous round. */
export function startRound(
  proposal: Proposal,
  rounds: readonly Round[],
  input: RoundSettingsInput,
  eventId: string,
  id: string,
  ctx: CommandContext,
): Validated<Round, RoundField> {
  if (proposal.status !== 'open') {
    return {
      ok: false,
      errors: { proposal: 'This proposal is decided: no more rounds can start.' },
    };
  }
  const own = rounds.filter((round) => round.proposalId === proposal.id);
  const open = own.find((round) => round.status === 'open');
  if (open) {
    return { ok: false, errors: { round: `Close round ${open.number} before starting another.` } };
  }
  if (eventId === '')
    return { ok: false, errors: { eventId: 'Choose the meeting this round is held at.' } };
  const settings = validateRoundSettings(input);
  if (!settings.ok) return settings;
  return {
    ok: true,
    value: {
      ...settings.value,
      ...createdMeta(id, ctx),
      proposalId: proposal.id,
      eventId,
      number: nextRoundNumber(own),
      status: 'open',
      openedAt: ctx.now,
      openedBy: ctx.actor,
      concerns: [],
    },
  };
}

export function isResultVisible(round: Pick<Round, 'hiddenUntilRevealed' | 'revealedAt'>): boolean {
  return !round.hiddenUntilRevealed || round.revealedAt !== undefined;
}

export function revealRound(round: Round, ctx: CommandContext): Validated<Round, 'round'> {
  if (isResultVisible(round)) {
    return { ok: false, errors: { round: 'The results of this round are already shown.' } };
  }
  // Revealing an anonymous round also closes it: a ballot cast after the reveal would change
  // the visible chart and so show the room how that late voter voted.
  const closes = round.anonymous && round.status === 'open';
  return {
    ok: true,
    value: {
      ...round,
      ...nextMeta(round, ctx),
      revealedAt: ctx.now,
      ...(closes ? { status: 'closed' as const, closedAt: ctx.now } : {}),
    },
  };
}

export function closeRound(round: Round, ctx: CommandContext): Validated<Round, 'round'> {
  if (round.status === 'closed')
    return { ok: false, errors: { round: 'This round is already closed.' } };
  return {
    ok: true,
    value: { ...round, ...nextMeta(round, ctx), status: 'closed', closedAt: ctx.now },
  };
}
