import { useState } from 'react';
import { announceDrop, previewDrop } from '../../domain/board/announcements';
import { cellId, cellName, slotsInOrder, spacesInOrder } from '../../domain/board/grid';
import { cellHolding } from '../../domain/board/placement';
import type { Topic } from '../../domain/board/topics';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { QUEUE_ID, cellDropId, spotOfDrop } from './drag-ids';
import { useBoardApi } from './use-board';
import { dropCommand } from './use-topic-drag';

/** Moving a topic without dragging: the same command as a drop, chosen from a list. */
export function MoveTopicDialog({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { loaded, run } = useBoardApi();
  const { state } = loaded;
  const announce = useAnnounce();
  const source = cellHolding(state, topic.id);
  const here = source ? cellDropId(source) : QUEUE_ID;
  const options = [{ value: QUEUE_ID, label: 'The queue' }];
  const spaces = spacesInOrder(state.spaces);
  for (const slot of slotsInOrder(state.slots)) {
    if (slot.kind === 'break') continue;
    for (const space of spaces) {
      const cell = state.cells[cellId({ slotId: slot.id, spaceId: space.id })];
      const other = cell?.topicId ? state.topics[cell.topicId]?.title : undefined;
      const notes = [other && `holds '${other}'`, cell?.pinned && 'pinned'].filter(Boolean);
      options.push({
        value: cellDropId({ slotId: slot.id, spaceId: space.id }),
        label: `${cellName(slot, space)}${notes.length ? ` (${notes.join(', ')})` : ''}`,
      });
    }
  }
  const [target, setTarget] = useState(here);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function move(event: React.FormEvent) {
    event.preventDefault();
    const spot = spotOfDrop(target);
    if (!spot || target === here) {
      setError('Choose somewhere else to move it to.');
      return;
    }
    const said = announceDrop(previewDrop(state, topic.id, spot));
    setSaving(true);
    const result = await run(dropCommand(topic.id, spot));
    setSaving(false);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    announce(said);
    onClose();
  }

  return (
    <Dialog title={`Move '${topic.title}'`} onClose={onClose}>
      <form onSubmit={move} noValidate>
        <SelectField
          label="Move to"
          hint="Moving onto a cell that holds a topic swaps the two."
          value={target}
          options={options}
          onChange={setTarget}
        />
        <FormFooter error={error} saving={saving} submitLabel="Move" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
