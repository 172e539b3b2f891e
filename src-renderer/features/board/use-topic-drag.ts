import type { Announcements, DragEndEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BoardCommand } from '../../domain/board/commands';
import {
  announceCancel,
  announceDrop,
  announceOver,
  announcePickUp,
  previewDrop,
} from '../../domain/board/announcements';
import { cellHolding } from '../../domain/board/placement';
import type { Spot } from '../../domain/board/placement';
import type { PlaceName } from '../../domain/board/announcements';
import { useAnnounce } from '../../ui/Announcer';
import { nextInGrid } from './drop-navigation';
import { QUEUE_ID, cellDropId, gridLayout, spotOfDrop, topicOfDrag } from './drag-ids';
import { centreWithin, jumpBetweenTargets } from './keyboard-coordinates';
import type { BoardApi } from './use-board';

export const TOPIC_INSTRUCTIONS =
  'To move a topic, press Space to pick it up. Use the arrow keys to go from cell to cell: ' +
  'left and right along a time slot, up and down between slots. Left from the first space or ' +
  'up from the first slot goes to the queue. Press Space to drop, or Escape to cancel.';

/** The command a drop of a topic on a spot issues: the same for a drag and the Move dialog. */
export function dropCommand(topicId: string, spot: Spot): BoardCommand {
  return spot.kind === 'queue'
    ? { type: 'topic.unplace', topicId }
    : { type: 'topic.place', topicId, cell: spot.cell };
}

/** Dragging topics between the queue and the cells: sensors, announcements and the drop. */
export function useTopicDrag(api: BoardApi) {
  const { latest, run } = api;
  const announce = useAnnounce();
  const [activeId, setActiveId] = useState<string | null>(null);

  const home = useCallback(
    (active: UniqueIdentifier) => {
      const topicId = topicOfDrag(String(active));
      const cell = topicId === null ? undefined : cellHolding(latest(), topicId);
      return cell ? cellDropId(cell) : QUEUE_ID;
    },
    [latest],
  );
  const coordinateGetter = useMemo(
    () =>
      jumpBetweenTargets((current, key) => nextInGrid(gridLayout(latest()), current, key), home),
    [latest, home],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const leftHome = useRef(false);
  const announcements = useMemo((): Announcements => {
    const preview = (active: UniqueIdentifier, over: UniqueIdentifier | null) =>
      previewDrop(
        latest(),
        topicOfDrag(String(active)) ?? '',
        over === null ? null : spotOfDrop(String(over)),
      );
    // dnd-kit reports "over" the starting place straight after the pick-up; saying that would
    // drown the pick-up, so it is said only once the topic has been somewhere else.
    return {
      onDragStart: ({ active }) => {
        leftHome.current = false;
        const p = preview(active.id, null);
        return announcePickUp(p.topic, p.from);
      },
      onDragOver: ({ active, over }) => {
        const p = preview(active.id, over?.id ?? null);
        if (over && String(over.id) === home(active.id)) {
          if (!leftHome.current) return undefined;
          return `Back in ${placeText(p.from)}, where ${p.topic} started. Dropping leaves it there.`;
        }
        leftHome.current = true;
        return announceOver(p);
      },
      onDragEnd: ({ active, over }) => {
        const p = preview(active.id, over?.id ?? null);
        if (over && String(over.id) === home(active.id))
          return `${p.topic} was not moved. It stays in ${placeText(p.from)}.`;
        return announceDrop(p);
      },
      onDragCancel: ({ active }) => {
        const p = preview(active.id, null);
        return announceCancel(p.topic, p.from);
      },
    };
  }, [latest, home]);

  const onDragStart = useCallback((event: DragStartEvent) => {
    setActiveId(topicOfDrag(String(event.active.id)));
  }, []);
  const onDragCancel = useCallback(() => setActiveId(null), []);
  const onDragEnd = useCallback(
    async ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const topicId = topicOfDrag(String(active.id));
      const spot = over ? spotOfDrop(String(over.id)) : null;
      if (topicId === null || spot === null) return;
      // Dropped back where it started: nothing to do, and nothing to complain about.
      if (over && String(over.id) === home(active.id)) return;
      const result = await run(dropCommand(topicId, spot));
      if (!result.ok) announce(result.reason, 'error');
    },
    [run, home, announce],
  );

  return {
    activeId,
    sensors,
    collisionDetection: centreWithin,
    accessibility: {
      announcements,
      screenReaderInstructions: { draggable: TOPIC_INSTRUCTIONS },
    },
    onDragStart,
    onDragCancel,
    onDragEnd,
  };
}

function placeText(place: PlaceName): string {
  return place.kind === 'queue' ? 'the queue' : place.name;
}
