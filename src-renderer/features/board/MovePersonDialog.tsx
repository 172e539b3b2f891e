import { useState } from 'react';
import type { BoardStepResult } from '../../data/board-history';
import type { Location } from '../../domain/board/movement';
import { announcePersonDrop } from '../../domain/board/announcements';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import type { Place } from './slot-places';
import { useBoardApi } from './use-board';

interface Props {
  personId: string;
  places: readonly Place[];
  onMove: (personId: string, to: Location) => Promise<BoardStepResult>;
  onClose: () => void;
}

/** Moving someone without dragging: the same command as a drop, chosen from a list. */
export function MovePersonDialog({ personId, places, onMove, onClose }: Props) {
  const { loaded } = useBoardApi();
  const announce = useAnnounce();
  const name = loaded.personName(personId);
  const home = places.find((p) => p.people.includes(personId));
  const [target, setTarget] = useState(home?.dropId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function move(event: React.FormEvent) {
    event.preventDefault();
    const place = places.find((p) => p.dropId === target);
    if (!place || place === home) {
      setError(`Choose where ${name} is going.`);
      return;
    }
    setSaving(true);
    const result = await onMove(personId, place.location);
    setSaving(false);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    announce(announcePersonDrop(name, place.name));
    onClose();
  }

  return (
    <Dialog title={`Move ${name}`} onClose={onClose}>
      <form onSubmit={move} noValidate>
        <SelectField
          label="Move to"
          value={target}
          options={places.map((p) => ({
            value: p.dropId,
            label: `${p.name} (${p.people.length === 1 ? '1 person' : `${p.people.length} people`})`,
          }))}
          onChange={setTarget}
        />
        <FormFooter error={error} saving={saving} submitLabel="Move" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
