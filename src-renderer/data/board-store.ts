import type { Table } from 'dexie';
import type { BoardCommand } from '../domain/board/commands';
import type { MovementEntry } from '../domain/board/movement';
import type { BoardChange, BoardState, BoardTable } from '../domain/board/state';
import { boardFromRecords } from '../domain/board/state';
import type { Attendance } from '../domain/people/attendance';
import { effectiveAttendance } from '../domain/people/attendance';
import type { CommandContext } from '../domain/record';
import type { TwoFeetDb, Tombstone } from './db';
import { rowsByKeys } from './rows-by-keys';

/**
 * Reading and writing the board's six tables. These helpers run inside a transaction opened by
 * board-commands.ts (loadBoard, runBoardCommand) and await nothing but IndexedDB, so the
 * transaction stays open until the last write.
 */

/** Written in this order, so a test can make a later table fail after an earlier one wrote. */
export const BOARD_TABLES: readonly BoardTable[] = [
  'boardTopics',
  'boardSlots',
  'boardSpaces',
  'boardCells',
  'boardGroupRecords',
  'boardMovements',
];

export function boardTables(db: TwoFeetDb): Table[] {
  return BOARD_TABLES.map((name) => db[name]);
}

/**
 * What a command needs read beyond the grid, the topics and the notes. The movement log and
 * check-ins matter only to the law of two feet, and there only for the people being moved: a
 * drop on a board with hundreds of logged moves reads none of them, and a move reads one
 * person's entries. If a handler in domain/board ever reads movements or checkedIn for another
 * command, widen scopeOf to match (the "reading only what a command needs" test checks this).
 */
export interface BoardReadScope {
  /** People whose moves and check-in are read; everyone's when undefined. */
  people?: readonly string[];
}

export const FULL_SCOPE: BoardReadScope = {};

export function scopeOf(command: BoardCommand | undefined): BoardReadScope {
  const people = new Set<string>();
  if (command?.type === 'person.move') people.add(command.personId);
  for (const guard of command?.guard ?? []) {
    if (guard.kind === 'location') people.add(guard.personId);
  }
  return { people: [...people] };
}

async function readMovements(
  db: TwoFeetDb,
  eventId: string,
  people: readonly string[] | undefined,
): Promise<MovementEntry[]> {
  if (people === undefined) return db.boardMovements.where('eventId').equals(eventId).toArray();
  const lists = await rowsByKeys(db.boardMovements, 'personId', people);
  return lists.flat().filter((entry) => entry.eventId === eventId);
}

/**
 * Who is checked in at the event, as effectiveAttendance says. Scoped to a few people, it also
 * leaves out anyone no longer on the register; loadBoard does the same for everyone.
 */
async function readCheckedIn(
  db: TwoFeetDb,
  eventId: string,
  people: readonly string[] | undefined,
): Promise<string[]> {
  const isIn = (records: Attendance[]) =>
    effectiveAttendance(records)
      .filter((record) => record.status === 'checked-in')
      .map((record) => record.personId);
  if (people === undefined)
    return isIn(await db.attendance.where('eventId').equals(eventId).toArray());
  const answers = await Promise.all(
    people.map(async (personId) => {
      const [records, person] = await Promise.all([
        db.attendance.where('[eventId+personId]').equals([eventId, personId]).toArray(),
        db.people.get(personId),
      ]);
      return person ? isIn(records) : [];
    }),
  );
  return answers.flat();
}

/**
 * The board of one event as the records stand now. With a narrower scope than FULL_SCOPE the
 * movement log and the checked-in people hold only what the scope names: enough for the reducer
 * to decide that command, but not a board to show.
 */
export async function readBoardState(
  db: TwoFeetDb,
  eventId: string,
  scope: BoardReadScope = FULL_SCOPE,
): Promise<BoardState> {
  const [topics, slots, spaces, cells, groupRecords, movements, checkedIn] = await Promise.all([
    db.boardTopics.where('eventId').equals(eventId).toArray(),
    db.boardSlots.where('eventId').equals(eventId).toArray(),
    db.boardSpaces.where('eventId').equals(eventId).toArray(),
    db.boardCells.where('eventId').equals(eventId).toArray(),
    db.boardGroupRecords.where('eventId').equals(eventId).toArray(),
    readMovements(db, eventId, scope.people),
    readCheckedIn(db, eventId, scope.people),
  ]);
  return boardFromRecords(
    eventId,
    { topics, slots, spaces, cells, groupRecords, movements },
    checkedIn,
  );
}

type Row = Extract<BoardChange, { put: unknown }>['put'];

/**
 * Writes one command's changes. Each deletion leaves a tombstone (for a later merge between
 * laptops); a record put again with a tombstoned id (undo of a removal) clears its tombstone.
 * Movement entries are added, never put: the log is append-only, so an id clash fails the whole
 * command instead of overwriting what happened.
 */
export async function writeBoardChanges(
  db: TwoFeetDb,
  changes: readonly BoardChange[],
  ctx: CommandContext,
): Promise<void> {
  const puts = new Map<BoardTable, Row[]>();
  const deletes = new Map<BoardTable, string[]>();
  for (const change of changes) {
    if ('put' in change) puts.set(change.table, [...(puts.get(change.table) ?? []), change.put]);
    else deletes.set(change.table, [...(deletes.get(change.table) ?? []), change.delete]);
  }
  for (const name of BOARD_TABLES) {
    // The cast joins each table name to its record type, which TypeScript cannot follow.
    const table = db[name] as Table<Row, string>;
    const rows = puts.get(name);
    if (rows) await (name === 'boardMovements' ? table.bulkAdd(rows) : table.bulkPut(rows));
    const ids = deletes.get(name);
    if (ids) await table.bulkDelete(ids);
  }
  const tombstones: Tombstone[] = [...deletes].flatMap(([table, ids]) =>
    ids.map((id) => ({ id, table, deletedAt: ctx.now, deletedBy: ctx.actor })),
  );
  if (tombstones.length > 0) await db.tombstones.bulkPut(tombstones);
  await clearTombstones(db, puts);
}

async function clearTombstones(db: TwoFeetDb, puts: ReadonlyMap<BoardTable, Row[]>) {
  const restored: { table: BoardTable; id: string }[] = [];
  for (const [table, rows] of puts) {
    if (table === 'boardMovements') continue;
    for (const row of rows) restored.push({ table, id: row.id });
  }
  if (restored.length === 0) return;
  const found = await db.tombstones.bulkGet(restored.map((r) => r.id));
  const stale = restored.filter((r, i) => found[i]?.table === r.table).map((r) => r.id);
  if (stale.length > 0) await db.tombstones.bulkDelete(stale);
}
