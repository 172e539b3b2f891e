import type { CommandContext } from '../record';
import { LIMITS, checkText } from '../text';
import type { ClaimStatus } from './claim';
import { CLAIM_STATUS_LABELS } from './claim';
import type { ClaimLine } from './lines';
import { sumPence } from './money';

/**
 * The life of a claim: draft → submitted → approved → paid, or submitted → rejected (with a
 * reason) → draft again to be fixed and resubmitted. Paid is final. Every change produces an
 * audit entry that the data layer appends in the same transaction; entries are never edited.
 */
const NEXT: Record<ClaimStatus, readonly ClaimStatus[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'rejected'],
  rejected: ['draft'],
  approved: ['paid'],
  paid: [],
};

export interface AuditEntry {
  claimId: string;
  from: ClaimStatus;
  to: ClaimStatus;
  by: string;
  /** ISO timestamp. */
  at: string;
  reason?: string;
}

/** The fields the workflow reads and writes (a stored `Claim` fits). */
export interface WorkflowClaim {
  id: string;
  status: ClaimStatus;
  submittedAt: string | null;
  attendanceConfirmed: boolean;
}

export type StatusChange<T> =
  { ok: true; claim: T; audit: AuditEntry } | { ok: false; message: string };

export function allowedNext(status: ClaimStatus): readonly ClaimStatus[] {
  return NEXT[status];
}

/**
 * Moves a claim to a new status, or says in plain words why it cannot. Submitting does not
 * re-run the claim checks: call `canSubmit` first, in the same command.
 */
export function changeStatus<T extends WorkflowClaim>(
  claim: T,
  to: ClaimStatus,
  ctx: CommandContext,
  reason = '',
): StatusChange<T> {
  const from = claim.status;
  if (!NEXT[from].includes(to)) {
    return {
      ok: false,
      message: `A ${CLAIM_STATUS_LABELS[from].toLowerCase()} claim cannot be marked ${CLAIM_STATUS_LABELS[to].toLowerCase()}.${hint(from)}`,
    };
  }
  if (to === 'rejected') {
    const problem = checkText(reason, {
      label: 'the reason for rejecting it, so the claimant knows what to fix',
      required: true,
      max: LIMITS.longText,
    });
    if (problem) return { ok: false, message: problem };
  }
  if (to === 'approved' && !claim.attendanceConfirmed) {
    return {
      ok: false,
      message:
        'Confirm the claimant attended the event (from check-in or by staff) before approving.',
    };
  }
  const audit: AuditEntry = { claimId: claim.id, from, to, by: ctx.actor, at: ctx.now };
  if (reason.trim() !== '') audit.reason = reason.trim();
  const submittedAt =
    to === 'submitted' && claim.submittedAt === null ? ctx.now : claim.submittedAt;
  return { ok: true, claim: { ...claim, status: to, submittedAt }, audit };
}

function hint(from: ClaimStatus): string {
  switch (from) {
    case 'draft':
      return ' Submit it first.';
    case 'rejected':
      return ' Reopen it as a draft, fix it and submit it again.';
    case 'paid':
      return ' It has been paid and can no longer change.';
    default:
      return '';
  }
}

export interface BatchPaid<T> {
  paid: { claim: T; audit: AuditEntry }[];
  refused: { claimId: string; message: string }[];
}

/** Marks an exported batch paid in one step; claims not yet approved are listed, not changed. */
export function markBatchPaid<T extends WorkflowClaim>(
  claims: readonly T[],
  ctx: CommandContext,
): BatchPaid<T> {
  const result: BatchPaid<T> = { paid: [], refused: [] };
  for (const claim of claims) {
    const change = changeStatus(claim, 'paid', ctx);
    if (change.ok) result.paid.push({ claim: change.claim, audit: change.audit });
    else result.refused.push({ claimId: claim.id, message: change.message });
  }
  return result;
}

/** One row of the finance queue: the claim and the event date it is filtered by. */
export interface QueueItem {
  claim: {
    id: string;
    claimantId: string;
    eventId: string;
    status: ClaimStatus;
    lines: readonly ClaimLine[];
  };
  eventDate: string;
}

export interface QueueFilter {
  eventId?: string;
  statuses?: readonly ClaimStatus[];
  /** Event dates from and to, inclusive ("YYYY-MM-DD"); either may be left out. */
  from?: string;
  to?: string;
  claimantId?: string;
}

/** The finance queue filtered by event, status, event date range and claimant. */
export function filterQueue<T extends QueueItem>(items: readonly T[], filter: QueueFilter): T[] {
  return items.filter(({ claim, eventDate }) => {
    if (filter.eventId && claim.eventId !== filter.eventId) return false;
    if (filter.claimantId && claim.claimantId !== filter.claimantId) return false;
    if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(claim.status)) {
      return false;
    }
    if (filter.from && eventDate < filter.from) return false;
    if (filter.to && eventDate > filter.to) return false;
    return true;
  });
}

export interface QueueTotals {
  claims: number;
  lines: number;
  totalPence: number;
  byStatus: Record<ClaimStatus, { claims: number; totalPence: number }>;
}

export function queueTotals(items: readonly QueueItem[]): QueueTotals {
  const byStatus = {} as Record<ClaimStatus, { claims: number; totalPence: number }>;
  for (const status of Object.keys(NEXT) as ClaimStatus[]) {
    byStatus[status] = { claims: 0, totalPence: 0 };
  }
  let lines = 0;
  let totalPence = 0;
  for (const { claim } of items) {
    const claimTotal = sumPence(claim.lines.map((l) => l.amountPence));
    lines += claim.lines.length;
    totalPence = sumPence([totalPence, claimTotal]);
    const bucket = byStatus[claim.status];
    bucket.claims += 1;
    bucket.totalPence = sumPence([bucket.totalPence, claimTotal]);
  }
  return { claims: items.length, lines, totalPence, byStatus };
}
