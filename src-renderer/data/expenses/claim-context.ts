import type { ClaimCheck } from '../../domain/expenses/checks';
import { checkClaim } from '../../domain/expenses/checks';
import type { ClaimLine } from '../../domain/expenses/lines';
import { priceClaimLines, priorCarOrVanMileage } from '../../domain/expenses/mileage';
import type { ExpensePolicyInput } from '../../domain/expenses/policy';
import { defaultExpensePolicy } from '../../domain/expenses/policy';
import { localDate } from '../../domain/dates';
import { effectiveAttendance } from '../../domain/people/attendance';
import type { TwoFeetDb } from '../db';
import type { StoredClaim } from './records';

/**
 * What claim commands and screens read around a claim: the policy versions, the attendance
 * from check-in, and the claimant's other claims (for the mileage running total and
 * duplicates). Call inside a transaction that includes the tables read.
 */

/** The policy every database starts with: UK practice, in force from before any event. */
export const BUILT_IN_POLICY_ID = 'built-in';
export const BUILT_IN_FROM = '2000-01-01';

/** Stored versions plus the built-in first version, oldest first. */
export async function loadPolicies(db: TwoFeetDb): Promise<ExpensePolicyInput[]> {
  const stored = await db.expensePolicies.orderBy('effectiveFrom').toArray();
  const builtIn = defaultExpensePolicy(BUILT_IN_FROM);
  if (stored.some((p) => p.effectiveFrom <= BUILT_IN_FROM)) return stored;
  return [builtIn, ...stored];
}

/**
 * Staff confirmation of attendance, from check-in: the claimant was checked in at the event,
 * or, for a carer or companion, the participant they came with was.
 */
export async function attendedEvent(
  db: TwoFeetDb,
  eventId: string,
  personIds: readonly string[],
): Promise<boolean> {
  for (const personId of personIds) {
    if (!personId) continue;
    const records = await db.attendance
      .where('[eventId+personId]')
      .equals([eventId, personId])
      .toArray();
    if (effectiveAttendance(records).some((r) => r.status === 'checked-in')) return true;
  }
  return false;
}

export function attendees(claim: { claimantId: string; onBehalfOfPersonId?: string }): string[] {
  return [claim.claimantId, claim.onBehalfOfPersonId ?? ''];
}

/** Every line priced with the rates in force on its date and the claimant's yearly mileage. */
export async function priceLines(
  db: TwoFeetDb,
  claim: { id: string; claimantId: string },
  lines: readonly ClaimLine[],
  policies: readonly ExpensePolicyInput[],
): Promise<ClaimLine[]> {
  const others = await db.claims.where('claimantId').equals(claim.claimantId).toArray();
  const prior = priorCarOrVanMileage(others, claim.claimantId, claim.id);
  return priceClaimLines(lines, policies, prior).lines;
}

/** The date the checks judge lateness on: first submission, or today while being written. */
export function checksAsOf(claim: { submittedAt: string | null }, now: string): string {
  return localDate(new Date(claim.submittedAt ?? now));
}

/** The live checks of a stored claim (see domain/expenses/checks.ts). */
export async function claimChecks(
  db: TwoFeetDb,
  claim: StoredClaim,
  now: string,
  policies?: readonly ExpensePolicyInput[],
): Promise<ClaimCheck[]> {
  const inForce = policies ?? (await loadPolicies(db));
  const event = await db.events.get(claim.eventId);
  const others = await db.claims.where('claimantId').equals(claim.claimantId).toArray();
  return checkClaim(claim, {
    policies: inForce,
    eventDate: event?.date ?? '',
    asOf: checksAsOf(claim, now),
    otherClaims: others,
  });
}
