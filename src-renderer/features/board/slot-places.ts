import type { LoadedBoard } from '../../data/board-commands';
import { cellId, minutesOf, slotsInOrder, spacesInOrder } from '../../domain/board/grid';
import type { Slot } from '../../domain/board/grid';
import type { Location } from '../../domain/board/movement';
import { WANDERING, slotGroups } from '../../domain/board/movement';
import type { BoardState } from '../../domain/board/state';
import type { Topic } from '../../domain/board/topics';
import { NOWHERE_ID, WANDERING_ID, groupDropId } from './drag-ids';

export const WANDERING_NAME = 'Wandering (bumblebees and butterflies)';
export const NOWHERE_NAME = 'Not in a group';

/** One place a person can be during a slot: a group, wandering, or not in a group yet. */
export interface Place {
  dropId: string;
  location: Location;
  name: string;
  /** The space a group meets in, with its capacity. */
  space?: { name: string; capacity: number };
  topic?: Topic;
  people: string[];
}

/**
 * Everyone checked in, placed for one slot: each placed topic is a group (grid order), then
 * wandering and those not in a group yet. Sizes come from the movement log, so they follow it.
 */
export function slotPlaces(loaded: LoadedBoard, slotId: string): Place[] {
  const { state } = loaded;
  const { members, wandering } = slotGroups(state, slotId);
  const placed = new Set([...wandering, ...[...members.values()].flat()]);
  const nowhere = loaded.checkedIn.filter((p) => !placed.has(p.id)).map((p) => p.id);
  const groups: Place[] = [];
  for (const space of spacesInOrder(state.spaces)) {
    const topicId = state.cells[cellId({ slotId, spaceId: space.id })]?.topicId;
    const topic = topicId ? state.topics[topicId] : undefined;
    if (!topic) continue;
    groups.push({
      dropId: groupDropId(topic.id),
      location: topic.id,
      name: topic.title,
      space: { name: space.name, capacity: space.capacity },
      topic,
      people: sortedBy(members.get(topic.id) ?? [], loaded),
    });
  }
  return [
    { dropId: NOWHERE_ID, location: null, name: NOWHERE_NAME, people: sortedBy(nowhere, loaded) },
    {
      dropId: WANDERING_ID,
      location: WANDERING,
      name: WANDERING_NAME,
      people: sortedBy(wandering, loaded),
    },
    ...groups,
  ];
}

function sortedBy(ids: readonly string[], loaded: LoadedBoard): string[] {
  return [...ids].sort((a, b) => loaded.personName(a).localeCompare(loaded.personName(b), 'en-GB'));
}

/** The session slot running at `time` ("HH:MM"), else the next one, else the last. */
export function currentSlot(state: BoardState, time: string): Slot | undefined {
  const sessions = slotsInOrder(state.slots).filter((s) => s.kind === 'session');
  const now = minutesOf(time);
  return (
    sessions.find((s) => minutesOf(s.start) <= now && now < minutesOf(s.end)) ??
    sessions.find((s) => minutesOf(s.start) > now) ??
    sessions.at(-1)
  );
}
