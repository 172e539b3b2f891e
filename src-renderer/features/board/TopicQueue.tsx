import { useDroppable } from '@dnd-kit/core';
import type { Topic } from '../../domain/board/topics';
import { convenerNames } from '../../domain/board/topics';
import { QUEUE_ID } from './drag-ids';
import type { TopicAction } from './TopicCard';
import { TopicCard } from './TopicCard';

interface Props {
  topics: readonly Topic[];
  personName: (personId: string) => string;
  onAdd: () => void;
  onAction: (action: TopicAction, topicId: string) => void;
}

/** The marketplace: topics as they are pitched, waiting for a place on the grid. */
export function TopicQueue({ topics, personName, onAdd, onAction }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: QUEUE_ID });
  return (
    <section aria-labelledby="queue-title" className="board-queue">
      <div className="board-queue__header">
        <h2 id="queue-title">Marketplace queue</h2>
        <button type="button" className="button" onClick={onAdd}>
          Add topic
        </button>
      </div>
      <div
        ref={setNodeRef}
        className={isOver ? 'board-queue__drop board-queue__drop--over' : 'board-queue__drop'}
        data-drop="queue"
      >
        <p className="muted">
          {topics.length === 0
            ? 'No topics waiting. Add topics as people pitch them, or drag one here from the grid.'
            : `${topics.length} ${topics.length === 1 ? 'topic' : 'topics'} waiting.`}
        </p>
        {topics.length > 0 && (
          <ul className="board-queue__list" aria-label="Topics waiting">
            {topics.map((topic) => (
              <li key={topic.id}>
                <TopicCard
                  topic={topic}
                  conveners={convenerNames(topic.conveners, personName)}
                  inQueue
                  onAction={onAction}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
