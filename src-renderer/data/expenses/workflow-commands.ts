import { canSubmit, validateOverride } from '../../domain/expenses/checks';
import type { OverrideField } from '../../domain/expenses/checks';
import type { ClaimOverride, ClaimStatus } from '../../domain/expenses/claim';
import { CLAIM_STATUS_LABELS } from '../../domain/expenses/claim';
import type { AuditEntry as StatusEntry } from '../../domain/expenses/workflow';
import { changeStatus, markBatchPaid } from '../../domain/expenses/workflow';
import { type CommandContext, nextMeta } from '../../domain/record';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { attendedEvent, attendees, claimChecks } from './claim-context';
import type { StoredClaim } from './records';

/**
 * The finance workflow: draft → submitted → approved or rejected (with a reason) → paid, and a
 * rejected claim reopened as a draft to be fixed. Each change is written with an entry on the
 * claim's own trail and one in the audit log, in the same transaction.
 */

const tables = (db: TwoFeetDb) => [
  db.claims,
  db.events,
  db.attendance,
  db.expensePolicies,
  db.auditLog,
];

const VERBS: Record<ClaimStatus, string> = {
  draft: 'Reopened an expense claim as a draft to be fixed.',
  submitted: 'Submitted an expense claim.',
  approved: 'Approved an expense claim.',
  rejected: 'Rejected an expense claim.',
  paid: 'Marked an expense claim paid.',
};

async function record(
  db: TwoFeetDb,
  before: StoredClaim,
  changed: StoredClaim,
  entry: StatusEntry,
  ctx: CommandContext,
  ids: () => string,
): Promise<StoredClaim> {
  const claim: StoredClaim = {
    ...changed,
    ...nextMeta(before, ctx),
    trail: [...before.trail, entry],
  };
  await db.claims.put(claim);
  await appendAudit(db, ctx, {
    id: ids(),
    action: `claim-${entry.to}`,
    summary: VERBS[entry.to],
    subject: { table: 'claims', id: claim.id },
  });
  return claim;
}

/**
 * Moves one claim on. Submitting runs the claim checks first and refuses with every reason;
 * approving reads attendance from check-in again, as the person may have been checked in since.
 */
export async function changeClaimStatus(
  db: TwoFeetDb,
  claimId: string,
  to: ClaimStatus,
  reason: string,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<StoredClaim, 'status'>> {
  return db.transaction('rw', tables(db), async () => {
    const stored = await db.claims.get(claimId);
    if (!stored) return { ok: false, conflict: NOT_FOUND };
    const current = {
      ...stored,
      attendanceConfirmed: await attendedEvent(db, stored.eventId, attendees(stored)),
    };
    if (to === 'submitted') {
      const checks = await claimChecks(db, current, ctx.now);
      const ready = canSubmit(current, checks, current.overrides);
      if (!ready.ok) return { ok: false, errors: { status: ready.reasons.join(' ') } };
    }
    const change = changeStatus(current, to, ctx, reason);
    if (!change.ok) return { ok: false, errors: { status: change.message } };
    return { ok: true, value: await record(db, stored, change.claim, change.audit, ctx, ids) };
  });
}

export interface OverrideInput {
  kind: ClaimOverride['kind'];
  lineId?: string;
  amountPence?: number;
  by: string;
  reason: string;
}

/** Records an authorised exception (a late claim, a line over its cap) with who and why. */
export async function addOverride(
  db: TwoFeetDb,
  claimId: string,
  input: OverrideInput,
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<StoredClaim, OverrideField>> {
  const checked = validateOverride(input, ctx.now);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.claims, db.auditLog, async () => {
    const current = await db.claims.get(claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.status !== 'draft' && current.status !== 'submitted') {
      return {
        ok: false,
        conflict: `A ${CLAIM_STATUS_LABELS[current.status].toLowerCase()} claim needs no override.`,
      };
    }
    if (checked.value.lineId && !current.lines.some((l) => l.id === checked.value.lineId)) {
      return { ok: false, errors: { lineId: 'That line is no longer on the claim.' } };
    }
    const claim: StoredClaim = {
      ...current,
      ...nextMeta(current, ctx),
      overrides: [...current.overrides, checked.value],
    };
    await db.claims.put(claim);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'claim-override',
      summary:
        checked.value.kind === 'late'
          ? 'Accepted a late expense claim.'
          : 'Allowed an expense claim line over its limit.',
      subject: { table: 'claims', id: claimId },
    });
    return { ok: true, value: claim };
  });
}

export interface BatchPaidOutcome {
  paid: number;
  /** Claims in the batch that were not approved, so stayed as they were. */
  refused: number;
}

/** "Mark this batch paid": every approved claim of an exported batch, in one transaction. */
export async function markClaimsPaid(
  db: TwoFeetDb,
  claimIds: readonly string[],
  ctx: CommandContext,
  ids: () => string = newId,
): Promise<CommandResult<BatchPaidOutcome>> {
  return db.transaction('rw', db.claims, db.auditLog, async () => {
    const found = await db.claims.bulkGet([...claimIds]);
    const claims = found.filter((c): c is StoredClaim => c !== undefined);
    const batch = markBatchPaid(claims, ctx);
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const { claim, audit } of batch.paid) {
      const before = byId.get(claim.id);
      if (before) await record(db, before, claim, audit, ctx, ids);
    }
    return {
      ok: true,
      value: {
        paid: batch.paid.length,
        refused: batch.refused.length + claimIds.length - claims.length,
      },
    };
  });
}
