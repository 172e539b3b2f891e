import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import type { ErasureOutcome } from '../../data/rights-commands';
import { erasePerson } from '../../data/rights-commands';
import type { Person } from '../../domain/people/person';
import type { DetailKind } from '../../domain/people/personal-data-search';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';

type EraseField = 'requestReference' | 'confirmName';

function sharedNote(shared: readonly DetailKind[]): string {
  if (shared.length === 0) return '';
  return ` Their ${[...new Set(shared)].join(', ')} is shared with someone else on the register, so it was left in that person’s records.`;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/**
 * Once the element `waitFor` is on screen (the next page has rendered), focuses `target`. Gives
 * up after about two seconds, leaving focus where it is.
 */
function focusWhenShown(waitFor: string, target: string, framesLeft = 120): void {
  if (document.getElementById(waitFor)) {
    document.getElementById(target)?.focus();
  } else if (framesLeft > 0) {
    requestAnimationFrame(() => focusWhenShown(waitFor, target, framesLeft - 1));
  }
}

/** Erasure cannot be undone, so the user types the person's name to confirm. */
export function EraseDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [typed, setTyped] = useState('');
  const [reference, setReference] = useState('');
  const { errors, formError, saving, submit } = useFormSubmit<ErasureOutcome, EraseField>(formRef);

  async function erase(event: React.FormEvent) {
    event.preventDefault();
    const done = await submit(async () => {
      if (normalise(typed) !== normalise(person.name)) {
        return {
          ok: false,
          errors: { confirmName: `Type their name, ${person.name}, to confirm.` },
        };
      }
      return erasePerson(db, person.id, { requestReference: reference }, commandContext());
    });
    if (done) {
      window.location.hash = routeHref('people');
      onClose();
      focusWhenShown('people-title', 'main');
      announce(
        `The person was erased: ${done.deleted} records deleted, ${done.anonymised} anonymised.${sharedNote(done.sharedDetails)}`,
      );
    }
  }

  return (
    <Dialog title="Erase this person?" onClose={onClose}>
      <form ref={formRef} onSubmit={erase} noValidate>
        <div className="notice notice--error">
          <p>
            <strong>This cannot be undone.</strong> {person.name}’s details, memberships, consent
            records and equality answers will be deleted. Their attendance at events is kept without
            their name, so that event numbers stay right. An audit entry records that an erasure
            happened, with counts only.
          </p>
        </div>
        <TextField
          label={`Type their name to confirm: ${person.name}`}
          value={typed}
          onChange={setTyped}
          error={errors.confirmName}
          autoFocus
        />
        <TextField
          label="Request reference (optional)"
          hint="For example ERASE-2026-004. Do not put their name, email or phone here."
          value={reference}
          onChange={setReference}
          error={errors.requestReference}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Erase for ever"
          onCancel={onClose}
          danger
        />
      </form>
    </Dialog>
  );
}
