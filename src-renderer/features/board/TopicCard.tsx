import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { Topic } from '../../domain/board/topics';
import { topicDragId } from './drag-ids';

export type TopicAction = 'move' | 'edit' | 'merge' | 'remove';

interface Props {
  topic: Topic;
  /** "Sam Lee and Alex" */
  conveners: string;
  /** Cards in the queue can be removed; cards on the grid go back to the queue first. */
  inQueue: boolean;
  onAction: (action: TopicAction, topicId: string) => void;
}

/**
 * A topic card. The title is the drag handle (mouse, touch, or Space then arrows); the buttons
 * beside it do the same things without dragging. Memoised, and compared by the record's
 * version, so a drag over the grid does not redraw the cards it passes.
 */
export const TopicCard = memo(function TopicCard({ topic, conveners, inQueue, onAction }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: topicDragId(topic.id),
  });
  return (
    <div
      ref={setNodeRef}
      className={isDragging ? 'topic-card topic-card--dragging' : 'topic-card'}
      data-topic-id={topic.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="topic-card__handle"
        {...attributes}
        {...listeners}
      >
        <span className="topic-card__title">{topic.title}</span>
        <span className="topic-card__conveners">{conveners}</span>
      </button>
      {topic.tags.length > 0 && (
        <p className="topic-card__tags">
          <span className="visually-hidden">Tags: </span>
          {topic.tags.join(', ')}
        </p>
      )}
      <div className="topic-card__actions">
        <CardButton label="Move…" title={topic.title} onClick={() => onAction('move', topic.id)} />
        <CardButton label="Edit" title={topic.title} onClick={() => onAction('edit', topic.id)} />
        <CardButton
          label="Merge…"
          title={topic.title}
          onClick={() => onAction('merge', topic.id)}
        />
        {inQueue && (
          <CardButton
            label="Remove"
            title={topic.title}
            onClick={() => onAction('remove', topic.id)}
          />
        )}
      </div>
    </div>
  );
}, sameCard);

function CardButton({
  label,
  title,
  onClick,
}: {
  label: string;
  title: string;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button--secondary button--small" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {title}</span>
    </button>
  );
}

function sameCard(a: Props, b: Props): boolean {
  return (
    a.topic.id === b.topic.id &&
    a.topic.version === b.topic.version &&
    a.conveners === b.conveners &&
    a.inQueue === b.inQueue &&
    a.onAction === b.onAction
  );
}
