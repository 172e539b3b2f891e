import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { changeClaimStatus } from '../../data/expenses/workflow-commands';
import { describeStorageError } from '../../data/storage-errors';
import { canSubmit } from '../../domain/expenses/checks';
import type { ClaimStatus } from '../../domain/expenses/claim';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { ClaimFormButton } from './ClaimFormButton';
import { RejectDialog } from './RejectDialog';
import type { ClaimData } from './use-claim-data';

const DONE: Record<ClaimStatus, string> = {
  draft: 'Claim reopened as a draft. Fix it, then submit it again.',
  submitted: 'Claim submitted to finance.',
  approved: 'Claim approved.',
  rejected: 'Claim rejected. The reason is on the claim.',
  paid: 'Claim marked paid.',
};

/** What can happen to the claim next, by status: submit, approve, reject, reopen, pay. */
export function StatusActions({ data }: { data: ClaimData }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const { claim } = data;
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<'none' | 'reject' | 'pay'>('none');
  const readiness = canSubmit(claim, data.checks, claim.overrides);
  const lastRejection = [...claim.trail].reverse().find((e) => e.to === 'rejected');

  async function move(to: ClaimStatus, reason = '') {
    setOpen('none');
    try {
      const result = await changeClaimStatus(db, claim.id, to, reason, commandContext());
      if (result.ok) {
        setProblem(null);
        announce(DONE[to]);
      } else {
        setProblem('conflict' in result ? result.conflict : (result.errors.status ?? null));
      }
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  }

  return (
    <section aria-labelledby="actions-title" className="settings-block">
      <h2 id="actions-title">Finance</h2>
      {claim.status === 'draft' && !readiness.ok && (
        <div className="notice notice--warning">
          <p>Before it can be submitted:</p>
          <ul>
            {readiness.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {claim.status === 'rejected' && lastRejection && (
        <p className="notice notice--error">
          Rejected by {lastRejection.by}: {lastRejection.reason}
        </p>
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          {problem}
        </div>
      )}
      <div className="form-actions">
        {claim.status === 'draft' && (
          <button type="button" className="button" onClick={() => move('submitted')}>
            Submit claim
          </button>
        )}
        {claim.status === 'submitted' && (
          <>
            <button type="button" className="button" onClick={() => move('approved')}>
              Approve
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setOpen('reject')}
            >
              Reject
            </button>
          </>
        )}
        {claim.status === 'rejected' && (
          <button type="button" className="button" onClick={() => move('draft')}>
            Reopen to fix
          </button>
        )}
        {claim.status === 'approved' && (
          <button type="button" className="button" onClick={() => setOpen('pay')}>
            Mark paid
          </button>
        )}
        <ClaimFormButton data={data} />
      </div>
      {open === 'reject' && (
        <RejectDialog
          onReject={(reason) => move('rejected', reason)}
          onClose={() => setOpen('none')}
        />
      )}
      {open === 'pay' && (
        <ConfirmDialog
          title="Mark this claim paid?"
          message={<p>Paid is final: the claim can no longer change.</p>}
          confirmLabel="Mark paid"
          onConfirm={() => move('paid')}
          onCancel={() => setOpen('none')}
        />
      )}
    </section>
  );
}
