import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { recordInvolvement } from '../../data/expenses/involvement-commands';
import type { StoredInvolvement } from '../../data/expenses/records';
import type { InvolvementField, InvolvementPaymentInput } from '../../domain/expenses/involvement';
import type { InvolvementDuration } from '../../domain/expenses/policy';
import { INVOLVEMENT_DURATIONS, INVOLVEMENT_DURATION_LABELS } from '../../domain/expenses/policy';
import { formatPence } from '../../domain/expenses/money';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { personOptions, useEventPeople } from './use-event-people';

/** Records an involvement payment, or that the person declined it (kept, at £0). */
export function InvolvementDialog({ onClose }: { onClose: () => void }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<InvolvementPaymentInput>({
    personId: '',
    eventId: '',
    duration: 'up-to-4-hours',
    declined: false,
  });
  const { errors, formError, saving, submit } = useFormSubmit<StoredInvolvement, InvolvementField>(
    formRef,
  );
  const events = useLiveQuery(() => db.events.orderBy('date').reverse().toArray(), [db], []);
  const people = useEventPeople(input.eventId) ?? [];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() => recordInvolvement(db, input, commandContext()));
    if (saved) {
      announce(
        saved.declined
          ? 'Recorded that the payment was declined.'
          : `Involvement payment of ${formatPence(saved.amountPence)} recorded.`,
      );
      onClose();
    }
  }

  return (
    <Dialog title="Record an involvement payment" onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <SelectField
          label="Event"
          value={input.eventId}
          error={errors.eventId ?? errors.eventDate}
          options={[
            { value: '', label: 'Choose the event' },
            ...events.map((e) => ({ value: e.id, label: `${e.title} (${e.date})` })),
          ]}
          onChange={(eventId) => setInput({ ...input, eventId, personId: '' })}
        />
        <SelectField
          label="Who took part"
          value={input.personId}
          error={errors.personId}
          options={personOptions(people)}
          onChange={(personId) => setInput({ ...input, personId })}
        />
        <SelectField<InvolvementDuration>
          label="How long"
          hint="The rate comes from the policy in force on the event date"
          value={input.duration}
          error={errors.duration}
          options={INVOLVEMENT_DURATIONS.map((d) => ({
            value: d,
            label: INVOLVEMENT_DURATION_LABELS[d],
          }))}
          onChange={(duration) => setInput({ ...input, duration })}
        />
        <Checkbox
          label="They declined the payment (recorded at £0, never sent to payroll)"
          checked={input.declined}
          onChange={(declined) => setInput({ ...input, declined })}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Record payment"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
