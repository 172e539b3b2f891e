import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import {
  attendedEvent,
  attendees,
  claimChecks,
  loadPolicies,
} from '../../data/expenses/claim-context';
import type { Receipt, StoredClaim } from '../../data/expenses/records';
import type { ClaimCheck } from '../../domain/expenses/checks';
import type { ExpensePolicyInput } from '../../domain/expenses/policy';
import type { TaskforceEvent } from '../../domain/event';
import { displayName } from '../../domain/people/person';

export interface ClaimData {
  claim: StoredClaim;
  event: TaskforceEvent | undefined;
  claimantName: string;
  onBehalfOfName: string;
  /** Receipts of this claim, without needing their bytes on screen. */
  receipts: Receipt[];
  /** Read from check-in now, which may be newer than what the claim stored. */
  attended: boolean;
  checks: ClaimCheck[];
  policies: ExpensePolicyInput[];
}

/** Everything the claim page shows, re-read whenever any of it changes. */
export function useClaimData(claimId: string): ClaimData | null | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return null;
    const [event, claimant, partner, receipts, policies, attended] = await Promise.all([
      db.events.get(claim.eventId),
      db.people.get(claim.claimantId),
      claim.onBehalfOfPersonId ? db.people.get(claim.onBehalfOfPersonId) : undefined,
      db.receipts.where('claimId').equals(claimId).toArray(),
      loadPolicies(db),
      attendedEvent(db, claim.eventId, attendees(claim)),
    ]);
    const checks = await claimChecks(
      db,
      { ...claim, attendanceConfirmed: attended },
      new Date().toISOString(),
      policies,
    );
    return {
      claim,
      event,
      claimantName: claimant ? displayName(claimant) : 'Not on the register',
      onBehalfOfName: partner ? displayName(partner) : '',
      receipts,
      attended,
      checks,
      policies,
    };
  }, [db, claimId]);
}
