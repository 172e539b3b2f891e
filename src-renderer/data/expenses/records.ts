import type { Claim } from '../../domain/expenses/claim';
import type { InvolvementPayment } from '../../domain/expenses/involvement';
import type { ExpensePolicyInput } from '../../domain/expenses/policy';
import type { AuditEntry as StatusEntry } from '../../domain/expenses/workflow';
import type { RecordMeta } from '../../domain/record';

/**
 * How expense records are stored. A claim keeps its own approval trail (who moved it, when,
 * and a rejection's reason) so the claim form can print it; every change is also in the
 * app's audit log, without personal data.
 */
export interface StoredClaim extends Claim {
  createdBy: string;
  trail: StatusEntry[];
}

/** A receipt file (photo or PDF) attached to one line of one claim. */
export interface Receipt extends RecordMeta {
  claimId: string;
  lineId: string;
  name: string;
  /** MIME type, e.g. "image/jpeg" or "application/pdf". */
  type: string;
  /** Bytes. */
  size: number;
  bytes: Uint8Array;
  addedBy: string;
}

export interface StoredPolicy extends ExpensePolicyInput, RecordMeta {
  createdBy: string;
}

export interface StoredInvolvement extends InvolvementPayment, RecordMeta {
  recordedBy: string;
}
