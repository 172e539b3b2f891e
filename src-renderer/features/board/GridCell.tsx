import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import type { CellRef } from '../../domain/board/grid';
import type { Topic } from '../../domain/board/topics';
import { cellDropId } from './drag-ids';
import type { TopicAction } from './TopicCard';
import { TopicCard } from './TopicCard';

interface Props {
  cell: CellRef;
  /** "11:00, Garden room" */
  name: string;
  topic: Topic | undefined;
  conveners: string;
  pinned: boolean;
  /** The conflicts touching this cell, as one sentence each; "" when none. */
  conflicts: string;
  onAction: (action: TopicAction, topicId: string) => void;
  onPin: (cell: CellRef, pin: boolean) => void;
}

/**
 * One slot × space. Only this cell redraws when a drag moves over it or away (isOver is local
 * to it); everything else on the grid stays as it was.
 */
export const GridCell = memo(function GridCell(props: Props) {
  const { cell, name, topic, conveners, pinned, conflicts, onAction, onPin } = props;
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(cell) });
  const classes = ['grid-cell'];
  if (isOver) classes.push('grid-cell--over');
  if (pinned) classes.push('grid-cell--pinned');
  if (conflicts) classes.push('grid-cell--conflict');
  return (
    <div ref={setNodeRef} className={classes.join(' ')} data-cell={name}>
      {topic ? (
        <TopicCard topic={topic} conveners={conveners} inQueue={false} onAction={onAction} />
      ) : (
        <p className="grid-cell__empty">Empty</p>
      )}
      {conflicts && (
        <p className="grid-cell__conflict">
          <span aria-hidden="true">⚠ </span>
          {conflicts}
        </p>
      )}
      <div className="grid-cell__footer">
        {pinned && <span className="badge grid-cell__pin">Pinned</span>}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={pinned}
          onClick={() => onPin(cell, !pinned)}
        >
          Pin<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </div>
  );
}, sameCell);

function sameCell(a: Props, b: Props): boolean {
  return (
    a.cell.slotId === b.cell.slotId &&
    a.cell.spaceId === b.cell.spaceId &&
    a.name === b.name &&
    a.topic?.id === b.topic?.id &&
    a.topic?.version === b.topic?.version &&
    a.conveners === b.conveners &&
    a.pinned === b.pinned &&
    a.conflicts === b.conflicts &&
    a.onAction === b.onAction &&
    a.onPin === b.onPin
  );
}
