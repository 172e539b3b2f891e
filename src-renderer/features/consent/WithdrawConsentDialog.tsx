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
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { RadioGroup } from './RadioGroup';

/** Withdrawing is as easy as giving: one choice of how they said so, then one button. */
export function WithdrawConsentDialog({
  person,
  purpose,
  onClose,
  onWithdrawn,
  returnFocus,
}: {
  person: Person;
  purpose: ConsentPurpose;
  onClose: () => void;
  /** Called instead of onClose once the withdrawal is saved. */
  onWithdrawn: () => void;
  /** Where focus goes afterwards: the Withdraw button that opened this is gone by then. */
  returnFocus: () => HTMLElement | null;
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
      onWithdrawn();
    }
  }

  const problem = errors.purpose ?? errors.at ?? formError;
  return (
    <Dialog
      title={`Withdraw consent: ${PURPOSE_LABELS[purpose]}`}
      onClose={onClose}
      returnFocus={returnFocus}
    >
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
        <FormFooter
          error={problem ?? null}
          saving={saving}
          submitLabel="Withdraw consent"
          onCancel={onClose}
          danger
        />
      </form>
    </Dialog>
  );
}
