import { useRef, useState } from 'react';
import { newId } from '../../data/ids';
import type { Space, SpaceAccessibility, SpaceField, SpaceInput } from '../../domain/board/grid';
import { validateSpace } from '../../domain/board/grid';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useBoardApi } from './use-board';
import { useBoardForm } from './use-board-form';

const ACCESS_LABELS: Record<keyof SpaceAccessibility, string> = {
  stepFree: 'Step-free access',
  hearingLoop: 'Hearing loop',
  quiet: 'Quiet space',
};

/** A space: a room, a corner or a table, with how many it holds and its accessibility. */
export function SpaceFormDialog({ existing, onClose }: { existing?: Space; onClose: () => void }) {
  const { loaded } = useBoardApi();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(existing?.name ?? '');
  const [capacity, setCapacity] = useState(existing ? String(existing.capacity) : '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [access, setAccess] = useState<SpaceAccessibility>(
    existing
      ? { ...existing.accessibility }
      : { stepFree: false, hearingLoop: false, quiet: false },
  );
  const [spaceId] = useState(() => existing?.id ?? newId());
  const { errors, formError, saving, submit } = useBoardForm<SpaceInput, SpaceField>(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const others = Object.values(loaded.state.spaces).filter((s) => s.id !== spaceId);
    const input: SpaceInput = {
      name,
      capacity: /^\s*\d+\s*$/.test(capacity) ? Number(capacity) : Number.NaN,
      accessibility: access,
      notes,
    };
    const done = await submit(validateSpace(input, others), (value) =>
      existing
        ? { type: 'space.edit', spaceId, input: value }
        : { type: 'space.add', spaceId, input: value },
    );
    if (done) {
      announce(`Space ${name.trim()} saved.`);
      onClose();
    }
  }

  return (
    <Dialog title={existing ? `Edit ${existing.name}` : 'Add a space'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextField
          label="Name"
          value={name}
          onChange={setName}
          error={errors.name}
          required
          autoFocus
        />
        <TextField
          label="Capacity"
          hint="How many people it holds comfortably."
          value={capacity}
          onChange={setCapacity}
          error={errors.capacity}
          required
        />
        <fieldset className="group">
          <legend>Accessibility</legend>
          {(Object.keys(ACCESS_LABELS) as (keyof SpaceAccessibility)[]).map((key) => (
            <Checkbox
              key={key}
              label={ACCESS_LABELS[key]}
              checked={access[key]}
              onChange={(checked) => setAccess((a) => ({ ...a, [key]: checked }))}
            />
          ))}
          <TextAreaField
            label="Accessibility notes"
            hint="For example: up one flight of stairs; bring a microphone."
            value={notes}
            onChange={setNotes}
            error={errors.notes}
            rows={2}
          />
        </fieldset>
        <FormFooter error={formError} saving={saving} submitLabel="Save space" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
