import type { Validated } from '../result';
import type { FistPoint, GradientPoint, VotingMethod } from './methods';
import { GRADIENT_LABELS, isGradientPoint } from './methods';
import { describePoints } from './rule-wording';

/**
 * A decision rule is data, chosen before the round and stored with it, so that a result can
 * always be re-read against the rule the group actually agreed — never a rule chosen after
 * seeing the votes.
 */
export type DecisionRule =
  | { method: 'gradients'; kind: 'conditions'; conditions: GradientCondition[] }
  | { method: 'fist-to-five'; kind: 'everyone-at-least'; minimum: FistPoint }
  | { method: 'consent'; kind: 'no-objection' }
  | { method: 'thumbs'; kind: 'no-down' }
  | { method: 'dots'; kind: 'ranking' };

/**
 * Gradients of Agreement has no fixed threshold; the group picks conditions, all of which must
 * hold. `max-count`: no more than `max` votes at these points ({points:[7,8], max:0} is "no 7
 * or 8"). `min-share`: at least `percent`% of the votes cast (abstentions included) at these
 * points. No conditions means the group reads the distribution together.
 */
export type GradientCondition =
  | { kind: 'max-count'; points: GradientPoint[]; max: number }
  | { kind: 'min-share'; points: GradientPoint[]; percent: number };

export type RuleFor<M extends VotingMethod> = Extract<DecisionRule, { method: M }>;

/** The rule each method starts with: the product's stated consensus for each. */
export function defaultRule(method: VotingMethod): DecisionRule {
  switch (method) {
    case 'gradients':
      return GRADIENT_RULE_PRESETS[0].rule;
    case 'fist-to-five':
      return { method, kind: 'everyone-at-least', minimum: 3 };
    case 'consent':
      return { method, kind: 'no-objection' };
    case 'thumbs':
      return { method, kind: 'no-down' };
    case 'dots':
      return { method, kind: 'ranking' };
  }
}

export interface GradientRulePreset {
  id: string;
  label: string;
  rule: RuleFor<'gradients'>;
}

/** Rules groups often choose, offered first; any other set of conditions can be built. */
export const GRADIENT_RULE_PRESETS: readonly [GradientRulePreset, ...GradientRulePreset[]] = [
  {
    id: 'no-serious-disagreement',
    label: 'No serious disagreement and no veto',
    rule: {
      method: 'gradients',
      kind: 'conditions',
      conditions: [{ kind: 'max-count', points: [7, 8], max: 0 }],
    },
  },
  {
    id: 'no-veto',
    label: 'No veto',
    rule: {
      method: 'gradients',
      kind: 'conditions',
      conditions: [{ kind: 'max-count', points: [8], max: 0 }],
    },
  },
  {
    id: 'three-quarters-support',
    label: 'At least 75% support and no veto',
    rule: {
      method: 'gradients',
      kind: 'conditions',
      conditions: [
        { kind: 'min-share', points: [1, 2, 3], percent: 75 },
        { kind: 'max-count', points: [8], max: 0 },
      ],
    },
  },
  {
    id: 'read-together',
    label: 'No rule: read the distribution together',
    rule: { method: 'gradients', kind: 'conditions', conditions: [] },
  },
];

const MAX_ALLOWED_COUNT = 999;
const MAX_CONDITIONS = 5;

/** Checks that a rule fits the round's method and that its numbers make sense. */
export function validateRule(
  method: VotingMethod,
  rule: DecisionRule,
): Validated<DecisionRule, 'rule'> {
  const fail = (message: string): Validated<DecisionRule, 'rule'> => ({
    ok: false,
    errors: { rule: message },
  });
  if (rule.method !== method) return fail('Choose a decision rule for this method.');
  switch (rule.method) {
    case 'fist-to-five':
      // 0 would let a fist pass, which contradicts what a fist means.
      return Number.isInteger(rule.minimum) && rule.minimum >= 1 && rule.minimum <= 5
        ? { ok: true, value: { ...rule } }
        : fail('Choose the lowest number of fingers that still counts as support, from 1 to 5.');
    case 'gradients':
      return validateGradientRule(rule);
    default:
      return { ok: true, value: { ...rule } };
  }
}

function validateGradientRule(rule: RuleFor<'gradients'>): Validated<DecisionRule, 'rule'> {
  const fail = (message: string): Validated<DecisionRule, 'rule'> => ({
    ok: false,
    errors: { rule: message },
  });
  if (rule.conditions.length > MAX_CONDITIONS) {
    return fail(`Keep the rule to ${MAX_CONDITIONS} conditions or fewer.`);
  }
  const conditions: GradientCondition[] = [];
  for (const condition of rule.conditions) {
    if (condition.points.length === 0 || !condition.points.every(isGradientPoint)) {
      return fail('Each condition needs at least one point from 1 to 8.');
    }
    const points = [...new Set(condition.points)].sort((a, b) => a - b);
    if (condition.kind === 'max-count') {
      if (
        !Number.isInteger(condition.max) ||
        condition.max < 0 ||
        condition.max > MAX_ALLOWED_COUNT
      ) {
        return fail(
          'Say how many votes are allowed at those points, as a whole number (0 for none).',
        );
      }
      conditions.push({ kind: 'max-count', points, max: condition.max });
    } else {
      if (
        !Number.isInteger(condition.percent) ||
        condition.percent < 1 ||
        condition.percent > 100
      ) {
        return fail('Give the share needed as a whole percentage from 1 to 100.');
      }
      conditions.push({ kind: 'min-share', points, percent: condition.percent });
    }
  }
  return { ok: true, value: { method: 'gradients', kind: 'conditions', conditions } };
}

/** The rule in one plain sentence, shown when the round starts and beside its result. */
export function describeRule(rule: DecisionRule): string {
  switch (rule.method) {
    case 'fist-to-five':
      return `Consensus when everyone shows ${rule.minimum} fingers or more; anyone below states their concern and the round repeats.`;
    case 'consent':
      return 'Consent when nobody objects; objections are resolved and the round repeats.';
    case 'thumbs':
      return 'Agreed when nobody shows thumbs down.';
    case 'dots':
      return 'Options are ranked by their total dots; there is no pass or fail.';
    case 'gradients': {
      if (rule.conditions.length === 0)
        return 'No rule set: the group reads the distribution together.';
      const parts = rule.conditions.map(describeCondition);
      const sentence = parts.join(', and ');
      return `Agreed when ${sentence}.`;
    }
  }
}

export function describeCondition(condition: GradientCondition): string {
  const at = describePoints(condition.points, GRADIENT_LABELS);
  if (condition.kind === 'min-share') return `at least ${condition.percent}% of votes are at ${at}`;
  if (condition.max === 0) return `nobody is at ${at}`;
  return `no more than ${condition.max} ${condition.max === 1 ? 'person is' : 'people are'} at ${at}`;
}
