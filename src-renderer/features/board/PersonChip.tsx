import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { personDragId } from './drag-ids';

interface Props {
  personId: string;
  name: string;
  onMove: (personId: string) => void;
}

/** A checked-in person: the name is the drag handle; "Move…" does the same without dragging. */
export const PersonChip = memo(function PersonChip({ personId, name, onMove }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: personDragId(personId),
  });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'person-chip person-chip--dragging' : 'person-chip'}
      data-person-id={personId}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="person-chip__handle"
        {...attributes}
        {...listeners}
      >
        {name}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onMove(personId)}
      >
        Move…<span className="visually-hidden"> {name}</span>
      </button>
    </li>
  );
});
