import { formatLongDate, isIsoDate } from '../dates';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import type { ExpensePolicyInput, InvolvementDuration } from './policy';
import { INVOLVEMENT_DURATIONS, policyInForce } from './policy';

/**
 * Involvement payments (e.g. NHS England PPV partners) reward time, not costs: they are
 * taxable and go through payroll, so they live apart from expense claims and have their own
 * export. Some people decline them (benefits, tax or personal choice); a declined payment is
 * still recorded — with £0 — so the offer and the choice are on file, and it never reaches
 * payroll.
 */
export interface InvolvementPaymentInput {
  personId: string;
  eventId: string;
  duration: InvolvementDuration;
  declined: boolean;
}

export interface InvolvementPayment extends InvolvementPaymentInput {
  /** Whole pence from the policy in force on the event date; 0 when declined. */
  amountPence: number;
  /** Which policy version set the rate, so the record explains itself later. */
  policyEffectiveFrom: string;
}

export type InvolvementField = keyof InvolvementPaymentInput | 'eventDate';

/** Checks the input and fixes the amount from the policy in force on the event date. */
export function priceInvolvement(
  input: InvolvementPaymentInput,
  eventDate: string,
  policies: readonly ExpensePolicyInput[],
): Validated<InvolvementPayment, InvolvementField> {
  const policy = isIsoDate(eventDate) ? policyInForce(policies, eventDate) : undefined;
  const errors: FieldErrors<InvolvementField> = {
    personId: input.personId.trim() === '' ? 'Choose who took part.' : undefined,
    eventId: input.eventId.trim() === '' ? 'Choose the event.' : undefined,
    duration: INVOLVEMENT_DURATIONS.includes(input.duration)
      ? undefined
      : 'Choose how long they took part: up to 4 hours or a full day.',
    eventDate: !isIsoDate(eventDate)
      ? 'The event has no date.'
      : policy
        ? undefined
        : `No expense policy is in force on ${formatLongDate(eventDate)}. Add one in Settings.`,
  };
  if (hasErrors(errors) || !policy) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      amountPence: input.declined ? 0 : policy.involvementPence[input.duration],
      policyEffectiveFrom: policy.effectiveFrom,
    },
  };
}

/** What goes to payroll: not declined and worth something. */
export function payableInvolvement<T extends InvolvementPayment>(payments: readonly T[]): T[] {
  return payments.filter((p) => !p.declined && p.amountPence > 0);
}
