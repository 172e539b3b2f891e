import type { CommandContext } from '../domain/record';
import type { TwoFeetDb } from './db';

/**
 * A readable, append-only log of who did what to the records that matter (consent given and
 * withdrawn, erasures, votes entered on someone's behalf, claim decisions, restores). An entry
 * names the record it is about but holds no personal data, so it can outlive an erasure.
 */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  /** e.g. "consent-recorded", "consent-withdrawn", "person-erased", "people-imported". */
  action: string;
  /** Plain English, without personal data: "Withdrew consent for photos and recordings." */
  summary: string;
  /** The table and id the entry is about, when there is one. */
  subject?: { table: string; id: string };
}

/** Call inside the command's own transaction (include db.auditLog in its tables). */
export async function appendAudit(
  db: TwoFeetDb,
  ctx: CommandContext,
  entry: Pick<AuditEntry, 'action' | 'summary' | 'subject'> & { id: string },
): Promise<void> {
  await db.auditLog.add({ ...entry, at: ctx.now, actor: ctx.actor });
}
