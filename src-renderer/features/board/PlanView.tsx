import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import type { Conflict } from '../../domain/board/conflicts';
import type { CellRef } from '../../domain/board/grid';
import { queuedTopics } from '../../domain/board/placement';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { BoardGrid } from './BoardGrid';
import { GridSetup } from './GridSetup';
import { MergeDialog } from './MergeDialog';
import { MoveTopicDialog } from './MoveTopicDialog';
import type { TopicAction } from './TopicCard';
import { TopicFormDialog } from './TopicFormDialog';
import { TopicQueue } from './TopicQueue';
import { useBoardApi } from './use-board';
import { useTopicDrag } from './use-topic-drag';

type Open = { kind: 'none' } | { kind: 'add' } | { kind: TopicAction; topicId: string };

/** The marketplace queue and the grid, with drag and drop between them, and the grid's setup. */
export function PlanView({ conflicts }: { conflicts: readonly Conflict[] }) {
  const api = useBoardApi();
  const { loaded, run } = api;
  const { state, personName } = loaded;
  const announce = useAnnounce();
  const drag = useTopicDrag(api);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = useCallback(() => setOpen({ kind: 'none' }), []);
  const onAction = useCallback(
    (kind: TopicAction, topicId: string) => setOpen({ kind, topicId }),
    [],
  );
  const onPin = useCallback(
    async (cell: CellRef, pin: boolean) => {
      const result = await run({ type: pin ? 'cell.pin' : 'cell.unpin', cell });
      announce(
        result.ok ? `Done: ${result.label}.` : result.reason,
        result.ok ? 'success' : 'error',
      );
    },
    [run, announce],
  );
  const queue = useMemo(() => queuedTopics(state), [state]);
  const topic =
    open.kind === 'none' || open.kind === 'add' ? undefined : state.topics[open.topicId];
  const dragged = drag.activeId ? state.topics[drag.activeId] : undefined;

  async function remove(topicId: string, title: string) {
    close();
    const result = await run({ type: 'topic.remove', topicId });
    announce(
      result.ok ? `Topic '${title}' removed.` : result.reason,
      result.ok ? 'success' : 'error',
    );
  }

  return (
    <>
      <DndContext
        sensors={drag.sensors}
        collisionDetection={drag.collisionDetection}
        accessibility={drag.accessibility}
        onDragStart={drag.onDragStart}
        onDragCancel={drag.onDragCancel}
        onDragEnd={drag.onDragEnd}
      >
        <div className="board-plan">
          <TopicQueue
            topics={queue}
            personName={personName}
            onAdd={() => setOpen({ kind: 'add' })}
            onAction={onAction}
          />
          <section aria-labelledby="grid-title" className="board-plan__grid">
            <h2 id="grid-title">Grid</h2>
            <BoardGrid
              state={state}
              personName={personName}
              conflicts={conflicts}
              onAction={onAction}
              onPin={onPin}
            />
          </section>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged ? <div className="topic-card topic-card--overlay">{dragged.title}</div> : null}
        </DragOverlay>
      </DndContext>
      <GridSetup />

      {open.kind === 'add' && <TopicFormDialog onClose={close} />}
      {open.kind === 'edit' && topic && <TopicFormDialog existing={topic} onClose={close} />}
      {open.kind === 'move' && topic && <MoveTopicDialog topic={topic} onClose={close} />}
      {open.kind === 'merge' && topic && <MergeDialog keep={topic} onClose={close} />}
      {open.kind === 'remove' && topic && (
        <ConfirmDialog
          title={`Remove '${topic.title}'?`}
          message={<p>The topic leaves the marketplace. You can undo this straight after.</p>}
          confirmLabel="Remove topic"
          onCancel={close}
          onConfirm={() => void remove(topic.id, topic.title)}
        />
      )}
    </>
  );
}
