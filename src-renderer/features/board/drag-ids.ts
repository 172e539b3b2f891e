import type { CellRef } from '../../domain/board/grid';
import { cellId, slotsInOrder, spacesInOrder } from '../../domain/board/grid';
import type { Spot } from '../../domain/board/placement';
import { QUEUE, cellSpot } from '../../domain/board/placement';
import type { Location } from '../../domain/board/movement';
import { WANDERING } from '../../domain/board/movement';
import type { BoardState } from '../../domain/board/state';
import type { GridLayout } from './drop-navigation';

/**
 * The ids dnd-kit knows things by. Topics and people are dragged ("topic:<id>", "person:<id>");
 * cells, the queue and groups are dropped on. Ids of slots and spaces never hold "|".
 */
export const QUEUE_ID = 'queue';
export const WANDERING_ID = 'wandering';
/** Where people not yet in any group (or taken out) are: a move there is a move to null. */
export const NOWHERE_ID = 'nowhere';

export const topicDragId = (topicId: string) => `topic:${topicId}`;
export const personDragId = (personId: string) => `person:${personId}`;
export const cellDropId = (ref: CellRef) => `cell:${cellId(ref)}`;
export const groupDropId = (topicId: string) => `group:${topicId}`;

function after(prefix: string, id: string): string | null {
  return id.startsWith(prefix) ? id.slice(prefix.length) : null;
}

export const topicOfDrag = (id: string) => after('topic:', id);
export const personOfDrag = (id: string) => after('person:', id);

/** The spot a topic drop target stands for, or null for anything else. */
export function spotOfDrop(id: string): Spot | null {
  if (id === QUEUE_ID) return QUEUE;
  const cell = after('cell:', id);
  if (cell === null) return null;
  const [slotId, spaceId] = cell.split('|');
  return slotId && spaceId ? cellSpot({ slotId, spaceId }) : null;
}

/** The place a person drop target stands for (a topic id, 'wandering' or null); undefined: none. */
export function locationOfDrop(id: string): Location | undefined {
  if (id === WANDERING_ID) return WANDERING;
  if (id === NOWHERE_ID) return null;
  const topicId = after('group:', id);
  return topicId ?? undefined;
}

export function dropIdOfLocation(location: Location): string {
  if (location === null) return NOWHERE_ID;
  return location === WANDERING ? WANDERING_ID : groupDropId(location);
}

/** The grid as keyboard targets: one row per session slot in time order, spaces left to right. */
export function gridLayout(state: BoardState): GridLayout {
  const spaces = spacesInOrder(state.spaces);
  const rows = slotsInOrder(state.slots)
    .filter((slot) => slot.kind === 'session')
    .map((slot) => spaces.map((space) => cellDropId({ slotId: slot.id, spaceId: space.id })));
  return { rows, queue: QUEUE_ID };
}
