import type { Cell, Slot, Space } from './grid';
import { cellId } from './grid';
import type { GroupRecord } from './group-record';
import type { Location, MovementEntry } from './movement';
import { locationsInSlot } from './movement';
import type { Topic } from './topics';

/**
 * Everything the board of one event holds, as the data layer reads it from the database.
 * Records are keyed by id so a command touches only what it changes; the movement log is a
 * list because it is only ever appended to.
 */
export interface BoardState {
  eventId: string;
  topics: Readonly<Record<string, Topic>>;
  slots: Readonly<Record<string, Slot>>;
  spaces: Readonly<Record<string, Space>>;
  /** Keyed by cellId(slot, space). */
  cells: Readonly<Record<string, Cell>>;
  /** Keyed by the record id, groupRecordId(topicId). */
  groupRecords: Readonly<Record<string, GroupRecord>>;
  movements: readonly MovementEntry[];
  /** People checked in at the event (from effectiveAttendance): only they can join groups. */
  checkedIn: ReadonlySet<string>;
}

/** The tables a board command writes; the data layer uses these names for its Dexie stores. */
export interface BoardRecords {
  boardTopics: Topic;
  boardSlots: Slot;
  boardSpaces: Space;
  boardCells: Cell;
  boardMovements: MovementEntry;
  boardGroupRecords: GroupRecord;
}

export type BoardTable = keyof BoardRecords;

/** One record to write in the command's transaction: a whole record put, or a deletion. */
export type BoardChange = {
  [T in BoardTable]: { table: T; put: BoardRecords[T] } | { table: T; delete: string };
}[BoardTable];

export function emptyBoard(eventId: string, checkedIn: Iterable<string> = []): BoardState {
  return {
    eventId,
    topics: {},
    slots: {},
    spaces: {},
    cells: {},
    groupRecords: {},
    movements: [],
    checkedIn: new Set(checkedIn),
  };
}

export interface BoardRecordLists {
  topics: readonly Topic[];
  slots: readonly Slot[];
  spaces: readonly Space[];
  cells: readonly Cell[];
  groupRecords: readonly GroupRecord[];
  movements: readonly MovementEntry[];
}

/** Builds the state from what the data layer read, keeping only this event's records. */
export function boardFromRecords(
  eventId: string,
  records: BoardRecordLists,
  checkedIn: Iterable<string>,
): BoardState {
  const byId = <T extends { id: string; eventId: string }>(list: readonly T[]) =>
    Object.fromEntries(list.filter((r) => r.eventId === eventId).map((r) => [r.id, r]));
  return {
    eventId,
    topics: byId(records.topics),
    slots: byId(records.slots),
    spaces: byId(records.spaces),
    cells: Object.fromEntries(
      records.cells.filter((c) => c.eventId === eventId).map((c) => [cellId(c), c]),
    ),
    groupRecords: byId(records.groupRecords),
    movements: records.movements.filter((m) => m.eventId === eventId),
    checkedIn: new Set(checkedIn),
  };
}

const META_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/**
 * A record's content without its id and change counters, as text whose key order is fixed.
 * Two records with the same fingerprint look the same to the facilitator; undo compares these
 * (not versions, which only go up) to tell whether someone else has changed a record since.
 */
export function fingerprint(record: object | undefined): string | null {
  return record === undefined ? null : stableJson(record, true);
}

/** JSON with keys in sorted order and undefined left out, so equal content gives equal text. */
function stableJson(value: unknown, skipMeta = false): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const inner = record[key];
    if (inner === undefined || (skipMeta && META_KEYS.has(key))) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${stableJson(inner)}`;
    first = false;
  }
  return `${out}}`;
}

export interface BoardContent {
  topics: Record<string, string>;
  slots: Record<string, string>;
  spaces: Record<string, string>;
  cells: Record<string, string>;
  groupRecords: Record<string, string>;
  /** Where each person is, per slot; people not in any group or wandering are left out. */
  locations: Record<string, Record<string, Location>>;
}

/**
 * What the facilitator sees, without change counters, empty unpinned cells or the raw movement
 * log: undo must bring this back exactly, while versions go on rising and the log grows.
 */
export function boardContent(state: BoardState): BoardContent {
  const prints = <T extends object>(records: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(records).map(([id, r]) => [id, fingerprint(r) ?? '']));
  const cells = Object.fromEntries(
    Object.entries(state.cells)
      .filter(([, cell]) => cell.topicId !== null || cell.pinned)
      .map(([id, cell]) => [id, fingerprint(cell) ?? '']),
  );
  const locations: Record<string, Record<string, Location>> = {};
  for (const slotId of Object.keys(state.slots)) {
    const inSlot = Object.fromEntries(locationsInSlot(state, slotId));
    if (Object.keys(inSlot).length > 0) locations[slotId] = inSlot;
  }
  return {
    topics: prints(state.topics),
    slots: prints(state.slots),
    spaces: prints(state.spaces),
    cells,
    groupRecords: prints(state.groupRecords),
    locations,
  };
}

/**
 * The rules every board keeps, as plain-English problems (none on a sound board): each live
 * topic is in the queue or in exactly one cell and its status says which, and topics only sit in
 * session cells of slots and spaces that exist. The data layer can run this after merging
 * records from another laptop.
 */
export function boardProblems(state: BoardState): string[] {
  const problems: string[] = [];
  const cellsOf = new Map<string, string[]>();
  for (const [key, cell] of Object.entries(state.cells)) {
    if (key !== cellId(cell)) problems.push(`Cell ${key} is filed under the wrong key.`);
    const slot = state.slots[cell.slotId];
    if (!slot || !state.spaces[cell.spaceId]) problems.push(`Cell ${key} is off the grid.`);
    if (cell.topicId === null) continue;
    if (slot?.kind === 'break') problems.push(`Cell ${key} holds a topic in a break.`);
    const topic = state.topics[cell.topicId];
    if (!topic) problems.push(`Cell ${key} holds a topic that does not exist.`);
    else if (topic.status === 'merged') problems.push(`Cell ${key} holds a merged topic.`);
    cellsOf.set(cell.topicId, [...(cellsOf.get(cell.topicId) ?? []), key]);
  }
  for (const topic of Object.values(state.topics)) {
    const where = cellsOf.get(topic.id) ?? [];
    if (where.length > 1) problems.push(`Topic ${topic.id} is in ${where.length} cells.`);
    if (topic.status === 'placed' && where.length === 0)
      problems.push(`Topic ${topic.id} is marked placed but is in no cell.`);
    if (topic.status === 'queued' && where.length > 0)
      problems.push(`Topic ${topic.id} is marked queued but is in a cell.`);
    if (topic.status === 'merged' && (!topic.mergedInto || !state.topics[topic.mergedInto]))
      problems.push(`Topic ${topic.id} is merged into a topic that does not exist.`);
  }
  return problems;
}
