import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import type { ClaimDetails } from '../../data/expenses/claim-commands';
import { createClaim, updateClaimDetails } from '../../data/expenses/claim-commands';
import type { StoredClaim } from '../../data/expenses/records';
import type { ClaimField, ClaimantRole } from '../../domain/expenses/claim';
import { CLAIMANT_ROLES, CLAIMANT_ROLE_LABELS } from '../../domain/expenses/claim';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { personOptions, useEventPeople } from './use-event-people';

function detailsOf(claim: StoredClaim | undefined): ClaimDetails {
  return {
    claimantId: claim?.claimantId ?? '',
    claimantRole: claim?.claimantRole ?? 'participant',
    onBehalfOfPersonId: claim?.onBehalfOfPersonId ?? '',
    eventId: claim?.eventId ?? '',
    costCode: claim?.costCode ?? '',
    paymentDetailsRef: claim?.paymentDetailsRef ?? '',
  };
}

/** Starts a claim (or edits a draft's details): who is claiming, for which event, cost code. */
export function NewClaimDialog({ claim, onClose }: { claim?: StoredClaim; onClose: () => void }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [details, setDetails] = useState<ClaimDetails>(() => detailsOf(claim));
  const { errors, formError, saving, submit } = useFormSubmit<StoredClaim, ClaimField>(formRef);
  const events = useLiveQuery(() => db.events.orderBy('date').reverse().toArray(), [db]);
  const people = useEventPeople(details.eventId) ?? [];
  const set = (patch: Partial<ClaimDetails>) => setDetails((d) => ({ ...d, ...patch }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ctx = commandContext();
    const saved = await submit(() =>
      claim
        ? updateClaimDetails(db, claim.id, claim.version, details, ctx)
        : createClaim(db, details, ctx),
    );
    if (!saved) return;
    announce(claim ? 'Claim details saved.' : 'Claim started. Add the costs next.');
    onClose();
    if (!claim) window.location.hash = routeHref('expenses', 'claims', saved.id);
  }

  return (
    <Dialog title={claim ? 'Claim details' : 'New claim'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        {events?.length === 0 && (
          <p className="notice notice--warning">Add the event in Events before claiming for it.</p>
        )}
        <SelectField
          label="Event"
          value={details.eventId}
          error={errors.eventId}
          options={[
            { value: '', label: 'Choose the event' },
            ...(events ?? []).map((e) => ({ value: e.id, label: `${e.title} (${e.date})` })),
          ]}
          onChange={(eventId) => set({ eventId, claimantId: '', onBehalfOfPersonId: '' })}
        />
        <SelectField
          label="Who is claiming"
          hint={
            details.eventId && people.length === 0
              ? 'No one is on this event’s list yet. Check people in at the event first.'
              : 'People on the event’s list; check-in confirms they attended.'
          }
          value={details.claimantId}
          error={errors.claimantId}
          options={personOptions(people)}
          onChange={(claimantId) => set({ claimantId })}
        />
        <SelectField<ClaimantRole>
          label="Claiming as"
          value={details.claimantRole}
          error={errors.claimantRole}
          options={CLAIMANT_ROLES.map((r) => ({ value: r, label: CLAIMANT_ROLE_LABELS[r] }))}
          onChange={(claimantRole) => set({ claimantRole })}
        />
        {details.claimantRole !== 'participant' && (
          <SelectField
            label="Participant they came with"
            value={details.onBehalfOfPersonId ?? ''}
            error={errors.onBehalfOfPersonId}
            options={personOptions(people.filter((p) => p.id !== details.claimantId))}
            onChange={(onBehalfOfPersonId) => set({ onBehalfOfPersonId })}
          />
        )}
        <TextField
          label="Cost code"
          hint="The budget code finance pays this from"
          value={details.costCode}
          error={errors.costCode}
          onChange={(costCode) => set({ costCode })}
        />
        <TextField
          label="Payment details reference"
          hint="Where finance holds the bank details (never the details themselves)"
          value={details.paymentDetailsRef}
          error={errors.paymentDetailsRef}
          onChange={(paymentDetailsRef) => set({ paymentDetailsRef })}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={claim ? 'Save details' : 'Start claim'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
