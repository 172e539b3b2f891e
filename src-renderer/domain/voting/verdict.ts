import type { FistPoint, GradientPoint, Thumb } from './methods';
import {
  ABSTAIN_POINT,
  FIST_LABELS,
  FIST_POINTS,
  GRADIENT_LABELS,
  GRADIENT_POINTS,
  fistName,
} from './methods';
import { describePoints } from './rule-wording';
import type { DecisionRule, GradientCondition, RuleFor } from './rules';
import type { VoteValue } from './vote-value';
import { countOf, percentDown } from './wording';

/**
 * `no-rule`: gradients with no conditions, where the distribution itself is the result.
 * `ranked`: dot voting, which orders options and never passes or fails.
 */
export type VerdictStatus = 'no-votes' | 'passed' | 'failed' | 'no-rule' | 'ranked';

export interface Verdict {
  status: VerdictStatus;
  /** One sentence for the results screen. */
  summary: string;
  /** Why a round failed, one line per unmet condition; empty otherwise. */
  reasons: string[];
}

const NO_VOTES: Verdict = { status: 'no-votes', summary: 'No votes yet.', reasons: [] };

export const RANKED_VERDICT: Verdict = {
  status: 'ranked',
  summary: 'Options are ranked by their total dots; there is no pass or fail.',
  reasons: [],
};

export function judgeGradients(
  rule: RuleFor<'gradients'>,
  counts: Readonly<Record<GradientPoint, number>>,
): Verdict {
  const voters = GRADIENT_POINTS.reduce<number>((sum, point) => sum + counts[point], 0);
  if (voters === 0) return NO_VOTES;
  if (rule.conditions.length === 0) {
    return {
      status: 'no-rule',
      summary: 'No rule was set: read the distribution together.',
      reasons: [],
    };
  }
  // Whatever rule was chosen, a round in which nobody expressed a view has given no support.
  if (counts[ABSTAIN_POINT] === voters) {
    return {
      status: 'failed',
      summary: 'Not agreed: everyone abstained, so there is no support to act on.',
      reasons: [`All ${countOf(voters, 'vote is', 'votes are')} at 4 “Abstain”.`],
    };
  }
  const reasons = rule.conditions.flatMap((condition) => unmet(condition, counts, voters));
  return reasons.length === 0
    ? { status: 'passed', summary: 'Agreed under the rule the group chose.', reasons }
    : { status: 'failed', summary: 'Not agreed under the rule the group chose.', reasons };
}

function unmet(
  condition: GradientCondition,
  counts: Readonly<Record<GradientPoint, number>>,
  voters: number,
): string[] {
  const at = condition.points.reduce<number>((sum, point) => sum + counts[point], 0);
  const where = describePoints(condition.points, GRADIENT_LABELS);
  if (condition.kind === 'max-count') {
    if (at <= condition.max) return [];
    const allowed = condition.max === 0 ? 'none' : `no more than ${condition.max}`;
    return [`${countOf(at, 'person is', 'people are')} at ${where}; the rule allows ${allowed}.`];
  }
  // Whole-number arithmetic, so that 3 of 4 meets "75%" exactly.
  if (at * 100 >= condition.percent * voters) return [];
  return [
    `${percentDown(at, voters)}% of votes are at ${where}; the rule needs at least ${condition.percent}%.`,
  ];
}

export function judgeFist(
  rule: RuleFor<'fist-to-five'>,
  counts: Readonly<Record<FistPoint, number>>,
): Verdict {
  const voters = FIST_POINTS.reduce<number>((sum, point) => sum + counts[point], 0);
  if (voters === 0) return NO_VOTES;
  const below = FIST_POINTS.filter((point) => point < rule.minimum && counts[point] > 0);
  if (below.length === 0) {
    return {
      status: 'passed',
      summary: `Consensus: everyone is at ${rule.minimum} or above.`,
      reasons: [],
    };
  }
  const people = below.reduce<number>((sum, point) => sum + counts[point], 0);
  return {
    status: 'failed',
    summary: `No consensus yet: ${countOf(people, 'person is', 'people are')} below ${rule.minimum}. Hear their concerns and run the round again.`,
    reasons: below.map(
      (point) =>
        `${countOf(counts[point], 'person', 'people')} at ${fistName(point)} (${FIST_LABELS[point]}).`,
    ),
  };
}

export function judgeConsent(objections: number, voters: number): Verdict {
  if (voters === 0) return NO_VOTES;
  if (objections === 0)
    return { status: 'passed', summary: 'Consent: nobody objects.', reasons: [] };
  return {
    status: 'failed',
    summary: `${countOf(objections, 'objection', 'objections')}: resolve ${objections === 1 ? 'it' : 'them'} and run the round again.`,
    reasons: [],
  };
}

export function judgeThumbs(counts: Readonly<Record<Thumb, number>>): Verdict {
  const voters = counts.up + counts.sideways + counts.down;
  if (voters === 0) return NO_VOTES;
  if (counts.down === 0) {
    return { status: 'passed', summary: 'Agreed: nobody shows thumbs down.', reasons: [] };
  }
  return {
    status: 'failed',
    summary: `Not agreed: ${countOf(counts.down, 'person shows', 'people show')} thumbs down. Hear from them before going on.`,
    reasons: [],
  };
}

/**
 * Whether one vote on its own stands in the way of the rule, so that in a named round the
 * facilitator knows whose concerns to hear. Share conditions are about the room, not a person.
 */
export function isBlockingVote(rule: DecisionRule, value: VoteValue): boolean {
  if (rule.method === 'fist-to-five' && value.method === 'fist-to-five') {
    return value.fingers < rule.minimum;
  }
  if (rule.method === 'consent' && value.method === 'consent') return value.objection;
  if (rule.method === 'thumbs' && value.method === 'thumbs') return value.thumb === 'down';
  if (rule.method === 'gradients' && value.method === 'gradients') {
    return rule.conditions.some((c) => c.kind === 'max-count' && c.points.includes(value.point));
  }
  return false;
}
