import { formatLongDate } from '../dates';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';
import { CATEGORY_LABELS } from './categories';
import type { ClaimOverride, Declaration } from './claim';
import { DECLARATION_WORDING, unticked } from './claim';
import { claimDeadline, isLate } from './deadline';
import type { ClaimLine } from './lines';
import { validateLine } from './lines';
import { formatPence } from './money';
import type { ExpensePolicyInput } from './policy';
import { policyInForce } from './policy';

/**
 * Checks shown while a claim is written, each with what to do about it.
 *
 * - must-fix: blocks submission until the claim changes (a missing receipt, a bad line).
 * - needs-override: blocks submission unless someone authorised records an override with a
 *   reason (a late claim, a line over its cap).
 * - warning: shown to the claimant and to finance, never blocks (a possible duplicate — two
 *   equal bus fares on one day are often a real return journey).
 */
export type CheckKind =
  | 'invalid-line'
  | 'no-policy'
  | 'missing-receipt'
  | 'over-cap'
  | 'late'
  | 'duplicate-line'
  | 'attendance-not-confirmed'
  | 'needs-agreement';

export type CheckSeverity = 'must-fix' | 'needs-override' | 'warning';

export interface ClaimCheck {
  kind: CheckKind;
  severity: CheckSeverity;
  lineId?: string;
  /** For over-cap: the line amount an override must cover. */
  amountPence?: number;
  /** For a duplicate found in another claim. */
  otherClaimId?: string;
  message: string;
  whatToDo: string;
}

/** What checks need to know about a claim (a stored `Claim` fits). */
export interface ClaimForChecks {
  id: string;
  claimantId: string;
  lines: readonly ClaimLine[];
  attendanceConfirmed: boolean;
}

export interface CheckContext {
  policies: readonly ExpensePolicyInput[];
  eventDate: string;
  /** "YYYY-MM-DD": the date the claim was first submitted, or today while it is written. */
  asOf: string;
  /** The claimant's other claims, any status; others' claims are ignored if passed. */
  otherClaims: readonly ClaimForChecks[];
}

export function checkClaim(claim: ClaimForChecks, ctx: CheckContext): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  const deadline = claimDeadline(ctx.eventDate, ctx.policies);
  if (deadline === undefined) {
    checks.push(noPolicy(ctx.eventDate));
  } else if (isLate(deadline, ctx.asOf)) {
    checks.push({
      kind: 'late',
      severity: 'needs-override',
      message: `This claim is late: claims for the event on ${formatLongDate(ctx.eventDate)} were due by ${formatLongDate(deadline)}.`,
      whatToDo: 'Ask an authorised person in finance to accept it late and record why.',
    });
  }
  for (const line of claim.lines) checks.push(...checkLine(line, ctx.policies));
  checks.push(...duplicates(claim, ctx.otherClaims));
  if (!claim.attendanceConfirmed) {
    checks.push({
      kind: 'attendance-not-confirmed',
      severity: 'warning',
      message: 'Attendance at the event has not been confirmed.',
      whatToDo:
        'Check the person in at the event, or ask staff to confirm they attended. Finance cannot approve the claim until then.',
    });
  }
  return checks;
}

function checkLine(line: ClaimLine, policies: readonly ExpensePolicyInput[]): ClaimCheck[] {
  const policy = policyInForce(policies, line.date);
  const valid = validateLine(line, policy?.maxLinePence);
  if (!valid.ok) {
    const first = Object.values(valid.errors).find((m) => m !== undefined) ?? 'Check this line.';
    return [
      {
        kind: 'invalid-line',
        severity: 'must-fix',
        lineId: line.id,
        message: `A ${CATEGORY_LABELS[line.category].toLowerCase()} line is not complete: ${first}`,
        whatToDo: 'Correct the line, or remove it.',
      },
    ];
  }
  if (!policy) return [{ ...noPolicy(line.date), lineId: line.id }];
  const checks: ClaimCheck[] = [];
  const label = CATEGORY_LABELS[line.category];
  const receiptAbove = policy.receiptAbovePence[line.category];
  if (receiptAbove !== null && line.amountPence > receiptAbove && line.receiptIds.length === 0) {
    const [article, what] =
      line.category === 'care-and-support' ? ['an', 'invoice'] : ['a', 'receipt'];
    checks.push({
      kind: 'missing-receipt',
      severity: 'must-fix',
      lineId: line.id,
      message: `${label}: ${formatPence(line.amountPence)} needs ${article} ${what}.`,
      whatToDo: `Attach a photo or PDF of the ${what}. If it is lost, remove the line and talk to finance.`,
    });
  }
  const cap = policy.capsPence[line.category];
  if (cap !== null && line.amountPence > cap) {
    checks.push({
      kind: 'over-cap',
      severity: 'needs-override',
      lineId: line.id,
      amountPence: line.amountPence,
      message: `${label}: ${formatPence(line.amountPence)} is over the limit of ${formatPence(cap)} a line.`,
      whatToDo: `Reduce it to ${formatPence(cap)}, or ask an authorised person in finance to allow it and record why.`,
    });
  }
  if ((line.category === 'taxi' || line.category === 'accommodation') && line.description === '') {
    checks.push({
      kind: 'needs-agreement',
      severity: 'warning',
      lineId: line.id,
      message: `${label} is paid only when agreed in advance.`,
      whatToDo: 'Say in the description who agreed it, and when.',
    });
  }
  return checks;
}

function noPolicy(date: string): ClaimCheck {
  return {
    kind: 'no-policy',
    severity: 'must-fix',
    message: `No expense policy is in force on ${formatLongDate(date)}.`,
    whatToDo: 'Ask whoever manages Settings to add an expense policy that starts on or before it.',
  };
}

/**
 * A duplicate is the same claimant, date, category and amount: against earlier lines of this
 * claim (the first of a pair is not flagged, the second is) and against the claimant's other
 * claims.
 */
function duplicates(claim: ClaimForChecks, others: readonly ClaimForChecks[]): ClaimCheck[] {
  const key = (line: ClaimLine) => `${line.date}|${line.category}|${line.amountPence}`;
  const elsewhere = new Map<string, string>();
  for (const other of others) {
    if (other.id === claim.id || other.claimantId !== claim.claimantId) continue;
    for (const line of other.lines)
      if (!elsewhere.has(key(line))) elsewhere.set(key(line), other.id);
  }
  const seen = new Set<string>();
  const checks: ClaimCheck[] = [];
  for (const line of claim.lines) {
    if (line.amountPence <= 0) continue;
    const k = key(line);
    const what = `${CATEGORY_LABELS[line.category]} on ${formatLongDate(line.date)} for ${formatPence(line.amountPence)}`;
    const otherClaimId = elsewhere.get(k);
    if (seen.has(k)) {
      checks.push({
        kind: 'duplicate-line',
        severity: 'warning',
        lineId: line.id,
        message: `${what} appears twice in this claim.`,
        whatToDo:
          'If it is a second real cost (a return fare, say), say so in the description. Otherwise remove it.',
      });
    } else if (otherClaimId !== undefined) {
      checks.push({
        kind: 'duplicate-line',
        severity: 'warning',
        lineId: line.id,
        otherClaimId,
        message: `${what} is already in another claim by the same person.`,
        whatToDo: 'Check the other claim. If this cost is not a second real one, remove it here.',
      });
    }
    seen.add(k);
  }
  return checks;
}

/** Whether an override answers a check: a late override any lateness; a cap override its line. */
export function overrideCovers(check: ClaimCheck, override: ClaimOverride): boolean {
  if (check.kind === 'late') return override.kind === 'late';
  if (check.kind === 'over-cap') {
    return (
      override.kind === 'over-cap' &&
      override.lineId === check.lineId &&
      override.amountPence !== undefined &&
      (check.amountPence ?? Infinity) <= override.amountPence
    );
  }
  return false;
}

/** Checks still standing in the way: every must-fix, and needs-override ones not overridden. */
export function blockingChecks(
  checks: readonly ClaimCheck[],
  overrides: readonly ClaimOverride[],
): ClaimCheck[] {
  return checks.filter(
    (check) =>
      check.severity === 'must-fix' ||
      (check.severity === 'needs-override' && !overrides.some((o) => overrideCovers(check, o))),
  );
}

export type SubmitReadiness = { ok: true } | { ok: false; reasons: string[] };

/** Whether the claim may be submitted now, and if not, every reason in plain words. */
export function canSubmit(
  claim: { lines: readonly ClaimLine[]; declaration: Declaration; costCode: string },
  checks: readonly ClaimCheck[],
  overrides: readonly ClaimOverride[],
): SubmitReadiness {
  const reasons: string[] = [];
  if (claim.lines.length === 0) reasons.push('Add at least one cost to claim.');
  if (claim.costCode.trim() === '') reasons.push('Enter the cost code, so finance can pay it.');
  for (const key of unticked(claim.declaration)) {
    reasons.push(`The claimant must confirm: “${DECLARATION_WORDING[key]}”`);
  }
  for (const check of blockingChecks(checks, overrides)) reasons.push(check.message);
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

export type OverrideField = 'by' | 'reason' | 'lineId';

/** An override needs a named authoriser and a reason; a cap override names its line and amount. */
export function validateOverride(
  input: Omit<ClaimOverride, 'at'>,
  at: string,
): Validated<ClaimOverride, OverrideField> {
  const errors: FieldErrors<OverrideField> = {
    by: checkText(input.by, { label: 'who authorised it', required: true, max: LIMITS.name }),
    reason: checkText(input.reason, { label: 'the reason', required: true, max: LIMITS.longText }),
    lineId:
      input.kind === 'over-cap' && (!input.lineId || input.amountPence === undefined)
        ? 'Choose the line over its limit.'
        : undefined,
  };
  if (hasErrors(errors)) return { ok: false, errors };
  const value: ClaimOverride = { ...input, by: input.by.trim(), reason: input.reason.trim(), at };
  if (input.kind === 'late') {
    delete value.lineId;
    delete value.amountPence;
  }
  return { ok: true, value };
}
