import type { ClaimField, ClaimInput, Declaration } from '../../domain/expenses/claim';
import { emptyDeclaration, validateClaim } from '../../domain/expenses/claim';
import { type CommandContext, createdMeta, nextMeta } from '../../domain/record';
import { appendAudit } from '../audit';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from '../command-result';
import type { TwoFeetDb } from '../db';
import { newId } from '../ids';
import { attendedEvent, attendees } from './claim-context';
import type { StoredClaim } from './records';

/**
 * Writing a claim: its details and the declaration. Lines and receipts are in
 * line-commands.ts, status changes in workflow-commands.ts. Each command is one transaction
 * and writes nothing unless it answers ok.
 */

export type IdSource = () => string;

/** What the claim's details form edits; lines and the declaration have their own commands. */
export type ClaimDetails = Pick<
  ClaimInput,
  | 'claimantId'
  | 'claimantRole'
  | 'onBehalfOfPersonId'
  | 'eventId'
  | 'costCode'
  | 'paymentDetailsRef'
>;

export const NOT_A_DRAFT =
  'This claim has been submitted, so it can no longer be changed. If it needs fixing, finance can reject it with a reason and it can be reopened.';

const CLAIM_TABLES = (db: TwoFeetDb) => [
  db.claims,
  db.people,
  db.events,
  db.attendance,
  db.auditLog,
];

async function checkReferences(
  db: TwoFeetDb,
  details: ClaimDetails,
): Promise<Partial<Record<ClaimField, string>> | undefined> {
  const errors: Partial<Record<ClaimField, string>> = {};
  if (!(await db.people.get(details.claimantId))) {
    errors.claimantId = 'This person is no longer on the register. Choose someone else.';
  }
  if (details.onBehalfOfPersonId && !(await db.people.get(details.onBehalfOfPersonId))) {
    errors.onBehalfOfPersonId = 'This person is no longer on the register. Choose someone else.';
  }
  if (!(await db.events.get(details.eventId))) {
    errors.eventId = 'This event no longer exists. Choose another.';
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** A new draft claim with no lines yet; attendance is read from check-in. */
export async function createClaim(
  db: TwoFeetDb,
  details: ClaimDetails,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<StoredClaim, ClaimField>> {
  const checked = validateClaim({
    ...details,
    lines: [],
    declaration: emptyDeclaration(),
    attendanceConfirmed: false,
  });
  if (!checked.ok) return checked;
  return db.transaction('rw', CLAIM_TABLES(db), async () => {
    const problems = await checkReferences(db, checked.value);
    if (problems) return { ok: false, errors: problems };
    const claim: StoredClaim = {
      ...checked.value,
      ...createdMeta(ids(), ctx),
      attendanceConfirmed: await attendedEvent(db, checked.value.eventId, attendees(checked.value)),
      status: 'draft',
      submittedAt: null,
      overrides: [],
      createdBy: ctx.actor,
      trail: [],
    };
    await db.claims.add(claim);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'claim-created',
      summary: 'Started an expense claim.',
      subject: { table: 'claims', id: claim.id },
    });
    return { ok: true, value: claim };
  });
}

/** Changes a draft's claimant, event, cost code or payment reference. */
export async function updateClaimDetails(
  db: TwoFeetDb,
  claimId: string,
  expectedVersion: number,
  details: ClaimDetails,
  ctx: CommandContext,
): Promise<CommandResult<StoredClaim, ClaimField>> {
  return db.transaction('rw', CLAIM_TABLES(db), async () => {
    const current = await db.claims.get(claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
    const checked = validateClaim({ ...current, ...details });
    if (!checked.ok) return checked;
    const problems = await checkReferences(db, checked.value);
    if (problems) return { ok: false, errors: problems };
    const claim: StoredClaim = {
      ...current,
      ...checked.value,
      ...nextMeta(current, ctx),
      attendanceConfirmed: await attendedEvent(db, checked.value.eventId, attendees(checked.value)),
    };
    if (!checked.value.onBehalfOfPersonId) delete claim.onBehalfOfPersonId;
    await db.claims.put(claim);
    return { ok: true, value: claim };
  });
}

/** Ticks or unticks the claimant's declaration on a draft. */
export async function setDeclaration(
  db: TwoFeetDb,
  claimId: string,
  declaration: Declaration,
  ctx: CommandContext,
): Promise<CommandResult<StoredClaim>> {
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(claimId);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.status !== 'draft') return { ok: false, conflict: NOT_A_DRAFT };
    const claim: StoredClaim = {
      ...current,
      ...nextMeta(current, ctx),
      declaration: { ...declaration },
    };
    await db.claims.put(claim);
    return { ok: true, value: claim };
  });
}
