import type { RecordMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import type { ExpenseCategory } from './categories';
import { emptyByCategory } from './categories';
import type { ClaimLine } from './lines';
import { sumPence } from './money';

export const CLAIMANT_ROLES = ['participant', 'carer', 'companion'] as const;
export type ClaimantRole = (typeof CLAIMANT_ROLES)[number];

export const CLAIMANT_ROLE_LABELS: Record<ClaimantRole, string> = {
  participant: 'Participant',
  carer: 'Carer',
  companion: 'Companion',
};

export const CLAIM_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  paid: 'Paid',
};

/** What the claimant declares; every box must be ticked before the claim can be submitted. */
export interface Declaration {
  notClaimedBefore: boolean;
  receiptsAttached: boolean;
  mileageIsActual: boolean;
  cheapestReasonableOption: boolean;
}

export const DECLARATION_WORDING: Record<keyof Declaration, string> = {
  notClaimedBefore: 'I have not claimed these costs before, here or anywhere else.',
  receiptsAttached: 'I have attached receipts or invoices for the costs that need them.',
  mileageIsActual: 'The miles I have claimed are the miles I actually travelled.',
  cheapestReasonableOption: 'I chose the cheapest reasonable option that met my needs.',
};

/**
 * An authorised exception to a policy rule. An over-cap override names the line and the amount
 * it allowed, so raising the amount afterwards needs a fresh override.
 */
export interface ClaimOverride {
  kind: 'late' | 'over-cap';
  lineId?: string;
  amountPence?: number;
  /** Who authorised it (a named person, not "finance"). */
  by: string;
  reason: string;
  /** ISO timestamp. */
  at: string;
}

/** What the claim form edits. */
export interface ClaimInput {
  /** The person reimbursed. */
  claimantId: string;
  claimantRole: ClaimantRole;
  /** For a carer or companion: the participant they came with. */
  onBehalfOfPersonId?: string;
  eventId: string;
  costCode: string;
  lines: ClaimLine[];
  declaration: Declaration;
  /** Staff confirmation that the claimant attended, taken from check-in. */
  attendanceConfirmed: boolean;
  /** Where finance holds the bank details: never the details themselves. */
  paymentDetailsRef: string;
}

export interface Claim extends ClaimInput, RecordMeta {
  status: ClaimStatus;
  /**
   * ISO timestamp of the first submission. Kept when a rejected claim is fixed and sent again,
   * so finance's own turnaround never makes a claim late.
   */
  submittedAt: string | null;
  overrides: ClaimOverride[];
}

export type ClaimField = Exclude<keyof ClaimInput, 'lines' | 'declaration' | 'attendanceConfirmed'>;

/**
 * Checks the claim's own fields. Lines are checked one by one with `validateLine`, and what
 * blocks submission is decided by `canSubmit`, so a half-written draft can still be saved.
 */
export function validateClaim(input: ClaimInput): Validated<ClaimInput, ClaimField> {
  const needsPartner = input.claimantRole !== 'participant';
  const partner = input.onBehalfOfPersonId?.trim() ?? '';
  const errors: FieldErrors<ClaimField> = {
    claimantId: input.claimantId.trim() === '' ? 'Choose who is claiming.' : undefined,
    claimantRole: CLAIMANT_ROLES.includes(input.claimantRole)
      ? undefined
      : 'Choose whether the claimant is a participant, carer or companion.',
    onBehalfOfPersonId: !needsPartner
      ? undefined
      : partner === ''
        ? `Choose the participant this ${input.claimantRole} came with.`
        : partner === input.claimantId
          ? 'A carer or companion claims for themselves alongside someone else: choose the participant they came with.'
          : undefined,
    eventId: input.eventId.trim() === '' ? 'Choose the event this claim is for.' : undefined,
    costCode: checkText(input.costCode, { label: 'the cost code', required: false, max: 40 }),
    paymentDetailsRef: checkText(input.paymentDetailsRef, {
      label: 'the payment details reference',
      required: false,
      max: LIMITS.shortText,
    }),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  const value: ClaimInput = {
    ...input,
    costCode: input.costCode.trim(),
    paymentDetailsRef: input.paymentDetailsRef.trim(),
  };
  // A participant claims for themselves; a stale choice from switching roles is dropped.
  if (needsPartner) value.onBehalfOfPersonId = partner;
  else delete value.onBehalfOfPersonId;
  return { ok: true, value };
}

/** The declaration boxes left unticked, in the order the form shows them. */
export function unticked(declaration: Declaration): (keyof Declaration)[] {
  return (Object.keys(DECLARATION_WORDING) as (keyof Declaration)[]).filter(
    (key) => !declaration[key],
  );
}

export interface ClaimTotals {
  byCategory: Record<ExpenseCategory, number>;
  totalPence: number;
  lineCount: number;
}

/** Subtotals per category and the total, from each line's stored amount in pence. */
export function claimTotals(lines: readonly ClaimLine[]): ClaimTotals {
  const byCategory = emptyByCategory();
  for (const line of lines) {
    byCategory[line.category] = sumPence([byCategory[line.category], line.amountPence]);
  }
  return {
    byCategory,
    totalPence: sumPence(lines.map((l) => l.amountPence)),
    lineCount: lines.length,
  };
}

export function emptyDeclaration(): Declaration {
  return {
    notClaimedBefore: false,
    receiptsAttached: false,
    mileageIsActual: false,
    cheapestReasonableOption: false,
  };
}

export function emptyClaimInput(eventId: string, claimantId = ''): ClaimInput {
  return {
    claimantId,
    claimantRole: 'participant',
    eventId,
    costCode: '',
    lines: [],
    declaration: emptyDeclaration(),
    attendanceConfirmed: false,
    paymentDetailsRef: '',
  };
}
