import { useState } from 'react';
import { checkText, LIMITS } from '../../domain/text';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';

/** Rejecting needs a reason the claimant can act on. */
export function RejectDialog({
  onReject,
  onClose,
}: {
  onReject: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function save(event: React.FormEvent) {
    event.preventDefault();
    const problem = checkText(reason, {
      label: 'the reason, so the claimant knows what to fix',
      required: true,
      max: LIMITS.longText,
    });
    if (problem) {
      setError(problem);
      (event.currentTarget as HTMLFormElement).querySelector('textarea')?.focus();
      return;
    }
    onReject(reason);
  }

  return (
    <Dialog title="Reject this claim" onClose={onClose}>
      <form onSubmit={save} noValidate>
        <TextAreaField
          label="Reason for rejecting"
          hint="Say what to fix: it is shown on the claim and printed on the claim form"
          value={reason}
          error={error}
          onChange={setReason}
        />
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--danger">
            Reject claim
          </button>
        </div>
      </form>
    </Dialog>
  );
}
