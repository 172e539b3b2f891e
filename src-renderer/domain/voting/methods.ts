/**
 * The five consensus methods and their exact scales (product.md, "Consensus methods").
 * Labels are read out and shown to participants, so they keep the original authors' wording.
 */

export const VOTING_METHODS = ['gradients', 'fist-to-five', 'consent', 'thumbs', 'dots'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export const METHOD_LABELS: Record<VotingMethod, string> = {
  gradients: 'Gradients of Agreement',
  'fist-to-five': 'Fist-to-five',
  consent: 'Consent round',
  thumbs: 'Thumbs',
  dots: 'Dot voting',
};

/** The question put to the room, shown above the choices. */
export const METHOD_QUESTIONS: Record<VotingMethod, string> = {
  gradients: 'How far do you agree with this proposal?',
  'fist-to-five': 'How much do you support this proposal? Show a fist or 1 to 5 fingers.',
  consent: 'Do you object?',
  thumbs: 'Thumbs up, sideways or down?',
  dots: 'Place your dots on what matters most to you. You can put several on one option.',
};

export function isVotingMethod(value: unknown): value is VotingMethod {
  return typeof value === 'string' && (VOTING_METHODS as readonly string[]).includes(value);
}

// Gradients of Agreement (Sam Kaner, "Facilitator's Guide to Participatory Decision-Making").

export const GRADIENT_POINTS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type GradientPoint = (typeof GRADIENT_POINTS)[number];

export const GRADIENT_LABELS: Record<GradientPoint, string> = {
  1: 'Whole-hearted endorsement',
  2: 'Agreement with a minor point of contention',
  3: 'Support with reservations',
  4: 'Abstain',
  5: 'More discussion needed',
  6: "Don't like but will support",
  7: 'Serious disagreement',
  8: 'Veto (block)',
};

/** 4 is a vote that expresses no view; a round where everyone abstains has no support. */
export const ABSTAIN_POINT: GradientPoint = 4;

export function isGradientPoint(value: unknown): value is GradientPoint {
  return (GRADIENT_POINTS as readonly unknown[]).includes(value);
}

// Fist-to-five: 0 stands for the fist.

export const FIST_POINTS = [0, 1, 2, 3, 4, 5] as const;
export type FistPoint = (typeof FIST_POINTS)[number];

export const FIST_LABELS: Record<FistPoint, string> = {
  0: 'No / block',
  1: 'Need to discuss issues',
  2: 'Would like to discuss minor issues',
  3: 'Comfortable to let it pass',
  4: 'Will work for it',
  5: 'Will lead it',
};

/** What the hand shows: "Fist", "1 finger", "3 fingers" — the chart's axis labels. */
export function fistName(point: FistPoint): string {
  if (point === 0) return 'Fist';
  return point === 1 ? '1 finger' : `${point} fingers`;
}

export function isFistPoint(value: unknown): value is FistPoint {
  return (FIST_POINTS as readonly unknown[]).includes(value);
}

// Consent round (sociocracy): only a reasoned objection stops a proposal.

export const CONSENT_CHOICES = ['no-objection', 'objection'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export const CONSENT_LABELS: Record<ConsentChoice, string> = {
  'no-objection': 'No objection',
  objection: 'Objection',
};

// Thumbs.

export const THUMBS = ['up', 'sideways', 'down'] as const;
export type Thumb = (typeof THUMBS)[number];

export const THUMB_LABELS: Record<Thumb, string> = {
  up: 'Thumbs up',
  sideways: 'Sideways (will go along)',
  down: 'Thumbs down (block or must speak)',
};

export function isThumb(value: unknown): value is Thumb {
  return (THUMBS as readonly unknown[]).includes(value);
}

// Dot voting.

/** One thing people can place dots on. In a prioritisation round the id is the id. */
export interface DotOption {
  id: string;
  label: string;
}

export const MIN_DOT_OPTIONS = 2;
/** More options than this will not fit on a wall chart or a phone screen. */
export const MAX_DOT_OPTIONS = 60;
export const MAX_DOT_BUDGET = 50;

/**
 * The common default of "options ÷ 3" dots each. The division is rounded down, so that nobody
 * can spread dots over more than a third of the options (the point of the method is to make
 * people choose), and never below 1, so that a list of one or two options still gets a vote:
 * 2 options → 1 dot, 6 → 2, 8 → 2, 9 → 3, 10 → 3, 30 → 10.
 */
export function defaultDotBudget(optionCount: number): number {
  return Math.min(MAX_DOT_BUDGET, Math.max(1, Math.floor(optionCount / 3)));
}
