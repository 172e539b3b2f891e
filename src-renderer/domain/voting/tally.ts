import type { ConsentChoice, FistPoint, GradientPoint, Thumb } from './methods';
import {
  CONSENT_CHOICES,
  CONSENT_LABELS,
  FIST_LABELS,
  FIST_POINTS,
  GRADIENT_LABELS,
  GRADIENT_POINTS,
  THUMBS,
  THUMB_LABELS,
  fistName,
} from './methods';
import type { Bar } from './distribution';
import { bars, countBy } from './distribution';
import { rankWithNearTies } from './ranking';
import type { Round } from './round';
import { isResultVisible } from './round';
import type { Verdict } from './verdict';
import {
  RANKED_VERDICT,
  isBlockingVote,
  judgeConsent,
  judgeFist,
  judgeGradients,
  judgeThumbs,
} from './verdict';
import type { VoteValue } from './vote-value';
import { validateVoteValue } from './vote-value';
import type { AnonymousBallot, NamedVote } from './votes';
import { latestNamedVotes } from './votes';
import { compareLabels, countOf } from './wording';

export type { Bar } from './distribution';

export type CastVote = NamedVote | AnonymousBallot;

export interface Objection {
  reason: string;
  /** Named rounds only. */
  personId?: string;
}

export interface RankedOption {
  optionId: string;
  label: string;
  dots: number;
  /** 0–1 of all dots cast. */
  share: number;
  rank: number;
  tied: boolean;
  /** People who put at least one dot on it. */
  voters: number;
}

interface TallyCommon {
  roundId: string;
  /** People whose vote is counted (one each; a changed vote counts once). */
  voters: number;
  /** Stored votes left out because they do not fit the round (wrong kind or malformed). */
  ignored: number;
  verdict: Verdict;
  /** Named rounds: whose vote stands in the way of the rule, to hear their concerns first. */
  concernsFrom: string[];
}

export type Tally =
  | (TallyCommon & { method: 'gradients'; distribution: Bar<GradientPoint>[] })
  | (TallyCommon & { method: 'fist-to-five'; distribution: Bar<FistPoint>[] })
  | (TallyCommon & { method: 'thumbs'; distribution: Bar<Thumb>[] })
  | (TallyCommon & {
      method: 'consent';
      distribution: Bar<ConsentChoice>[];
      objections: Objection[];
    })
  | (TallyCommon & { method: 'dots'; budget: number; dotsCast: number; ranking: RankedOption[] });

interface Counted {
  value: VoteValue;
  personId?: string;
}

const RULE_MISMATCH: Verdict = {
  status: 'no-rule',
  summary: "The round's rule does not fit its method, so the result cannot be judged.",
  reasons: [],
};

/**
 * Counts a round from the stored votes (any round's votes may be passed; others are skipped).
 * Named rounds count each person's latest vote; anonymous rounds count ballots only.
 */
export function tallyRound(round: Round, votes: readonly CastVote[]): Tally {
  const own = votes.filter((vote) => vote.roundId === round.id);
  const wanted = round.anonymous ? 'anonymous' : 'named';
  const fitting = own.filter((vote) => vote.kind === wanted);
  const candidates: Counted[] = round.anonymous
    ? fitting.map((ballot) => ({ value: ballot.value }))
    : latestNamedVotes(fitting.filter((vote) => vote.kind === 'named')).map((vote) => ({
        value: vote.value,
        personId: vote.personId,
      }));
  const counted: Counted[] = [];
  for (const candidate of candidates) {
    const checked = validateVoteValue(round, candidate.value);
    if (checked.ok) counted.push({ ...candidate, value: checked.value });
  }
  const common: TallyCommon = {
    roundId: round.id,
    voters: counted.length,
    ignored: own.length - fitting.length + (candidates.length - counted.length),
    verdict: RULE_MISMATCH,
    concernsFrom: counted
      .filter((c) => c.personId !== undefined && isBlockingVote(round.rule, c.value))
      .map((c) => c.personId ?? ''),
  };
  return tallyByMethod(round, counted, common);
}

function tallyByMethod(round: Round, counted: readonly Counted[], common: TallyCommon): Tally {
  const rule = round.rule;
  const values = counted.map((c) => c.value);
  switch (round.method) {
    case 'gradients': {
      const counts = countBy(GRADIENT_POINTS, values, (v) =>
        v.method === 'gradients' ? v.point : undefined,
      );
      const verdict = rule.method === 'gradients' ? judgeGradients(rule, counts) : RULE_MISMATCH;
      const distribution = bars(GRADIENT_POINTS, counts, (p) => `${p} ${GRADIENT_LABELS[p]}`);
      return { ...common, method: 'gradients', verdict, distribution };
    }
    case 'fist-to-five': {
      const counts = countBy(FIST_POINTS, values, (v) =>
        v.method === 'fist-to-five' ? v.fingers : undefined,
      );
      const verdict = rule.method === 'fist-to-five' ? judgeFist(rule, counts) : RULE_MISMATCH;
      const distribution = bars(FIST_POINTS, counts, (p) => `${fistName(p)}: ${FIST_LABELS[p]}`);
      return { ...common, method: 'fist-to-five', verdict, distribution };
    }
    case 'thumbs': {
      const counts = countBy(THUMBS, values, (v) => (v.method === 'thumbs' ? v.thumb : undefined));
      const verdict = rule.method === 'thumbs' ? judgeThumbs(counts) : RULE_MISMATCH;
      const distribution = bars(THUMBS, counts, (t) => THUMB_LABELS[t]);
      return { ...common, method: 'thumbs', verdict, distribution };
    }
    case 'consent': {
      const counts = countBy(CONSENT_CHOICES, values, (v) =>
        v.method === 'consent' ? (v.objection ? 'objection' : 'no-objection') : undefined,
      );
      const verdict =
        rule.method === 'consent' ? judgeConsent(counts.objection, counted.length) : RULE_MISMATCH;
      const distribution = bars(CONSENT_CHOICES, counts, (c) => CONSENT_LABELS[c]);
      return {
        ...common,
        method: 'consent',
        verdict,
        distribution,
        objections: objections(round, counted),
      };
    }
    case 'dots':
      return {
        ...common,
        ...tallyDots(round, counted),
        verdict: rule.method === 'dots' ? RANKED_VERDICT : RULE_MISMATCH,
      };
  }
}

function objections(round: Round, counted: readonly Counted[]): Objection[] {
  const list: Objection[] = [];
  for (const { value, personId } of counted) {
    if (value.method !== 'consent' || !value.objection) continue;
    list.push(
      personId === undefined ? { reason: value.reason } : { reason: value.reason, personId },
    );
  }
  // Anonymous reasons are sorted, so that their order says nothing about who voted when.
  return round.anonymous ? list.sort((a, b) => compareLabels(a.reason, b.reason)) : list;
}

function tallyDots(
  round: Round,
  counted: readonly Counted[],
): { method: 'dots'; budget: number; dotsCast: number; ranking: RankedOption[] } {
  const dots = new Map(round.options.map((option) => [option.id, 0]));
  const voters = new Map(round.options.map((option) => [option.id, 0]));
  for (const { value } of counted) {
    if (value.method !== 'dots') continue;
    for (const [optionId, count] of Object.entries(value.dots)) {
      dots.set(optionId, (dots.get(optionId) ?? 0) + count);
      voters.set(optionId, (voters.get(optionId) ?? 0) + 1);
    }
  }
  const ranked = rankWithNearTies(
    round.options.map((o) => ({ id: o.id, label: o.label, dots: dots.get(o.id) ?? 0 })),
  );
  return {
    method: 'dots',
    budget: round.dotBudget,
    dotsCast: ranked.reduce((sum, entry) => sum + entry.dots, 0),
    ranking: ranked.map((entry) => ({
      optionId: entry.id,
      label: entry.label,
      dots: entry.dots,
      share: entry.share,
      rank: entry.rank,
      tied: entry.tied,
      voters: voters.get(entry.id) ?? 0,
    })),
  };
}

/** Below this, an anonymous result can give away how individuals voted. */
export const MIN_ANONYMOUS_VOTERS = 3;

export type VisibleResult =
  | { visible: false; voters: number; message: string; warning?: string }
  | { visible: true; tally: Tally; warning?: string };

/**
 * What may be shown — on the laptop and on the venue screen — right now. While a round is
 * hidden, only how many people have voted; never the distribution, the verdict or reasons.
 */
export function visibleResult(round: Round, tally: Tally): VisibleResult {
  const warning =
    round.anonymous && tally.voters > 0 && tally.voters < MIN_ANONYMOUS_VOTERS
      ? `With fewer than ${MIN_ANONYMOUS_VOTERS} votes, an anonymous result can show how people voted.`
      : undefined;
  const extra = warning === undefined ? {} : { warning };
  if (isResultVisible(round)) return { visible: true, tally, ...extra };
  return {
    visible: false,
    voters: tally.voters,
    message: `Results are hidden until they are revealed. ${countOf(tally.voters, 'person has', 'people have')} voted.`,
    ...extra,
  };
}
