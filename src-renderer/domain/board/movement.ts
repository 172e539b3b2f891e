import type { RecordMeta } from '../record';
import { compareIds, compareInstants } from '../people/instants';
import type { Handler } from './draft';
import { refuse } from './draft';
import { slotName } from './grid';
import type { BoardState } from './state';
import { survivingTopicId } from './topics';

/**
 * The law of two feet. During a session slot every placed topic is a group, and each checked-in
 * person is in one group, wandering (the bumblebees and butterflies), or nowhere yet. Where
 * people went is the data, so the log is append-only: every move is a new entry, and undoing a
 * move is another move back — never a deletion, so the record of what happened stays whole.
 */
export const WANDERING = 'wandering';

/** A topic id, 'wandering', or null for "not in any group" (not yet joined, or gone home). */
export type Location = string | null;

export interface MovementEntry extends RecordMeta {
  eventId: string;
  slotId: string;
  personId: string;
  from: Location;
  to: Location;
  /** When the move happened: ctx.now of the command. */
  at: string;
  /** Who recorded it (ctx.actor). */
  by: string;
  /**
   * One more than the person's previous entry in the slot that this device knew of. It orders two
   * moves made in the same millisecond, where the clock alone cannot.
   */
  seq: number;
}

/** Later moves sort last: by time, then sequence, then id (the same answer on every device). */
export function compareEntries(a: MovementEntry, b: MovementEntry): number {
  return compareInstants(a.at, b.at) || a.seq - b.seq || compareIds(a.id, b.id);
}

/** The latest entry per person in a slot. */
export function latestEntries(
  movements: readonly MovementEntry[],
  slotId: string,
): Map<string, MovementEntry> {
  const latest = new Map<string, MovementEntry>();
  for (const entry of movements) {
    if (entry.slotId !== slotId) continue;
    const current = latest.get(entry.personId);
    if (!current || compareEntries(entry, current) > 0) latest.set(entry.personId, entry);
  }
  return latest;
}

/** Topic ids placed in a slot, with the space each is in. */
export function groupsInSlot(state: BoardState, slotId: string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const cell of Object.values(state.cells)) {
    if (cell.slotId === slotId && cell.topicId !== null) groups.set(cell.topicId, cell.spaceId);
  }
  return groups;
}

/**
 * Where the log says someone is, read against the grid as it is now: a group merged into another
 * counts as the one it was merged into, and someone whose group has left the slot (moved or sent
 * back to the queue) is wandering until they are moved.
 */
function effective(
  state: BoardState,
  groups: ReadonlyMap<string, string>,
  location: Location,
): Location {
  if (location === null || location === WANDERING) return location;
  const topicId = survivingTopicId(state.topics, location);
  return topicId !== undefined && groups.has(topicId) ? topicId : WANDERING;
}

/** Everyone placed somewhere in a slot (group or wandering); people nowhere are left out. */
export function locationsInSlot(state: BoardState, slotId: string): Map<string, Location> {
  const groups = groupsInSlot(state, slotId);
  const result = new Map<string, Location>();
  for (const [personId, entry] of latestEntries(state.movements, slotId)) {
    const location = effective(state, groups, entry.to);
    if (location !== null) result.set(personId, location);
  }
  return result;
}

export function locationOf(state: BoardState, slotId: string, personId: string): Location {
  let latest: MovementEntry | undefined;
  for (const entry of state.movements) {
    if (entry.slotId !== slotId || entry.personId !== personId) continue;
    if (!latest || compareEntries(entry, latest) > 0) latest = entry;
  }
  return latest ? effective(state, groupsInSlot(state, slotId), latest.to) : null;
}

export interface SlotGroups {
  /** People per placed topic, including empty groups (0). */
  sizes: Map<string, number>;
  /** Person ids per placed topic. */
  members: Map<string, string[]>;
  wandering: string[];
}

export function slotGroups(state: BoardState, slotId: string): SlotGroups {
  const groups = groupsInSlot(state, slotId);
  const members = new Map<string, string[]>([...groups.keys()].map((id) => [id, []]));
  const wandering: string[] = [];
  for (const [personId, location] of locationsInSlot(state, slotId)) {
    if (location === WANDERING) wandering.push(personId);
    else if (location !== null) members.get(location)?.push(personId);
  }
  const sizes = new Map([...members].map(([id, people]) => [id, people.length]));
  return { sizes, members, wandering };
}

/** A person's moves in time order, for the event report's "who joined which group when". */
export function movesOf(state: BoardState, personId: string): MovementEntry[] {
  return state.movements.filter((m) => m.personId === personId).sort(compareEntries);
}

export const movePerson: Handler<'person.move'> = (draft, command, ctx) => {
  const state = draft.state;
  const { slotId, personId, to } = command;
  const name = ctx.personName?.(personId) ?? 'This person';
  const slot = state.slots[slotId];
  const groups = groupsInSlot(state, slotId);
  if (!slot) return refuse('That time slot is no longer on the grid.');
  if (slot.kind === 'break')
    return refuse(`${slotName(slot)} is a break; people move between groups during sessions.`);
  // Taking someone out is always allowed, so an undone check-in never leaves them in a group.
  if (to !== null && !state.checkedIn.has(personId))
    return refuse(`${name} is not checked in. Check them in first.`);
  if (to !== null && to !== WANDERING) {
    const topic = state.topics[to];
    if (!topic) return refuse('That group is no longer on the board.');
    if (topic.status === 'merged') return refuse(`'${topic.title}' was merged into another topic.`);
    if (!groups.has(to)) return refuse(`'${topic.title}' is not on the grid in ${slotName(slot)}.`);
  }
  let previous: MovementEntry | undefined;
  for (const entry of state.movements) {
    if (entry.slotId !== slotId || entry.personId !== personId) continue;
    if (!previous || compareEntries(entry, previous) > 0) previous = entry;
  }
  const from = previous ? effective(state, groups, previous.to) : null;
  if (from === to) {
    if (to === null) return refuse(`${name} is not in any group in ${slotName(slot)}.`);
    if (to === WANDERING) return refuse(`${name} is already wandering.`);
    return refuse(`${name} is already in '${state.topics[to]?.title ?? 'that group'}'.`);
  }
  const id = ctx.newId();
  draft.append({
    id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    eventId: state.eventId,
    slotId,
    personId,
    from,
    to,
    at: ctx.now,
    by: ctx.actor,
    seq: (previous?.seq ?? 0) + 1,
  });
  return { inverse: { type: 'person.move', slotId, personId, to: from } };
};
