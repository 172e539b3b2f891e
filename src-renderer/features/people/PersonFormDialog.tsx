import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import {
  type PossibleDuplicate,
  createPerson,
  findDuplicatesOf,
  personInputOf,
  updatePerson,
} from '../../data/people-commands';
import { canStoreSpecialCategory, currentConsent } from '../../domain/people/consent';
import {
  type Person,
  type PersonField,
  type PersonInput,
  displayName,
  emptyPersonInput,
} from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { ContactFields } from './ContactFields';
import { focusPersonTitleOnArrival } from './person-title-focus';
import { DuplicateWarning } from './DuplicateWarning';
import { AccessNeedsGroup, CarerGroup, EmergencyContactGroup } from './person-form-groups';
import { FormFooter } from '../../ui/FormFooter';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

interface Props {
  /** Absent when adding someone new. */
  existing?: Person;
  onClose: () => void;
}

const NOT_ACKNOWLEDGED =
  'Open their record to check, or tick the box to say this is a different person.';

/** Add or edit a person; the consent rules come from the domain through the command. */
export function PersonFormDialog({ existing, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusAfterRender(() =>
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]'),
  );
  const [input, setInput] = useState<PersonInput>(() =>
    existing ? personInputOf(existing) : emptyPersonInput(),
  );
  const [acknowledged, setAcknowledged] = useState(false);
  const [duplicateError, setDuplicateError] = useState<string>();
  const { errors, formError, saving, submit } = useFormSubmit<Person, PersonField>(formRef);
  const duplicates = usePossibleDuplicates(input, existing?.id);
  const consent = useConsentHints(existing?.id);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (duplicates.length > 0 && !acknowledged) {
      setDuplicateError(NOT_ACKNOWLEDGED);
      focusFirstInvalid();
      return;
    }
    setDuplicateError(undefined);
    const ctx = commandContext();
    const saved = await submit(() =>
      existing
        ? updatePerson(db, existing.id, input, existing.version, ctx)
        : createPerson(db, input, ctx),
    );
    if (!saved) return;
    onClose();
    if (existing) {
      announce(`Details of ${displayName(saved)} saved.`);
    } else {
      announce(`${displayName(saved)} added. Record their consent next.`);
      focusPersonTitleOnArrival(saved.id);
      window.location.hash = routeHref('people', saved.id);
    }
  }

  return (
    <Dialog
      title={existing ? `Edit details of ${displayName(existing)}` : 'Add a person'}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={save} noValidate>
        <ContactFields
          values={input}
          errors={errors}
          onChange={(key, value) => setInput((current) => ({ ...current, [key]: value }))}
        />
        <TextAreaField
          label="Address"
          value={input.address}
          onChange={(address) => setInput((current) => ({ ...current, address }))}
          error={errors.address}
          rows={3}
        />
        <DuplicateWarning
          duplicates={duplicates}
          acknowledged={acknowledged}
          onAcknowledge={(value) => {
            setAcknowledged(value);
            if (value) setDuplicateError(undefined);
          }}
          error={duplicateError}
          onOpenRecord={onClose}
        />
        <AccessNeedsGroup input={input} errors={errors} onChange={setInput} hint={consent.health} />
        <CarerGroup input={input} errors={errors} onChange={setInput} hint={consent.health} />
        <EmergencyContactGroup
          input={input}
          errors={errors}
          onChange={setInput}
          hint={consent.keepDetails}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={existing ? 'Save details' : 'Add person'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** Looked up through the email and phone indexes as the user types. */
function usePossibleDuplicates(input: PersonInput, excludeId?: string): PossibleDuplicate[] {
  const { db } = useApp();
  const name = useDeferredValue(input.name);
  const email = useDeferredValue(input.email);
  const phone = useDeferredValue(input.phone);
  return useLiveQuery(
    () => findDuplicatesOf(db, { name, email, phone }, excludeId),
    [db, name, email, phone, excludeId],
    [],
  );
}

/** Says up front which parts need consent that this person has not given. */
function useConsentHints(personId?: string): { health?: string; keepDetails?: string } {
  const { db } = useApp();
  const records = useLiveQuery(
    () => (personId ? db.consentRecords.where('personId').equals(personId).toArray() : []),
    [db, personId],
  );
  if (!personId) {
    return {
      health:
        'Kept only with explicit consent for health data. Add the person first, record their consent on their page, then add these.',
      keepDetails:
        'Kept only while the person agrees to their details being kept. Add the person first and record that consent on their page.',
    };
  }
  if (!records) return {};
  return {
    health: canStoreSpecialCategory(records, 'health')
      ? undefined
      : 'Kept only with explicit consent for health data, which this person has not given. Record it in the Consent section of their page first.',
    keepDetails:
      currentConsent(records, 'keepDetails').status === 'granted'
        ? undefined
        : 'Kept only while the person agrees to their details being kept, which is not recorded yet. Record it in the Consent section of their page first.',
  };
}
