import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import {
  type WalkInField,
  type WalkInInput,
  type WalkInResult,
  checkInWalkIn,
  emptyWalkInInput,
} from '../../data/attendance-commands';
import type { Person } from '../../domain/people/person';
import { Dialog } from '../../ui/Dialog';
import { ContactFields } from '../people/ContactFields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { FormFooter } from '../../ui/FormFooter';

interface Props {
  eventId: string;
  /** What was typed in the search box, as a head start. */
  initialName: string;
  /** Where focus goes if the button that opened the dialog is gone when it closes. */
  returnFocus: () => HTMLElement | null;
  onClose: () => void;
  onCheckedIn: (person: Person) => void;
}

/** Someone new at the door: a few details, saved with their check-in in one go. */
export function WalkInDialog({ eventId, initialName, returnFocus, onClose, onCheckedIn }: Props) {
  const { db, commandContext } = useApp();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<WalkInInput>(() => ({
    ...emptyWalkInInput(),
    name: initialName,
  }));
  const { errors, formError, saving, submit } = useFormSubmit<WalkInResult, WalkInField>(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() => checkInWalkIn(db, eventId, input, commandContext()));
    if (saved) onCheckedIn(saved.person);
  }

  return (
    <Dialog title="Walk-in: add someone new" onClose={onClose} returnFocus={returnFocus}>
      <p>
        They are added to the register and checked in. Other details and consent can be recorded on
        their page later.
      </p>
      <form ref={formRef} onSubmit={save} noValidate>
        <ContactFields
          values={input}
          errors={errors}
          onChange={(key, value) => setInput((current) => ({ ...current, [key]: value }))}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Add and check in"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
