import type { ExpenseCategory } from '../../domain/expenses/categories';
import { EXPENSE_CATEGORIES } from '../../domain/expenses/categories';
import { parsePounds } from '../../domain/expenses/money';
import type {
  ExpensePolicyInput,
  InvolvementDuration,
  MileageRates,
  PolicyField,
} from '../../domain/expenses/policy';
import { INVOLVEMENT_DURATIONS } from '../../domain/expenses/policy';
import type { FieldErrors } from '../../domain/result';

/** The policy form as typed: rates in pence a mile, money in pounds, "" for no cap. */
export interface PolicyForm {
  effectiveFrom: string;
  mileage: Record<keyof MileageRates, string>;
  caps: Record<ExpenseCategory, string>;
  receipts: Record<ExpenseCategory, string>;
  claimDeadlineMonths: string;
  involvement: Record<InvolvementDuration, string>;
  maxLine: string;
}

const pounds = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(2));

const map = <K extends string, A, B>(keys: readonly K[], record: Record<K, A>, f: (a: A) => B) =>
  Object.fromEntries(keys.map((k) => [k, f(record[k])])) as Record<K, B>;

export const MILEAGE_KEYS: readonly (keyof MileageRates)[] = [
  'carOrVan',
  'carOrVanAfterThreshold',
  'thresholdMiles',
  'motorcycle',
  'bicycle',
  'passenger',
];

/** A new version starts as a copy of the one it follows, with no date yet. */
export function policyFormFrom(policy: ExpensePolicyInput): PolicyForm {
  return {
    effectiveFrom: '',
    mileage: map(MILEAGE_KEYS, policy.mileage, String),
    caps: map(EXPENSE_CATEGORIES, policy.capsPence, pounds),
    receipts: map(EXPENSE_CATEGORIES, policy.receiptAbovePence, pounds),
    claimDeadlineMonths: String(policy.claimDeadlineMonths),
    involvement: map(INVOLVEMENT_DURATIONS, policy.involvementPence, pounds),
    maxLine: pounds(policy.maxLinePence),
  };
}

export type PolicyParse =
  { ok: true; input: ExpensePolicyInput } | { ok: false; errors: FieldErrors<PolicyField> };

function whole(text: string): number {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** Reads the form; money fields are refused at the field, whole numbers checked by the domain. */
export function parsePolicyForm(form: PolicyForm): PolicyParse {
  const errors: FieldErrors<PolicyField> = {};
  const money = (field: PolicyField, text: string, optional: boolean): number | null => {
    if (optional && text.trim() === '') return null;
    const parsed = parsePounds(text, { allowZero: true, maxPence: Number.MAX_SAFE_INTEGER });
    if (parsed.ok) return parsed.pence;
    errors[field] = parsed.message;
    return 0;
  };
  const input: ExpensePolicyInput = {
    effectiveFrom: form.effectiveFrom,
    mileage: map(MILEAGE_KEYS, form.mileage, whole),
    capsPence: Object.fromEntries(
      EXPENSE_CATEGORIES.map((c) => [c, money(`caps.${c}`, form.caps[c], true)]),
    ) as Record<ExpenseCategory, number | null>,
    receiptAbovePence: Object.fromEntries(
      EXPENSE_CATEGORIES.map((c) => [c, money(`receipts.${c}`, form.receipts[c], true)]),
    ) as Record<ExpenseCategory, number | null>,
    claimDeadlineMonths: whole(form.claimDeadlineMonths),
    involvementPence: Object.fromEntries(
      INVOLVEMENT_DURATIONS.map((d) => [
        d,
        money(`involvement.${d}`, form.involvement[d], false) ?? 0,
      ]),
    ) as Record<InvolvementDuration, number>,
    maxLinePence: money('maxLinePence', form.maxLine, false) ?? 0,
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
