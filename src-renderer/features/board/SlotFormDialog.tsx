import { useRef, useState } from 'react';
import { newId } from '../../data/ids';
import type { Slot, SlotField, SlotInput, SlotKind } from '../../domain/board/grid';
import { slotInput, slotTimes, validateSlot } from '../../domain/board/grid';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useBoardApi } from './use-board';
import { useBoardForm } from './use-board-form';

const KINDS: { value: SlotKind; label: string }[] = [
  { value: 'session', label: 'Session (topics go here)' },
  { value: 'break', label: 'Break' },
];

/** A time slot: start, end, an optional label, and whether it is a session or a break. */
export function SlotFormDialog({ existing, onClose }: { existing?: Slot; onClose: () => void }) {
  const { loaded } = useBoardApi();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<SlotInput>(
    existing ? slotInput(existing) : { label: '', start: '', end: '', kind: 'session' },
  );
  const [slotId] = useState(() => existing?.id ?? newId());
  const { errors, formError, saving, submit } = useBoardForm<SlotInput, SlotField>(formRef);
  const set =
    <K extends keyof SlotInput>(key: K) =>
    (value: SlotInput[K]) =>
      setInput((current) => ({ ...current, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const others = Object.values(loaded.state.slots).filter((s) => s.id !== slotId);
    const done = await submit(validateSlot(input, others), (value) =>
      existing
        ? { type: 'slot.edit', slotId, input: value }
        : { type: 'slot.add', slotId, input: value },
    );
    if (done) {
      announce(`Time slot ${slotTimes(input)} saved.`);
      onClose();
    }
  }

  return (
    <Dialog
      title={existing ? `Edit the ${slotTimes(existing)} slot` : 'Add a time slot'}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={save} noValidate>
        <div className="field-row">
          <TextField
            label="Start"
            type="time"
            value={input.start}
            onChange={set('start')}
            error={errors.start}
            required
            autoFocus
          />
          <TextField
            label="End"
            type="time"
            value={input.end}
            onChange={set('end')}
            error={errors.end}
            required
          />
        </div>
        <SelectField
          label="Kind"
          value={input.kind}
          options={KINDS}
          onChange={set('kind')}
          error={errors.kind}
        />
        <TextField
          label="Label"
          hint="Optional, for example “Session 2” or “Lunch”."
          value={input.label}
          onChange={set('label')}
          error={errors.label}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save time slot"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
