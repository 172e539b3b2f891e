import { isIsoDate } from '../dates';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import type { ExpenseCategory } from './categories';
import { EXPENSE_CATEGORIES } from './categories';
import { DEFAULT_MAX_LINE_PENCE } from './money';

/**
 * Rates and rules are settings with effective dates, never constants in code: when HMRC or the
 * organisation changes a rate, finance adds a new version from a date, and every claim line is
 * priced with the version in force on its own date. Old versions stay so old claims reprint
 * exactly. All money is whole pence.
 */

export const INVOLVEMENT_DURATIONS = ['up-to-4-hours', 'full-day'] as const;
export type InvolvementDuration = (typeof INVOLVEMENT_DURATIONS)[number];

export const INVOLVEMENT_DURATION_LABELS: Record<InvolvementDuration, string> = {
  'up-to-4-hours': 'Up to 4 hours',
  'full-day': 'Full day',
};

/** Pence per mile. */
export interface MileageRates {
  /** Car or van, for business miles up to the threshold in a tax year. */
  carOrVan: number;
  /** Car or van, for business miles beyond the threshold. */
  carOrVanAfterThreshold: number;
  /** Whole miles per claimant per tax year at the first car or van rate. */
  thresholdMiles: number;
  motorcycle: number;
  bicycle: number;
  /** Added for each passenger carried, per mile (car or van only, as HMRC allows). */
  passenger: number;
}

export interface ExpensePolicyInput {
  /** "YYYY-MM-DD": in force from this date until the next version's date. */
  effectiveFrom: string;
  mileage: MileageRates;
  /** The most one line of the category may claim without an override; null = no cap. */
  capsPence: Record<ExpenseCategory, number | null>;
  /**
   * A receipt is required when a line's amount is above this; 0 = every line; null = never
   * (mileage by default: the miles themselves are the evidence).
   */
  receiptAbovePence: Record<ExpenseCategory, number | null>;
  /** A claim is late when submitted after this many months from the event date. */
  claimDeadlineMonths: number;
  /** Involvement payments (taxable, through payroll), by how long the person took part. */
  involvementPence: Record<InvolvementDuration, number>;
  /** Anything above this on one line is refused as a likely typing mistake. */
  maxLinePence: number;
}

export interface ExpensePolicy extends ExpensePolicyInput {
  id: string;
}

/** UK practice at the time of writing: HMRC mileage rates and NHS England PPV payments. */
export function defaultExpensePolicy(effectiveFrom = '2000-01-01'): ExpensePolicyInput {
  return {
    effectiveFrom,
    mileage: {
      carOrVan: 45,
      carOrVanAfterThreshold: 25,
      thresholdMiles: 10_000,
      motorcycle: 24,
      bicycle: 20,
      passenger: 5,
    },
    capsPence: byCategory(() => null),
    receiptAbovePence: byCategory((category) => (category === 'mileage' ? null : 0)),
    claimDeadlineMonths: 3,
    involvementPence: { 'up-to-4-hours': 7_500, 'full-day': 15_000 },
    maxLinePence: DEFAULT_MAX_LINE_PENCE,
  };
}

function byCategory<T>(value: (category: ExpenseCategory) => T): Record<ExpenseCategory, T> {
  return Object.fromEntries(EXPENSE_CATEGORIES.map((c) => [c, value(c)])) as Record<
    ExpenseCategory,
    T
  >;
}

/**
 * The version in force on a date: the one with the latest effective date on or before it.
 * Undefined when every version starts later — the caller says "no policy in force on …".
 */
export function policyInForce<P extends { effectiveFrom: string }>(
  policies: readonly P[],
  isoDate: string,
): P | undefined {
  let found: P | undefined;
  for (const policy of policies) {
    if (policy.effectiveFrom > isoDate) continue;
    if (!found || policy.effectiveFrom > found.effectiveFrom) found = policy;
  }
  return found;
}

export type PolicyField =
  | 'effectiveFrom'
  | `mileage.${keyof MileageRates}`
  | `caps.${ExpenseCategory}`
  | `receipts.${ExpenseCategory}`
  | 'claimDeadlineMonths'
  | `involvement.${InvolvementDuration}`
  | 'maxLinePence';

/** A rate above £10 a mile is far more likely pounds typed as pence than a real rate. */
const MAX_PENCE_PER_MILE = 1_000;

/**
 * Checks a new or edited version against the others (pass every other version, not the one
 * being edited): two versions from the same date would make "the rate in force" ambiguous.
 */
export function validatePolicy(
  input: ExpensePolicyInput,
  otherVersions: readonly { effectiveFrom: string }[],
): Validated<ExpensePolicyInput, PolicyField> {
  const errors: FieldErrors<PolicyField> = {};
  if (!isIsoDate(input.effectiveFrom)) errors.effectiveFrom = 'Enter a real date.';
  else if (otherVersions.some((v) => v.effectiveFrom === input.effectiveFrom)) {
    errors.effectiveFrom =
      'Another version of the policy starts on this date. Edit that one or choose another date.';
  }
  const m = input.mileage;
  const perMile: [keyof MileageRates, number][] = [
    ['carOrVan', m.carOrVan],
    ['carOrVanAfterThreshold', m.carOrVanAfterThreshold],
    ['motorcycle', m.motorcycle],
    ['bicycle', m.bicycle],
    ['passenger', m.passenger],
  ];
  for (const [key, value] of perMile) {
    errors[`mileage.${key}`] = checkWhole(value, 'pence per mile', 0, MAX_PENCE_PER_MILE);
  }
  errors['mileage.thresholdMiles'] = checkWhole(m.thresholdMiles, 'miles', 1, 1_000_000);
  for (const category of EXPENSE_CATEGORIES) {
    errors[`caps.${category}`] = checkOptionalPence(input.capsPence[category]);
    errors[`receipts.${category}`] = checkOptionalPence(input.receiptAbovePence[category]);
  }
  errors.claimDeadlineMonths = checkWhole(input.claimDeadlineMonths, 'months', 1, 24);
  errors['involvement.up-to-4-hours'] = checkPence(input.involvementPence['up-to-4-hours']);
  errors['involvement.full-day'] = checkPence(input.involvementPence['full-day']);
  errors.maxLinePence =
    checkPence(input.maxLinePence) ??
    (input.maxLinePence === 0
      ? 'The largest amount for one line must be more than £0.'
      : undefined);
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: input };
}

function checkWhole(value: number, unit: string, min: number, max: number): string | undefined {
  if (!Number.isSafeInteger(value)) return `Enter a whole number of ${unit}.`;
  if (value < min) return min === 0 ? 'This cannot be negative.' : `Enter ${min} or more.`;
  if (value > max) return `Enter no more than ${max.toLocaleString('en-GB')} ${unit}.`;
  return undefined;
}

function checkPence(value: number): string | undefined {
  return checkWhole(value, 'pence', 0, Number.MAX_SAFE_INTEGER);
}

function checkOptionalPence(value: number | null): string | undefined {
  return value === null ? undefined : checkPence(value);
}
