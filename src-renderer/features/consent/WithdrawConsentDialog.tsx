import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { WithdrawalOutcome } from '../../data/consent-commands';
import { withdrawConsent } from '../../data/consent-commands';
import type { ConsentMethod } from '../../domain/people/consent';
import { CONSENT_METHODS, METHOD_LABELS } from '../../domain/people/consent';
import type { ConsentPurpose } from '../../domain/people/consent-purposes';
import { PURPOSE_LABELS, WITHDRAWAL_EFFECTS } from '../../domain/people/consent-purposes';
import type { Person } from '../../domain/people/person';
import { displayName } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { useFormSubmit } from '../../ui/use-form-submit';
import { RadioGroup } from './RadioGroup';

/** Withdrawing is as easy as giving: one choice of how they said so, then one button. */
export function WithdrawConsentDialog({
  person,
  purpose,
  onClose,
}: {
  person: Person;
  purpose: ConsentPurpose;
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const { errors, formError, saving, submit } = useFormSubmit<
    WithdrawalOutcome,
    'purpose' | 'method' | 'at'
  >(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ctx = commandContext();
    const done = await submit(() =>
      withdrawConsent(db, person.id, { purpose, method, at: ctx.now }, ctx),
    );
    if (done) {
      const removed = [
        ...done.removedDetails,
        ...(done.removedAnswers > 0 ? ['equality monitoring answers it covered'] : []),
      ];
      announce(
        `Consent withdrawn: ${PURPOSE_LABELS[purpose]}.${
          removed.length > 0 ? ` Removed ${removed.join(', ')}.` : ''
        }`,
      );
      onClose();
    }
  }

  const problem = errors.purpose ?? errors.at ?? formError;
  return (
    <Dialog title={`Withdraw consent: ${PURPOSE_LABELS[purpose]}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <p>
          {displayName(person)} no longer agrees to “{PURPOSE_LABELS[purpose]}”. This adds a
          withdrawal to their consent history; the earlier record stays.
        </p>
        <p className="notice notice--warning">{WITHDRAWAL_EFFECTS[purpose]}</p>
        <RadioGroup
          legend="How did they tell you?"
          value={method}
          options={CONSENT_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          onChange={setMethod}
          error={errors.method}
          inline
        />
        {problem && (
          <div className="notice notice--error" role="alert">
            {problem}
          </div>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            data-autofocus
            onClick={onClose}
          >
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={saving}>
            Withdraw consent
          </button>
        </div>
      </form>
    </Dialog>
  );
}
