import type { Announcements, DragEndEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  announcePersonDrop,
  announcePersonOver,
  announcePersonPickUp,
} from '../../domain/board/announcements';
import type { Location } from '../../domain/board/movement';
import { useAnnounce } from '../../ui/Announcer';
import { nextInList } from './drop-navigation';
import { locationOfDrop, personOfDrag } from './drag-ids';
import { centreWithin, jumpBetweenTargets } from './keyboard-coordinates';
import type { Place } from './slot-places';
import type { BoardApi } from './use-board';

export const PERSON_INSTRUCTIONS =
  'To move a person, press Space to pick them up. Use the arrow keys to go from group to ' +
  'group: right or down for the next, left or up for the one before. Press Space to drop them ' +
  'there, or Escape to cancel.';

/** Dragging people between the groups of one slot, to wandering, or out of the groups. */
export function usePersonDrag(api: BoardApi, slotId: string, places: readonly Place[]) {
  const { run, loaded } = api;
  const announce = useAnnounce();
  const { personName } = loaded;
  const placeOf = useCallback(
    (dropId: UniqueIdentifier | null | undefined) => places.find((p) => p.dropId === dropId),
    [places],
  );
  const homeOf = useCallback(
    (active: UniqueIdentifier) => {
      const personId = personOfDrag(String(active));
      return places.find((p) => personId !== null && p.people.includes(personId));
    },
    [places],
  );
  const nameOf = useCallback(
    (active: UniqueIdentifier) => personName(personOfDrag(String(active)) ?? ''),
    [personName],
  );
  const coordinateGetter = useMemo(() => {
    const targets = places.map((p) => p.dropId);
    return jumpBetweenTargets(
      (current, key) => nextInList(targets, current, key),
      (active) => homeOf(active)?.dropId ?? null,
    );
  }, [places, homeOf]);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const leftHome = useRef(false);
  const announcements = useMemo((): Announcements => {
    const stays = (active: UniqueIdentifier) =>
      `${nameOf(active)} was not moved. They stay in ${homeOf(active)?.name ?? 'their place'}.`;
    return {
      onDragStart: ({ active }) => {
        leftHome.current = false;
        const home = homeOf(active.id);
        return announcePersonPickUp(nameOf(active.id), home?.location ? home.name : null);
      },
      onDragOver: ({ active, over }) => {
        const place = placeOf(over?.id);
        if (!place) return `${nameOf(active.id)} is not over a group.`;
        // Straight after the pick-up dnd-kit reports the starting place; that stays unsaid.
        if (place === homeOf(active.id) && !leftHome.current) return undefined;
        leftHome.current = true;
        return announcePersonOver(nameOf(active.id), place.name, place.people.length);
      },
      onDragEnd: ({ active, over }) => {
        const place = placeOf(over?.id);
        if (!place || place === homeOf(active.id)) return stays(active.id);
        return announcePersonDrop(nameOf(active.id), place.name);
      },
      onDragCancel: ({ active }) => stays(active.id),
    };
  }, [homeOf, nameOf, placeOf]);

  const move = useCallback(
    (personId: string, to: Location) => run({ type: 'person.move', slotId, personId, to }),
    [run, slotId],
  );

  const [activeId, setActiveId] = useState<string | null>(null);
  const onDragStart = useCallback((event: DragStartEvent) => {
    setActiveId(personOfDrag(String(event.active.id)));
  }, []);
  const onDragCancel = useCallback(() => setActiveId(null), []);
  const onDragEnd = useCallback(
    async ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const personId = personOfDrag(String(active.id));
      const to = over ? locationOfDrop(String(over.id)) : undefined;
      if (personId === null || to === undefined || homeOf(active.id)?.dropId === over?.id) return;
      const result = await move(personId, to);
      if (!result.ok) announce(result.reason, 'error');
    },
    [homeOf, move, announce],
  );

  return {
    sensors,
    collisionDetection: centreWithin,
    accessibility: { announcements, screenReaderInstructions: { draggable: PERSON_INSTRUCTIONS } },
    activeId,
    onDragStart,
    onDragCancel,
    onDragEnd,
    move,
  };
}
