import { cellName, slotsInOrder } from './grid';
import type { Slot } from './grid';
import { slotGroups } from './movement';
import type { BoardState } from './state';
import type { Topic } from './topics';
import { convenerKey } from './topics';

/**
 * Problems worth flagging while the board is being run, worked out afresh from the board each
 * time it changes, so a conflict appears the moment it arises and clears the moment it is
 * resolved. Messages name the topic, the cell and the person by the name on screen only:
 * nobody's access needs are spelled out beyond what the facilitator must act on.
 */
export type ConflictKind = 'convener-clash' | 'over-capacity' | 'step-free';

export interface Conflict {
  /** Stable while the conflict lasts: a list key, and a way to tell new conflicts from old. */
  key: string;
  kind: ConflictKind;
  slotId: string;
  topicIds: string[];
  spaceId?: string;
  personId?: string;
  message: string;
}

export interface ConflictInputs {
  /** Who needs step-free access (from consented access needs), by person id. */
  needsStepFree: ReadonlyMap<string, boolean>;
  /** The name on screen for a person. */
  nameOf: (personId: string) => string;
}

/** Every conflict on the board, slot by slot in time order; or only one slot's. */
export function findConflicts(
  state: BoardState,
  inputs: ConflictInputs,
  slotId?: string,
): Conflict[] {
  const slots = slotsInOrder(state.slots).filter(
    (slot) => slot.kind === 'session' && (slotId === undefined || slot.id === slotId),
  );
  return slots.flatMap((slot) => [
    ...convenerClashes(state, slot, inputs),
    ...groupConflicts(state, slot, inputs),
  ]);
}

interface Placed {
  topic: Topic;
  spaceId: string;
}

function placedIn(state: BoardState, slot: Slot): Placed[] {
  const placed: Placed[] = [];
  for (const cell of Object.values(state.cells)) {
    if (cell.slotId !== slot.id || cell.topicId === null) continue;
    const topic = state.topics[cell.topicId];
    if (topic && state.spaces[cell.spaceId]) placed.push({ topic, spaceId: cell.spaceId });
  }
  // Grid order, so messages list the spaces as the facilitator sees them.
  return placed.sort(
    (a, b) => (state.spaces[a.spaceId]?.position ?? 0) - (state.spaces[b.spaceId]?.position ?? 0),
  );
}

function where(state: BoardState, placed: Placed): string {
  const space = state.spaces[placed.spaceId];
  return `'${placed.topic.title}' in ${space ? space.name : 'a space'}`;
}

/** One convener (a person, or the same typed name) hosting two topics in one slot. */
function convenerClashes(state: BoardState, slot: Slot, inputs: ConflictInputs): Conflict[] {
  const byConvener = new Map<string, { name: string; personId?: string; placed: Placed[] }>();
  for (const placed of placedIn(state, slot)) {
    for (const convener of placed.topic.conveners) {
      const key = convenerKey(convener);
      const entry = byConvener.get(key) ?? {
        name: convener.kind === 'person' ? inputs.nameOf(convener.personId) : convener.name,
        ...(convener.kind === 'person' ? { personId: convener.personId } : {}),
        placed: [],
      };
      entry.placed.push(placed);
      byConvener.set(key, entry);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [key, { name, personId, placed }] of byConvener) {
    if (placed.length < 2) continue;
    const list = placed.map((p) => where(state, p));
    const listed = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    conflicts.push({
      key: `convener-clash|${slot.id}|${key}`,
      kind: 'convener-clash',
      slotId: slot.id,
      topicIds: placed.map((p) => p.topic.id),
      ...(personId ? { personId } : {}),
      message: `${name} is convening ${placed.length} topics at ${slot.start}: ${listed}.`,
    });
  }
  return conflicts;
}

/** Groups too big for their space, and people who need step-free access in a space without it. */
function groupConflicts(state: BoardState, slot: Slot, inputs: ConflictInputs): Conflict[] {
  const conflicts: Conflict[] = [];
  const { members } = slotGroups(state, slot.id);
  for (const placed of placedIn(state, slot)) {
    const space = state.spaces[placed.spaceId];
    if (!space) continue;
    const people = members.get(placed.topic.id) ?? [];
    const cell = cellName(slot, space);
    if (people.length > space.capacity) {
      conflicts.push({
        key: `over-capacity|${slot.id}|${placed.topic.id}`,
        kind: 'over-capacity',
        slotId: slot.id,
        topicIds: [placed.topic.id],
        spaceId: space.id,
        message:
          `'${placed.topic.title}' at ${cell} has ${people.length} people; ` +
          `${space.name} holds ${space.capacity}.`,
      });
    }
    if (space.accessibility.stepFree) continue;
    for (const personId of people) {
      if (inputs.needsStepFree.get(personId) !== true) continue;
      conflicts.push({
        key: `step-free|${slot.id}|${placed.topic.id}|${personId}`,
        kind: 'step-free',
        slotId: slot.id,
        topicIds: [placed.topic.id],
        spaceId: space.id,
        personId,
        message:
          `${inputs.nameOf(personId)} needs step-free access, but ${space.name} has none: ` +
          `they are in '${placed.topic.title}' at ${cell}.`,
      });
    }
  }
  return conflicts;
}
