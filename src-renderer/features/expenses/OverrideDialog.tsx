import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { StoredClaim } from '../../data/expenses/records';
import { addOverride } from '../../data/expenses/workflow-commands';
import type { ClaimCheck, OverrideField } from '../../domain/expenses/checks';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';

/** An authorised exception: a named person and their reason, kept on the claim form. */
export function OverrideDialog({
  claimId,
  check,
  onClose,
}: {
  claimId: string;
  check: ClaimCheck;
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const { errors, formError, saving, submit } = useFormSubmit<StoredClaim, OverrideField>(formRef);
  const kind = check.kind === 'late' ? 'late' : 'over-cap';

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      kind,
      by,
      reason,
      ...(kind === 'over-cap' && check.lineId ? { lineId: check.lineId } : {}),
      ...(kind === 'over-cap' && check.amountPence !== undefined
        ? { amountPence: check.amountPence }
        : {}),
    } as const;
    const saved = await submit(() => addOverride(db, claimId, input, commandContext()));
    if (saved) {
      announce('Authorisation recorded.');
      onClose();
    }
  }

  return (
    <Dialog
      title={kind === 'late' ? 'Accept a late claim' : 'Allow a cost over its limit'}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={save} noValidate>
        <p>{check.message}</p>
        <TextField
          label="Authorised by"
          hint="The name of the person in finance who agreed it"
          value={by}
          error={errors.by}
          onChange={setBy}
        />
        <TextAreaField
          label="Reason"
          value={reason}
          error={errors.reason ?? errors.lineId}
          onChange={setReason}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Record authorisation"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
