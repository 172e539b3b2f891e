import type { BoardCommand, BoardContext, Inverse } from '../domain/board/commands';
import type { ConflictInputs } from '../domain/board/conflicts';
import { applyCommand } from '../domain/board/reducer';
import type { BoardChange, BoardState } from '../domain/board/state';
import { canStoreSpecialCategory } from '../domain/people/consent';
import type { Person } from '../domain/people/person';
import { displayName } from '../domain/people/person';
import type { CommandContext } from '../domain/record';
import type { TwoFeetDb } from './db';
import { newId } from './ids';
import { rowsByKeys } from './rows-by-keys';
import type { BoardReadScope } from './board-store';
import { boardTables, readBoardState, scopeOf, writeBoardChanges } from './board-store';

/**
 * The open-space board in the database. Every board action — a mouse drop, a keyboard move, a
 * button, a test — is a BoardCommand run by runBoardCommand: one read-write transaction reads
 * the event's board, applies the pure reducer (domain/board/reducer.ts) and writes its changes.
 * Nothing but IndexedDB is awaited inside, a refused command writes nothing, and a failed write
 * rolls the whole command back. Undo and redo are in board-history.ts.
 */

export const NO_EVENT = 'This event no longer exists. It may have been deleted in another window.';

/** What the board shows for a person id whose record has gone (erased, or merged away). */
export const UNKNOWN_PERSON = 'Someone no longer on the register';

export interface BoardPerson {
  id: string;
  /** The name on screen: their preferred name when they gave one. */
  name: string;
  checkedIn: boolean;
  /**
   * Step-free access is among their access needs AND their current consent allows health data
   * (checked here with canStoreSpecialCategory, not assumed from the needs being stored: records
   * merged from another laptop could hold needs whose consent was withdrawn there).
   */
  needsStepFree: boolean;
}

export interface LoadedBoard {
  state: BoardState;
  /** The people checked in, A to Z: the chips of the law of two feet. */
  checkedIn: BoardPerson[];
  /** Everyone the board names: checked in, conveners, reporters, people in the movement log. */
  people: ReadonlyMap<string, BoardPerson>;
  personName: (personId: string) => string;
  /** What findConflicts needs, ready to pass. */
  conflictInputs: ConflictInputs;
}

/** A board context for the app: ids are random UUIDs, names come from the loaded board. */
export function boardContext(
  ctx: CommandContext,
  personName?: (personId: string) => string,
): BoardContext {
  return { ...ctx, newId, ...(personName ? { personName } : {}) };
}

/**
 * The board of one event and the people on it, read in one transaction so they agree; undefined
 * when the event does not exist. Suitable for useLiveQuery: it reads the six board tables,
 * attendance, people and consent records, so any change to those updates the screen.
 */
export async function loadBoard(db: TwoFeetDb, eventId: string): Promise<LoadedBoard | undefined> {
  return db.transaction(
    'r',
    [...boardTables(db), db.events, db.attendance, db.people, db.consentRecords],
    async () => {
      if (!(await db.events.get(eventId))) return undefined;
      const read = await readBoardState(db, eventId);
      const ids = [...referencedPeople(read)];
      const [found, health] = await Promise.all([
        db.people.bulkGet(ids),
        rowsByKeys(
          db.consentRecords,
          '[personId+purpose]',
          ids.map((id) => [id, 'health']),
        ),
      ]);
      const onRegister = new Map<string, Person>();
      ids.forEach((id, i) => {
        const person = found[i];
        if (person) onRegister.set(id, person);
      });
      // Someone erased since they checked in is no longer anyone's chip.
      const state = {
        ...read,
        checkedIn: new Set([...read.checkedIn].filter((id) => onRegister.has(id))),
      };
      const people = new Map<string, BoardPerson>();
      ids.forEach((id, i) => {
        const person = onRegister.get(id);
        people.set(id, {
          id,
          name: person ? displayName(person) : UNKNOWN_PERSON,
          checkedIn: state.checkedIn.has(id),
          needsStepFree:
            person?.access.stepFree === true && canStoreSpecialCategory(health[i] ?? [], 'health'),
        });
      });
      const sortName = (id: string) => onRegister.get(id)?.sortName ?? '';
      const checkedIn = [...people.values()]
        .filter((p) => p.checkedIn)
        .sort((a, b) => byKey(sortName(a.id), sortName(b.id)) || byKey(a.id, b.id));
      const personName = (personId: string) => people.get(personId)?.name ?? UNKNOWN_PERSON;
      const needsStepFree = new Map([...people].map(([id, p]) => [id, p.needsStepFree]));
      return {
        state,
        checkedIn,
        people,
        personName,
        conflictInputs: { needsStepFree, nameOf: personName },
      };
    },
  );
}

function byKey(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function referencedPeople(state: BoardState): Set<string> {
  const ids = new Set(state.checkedIn);
  for (const topic of Object.values(state.topics)) {
    for (const convener of topic.conveners)
      if (convener.kind === 'person') ids.add(convener.personId);
  }
  for (const record of Object.values(state.groupRecords)) {
    if (record.reporter?.kind === 'person') ids.add(record.reporter.personId);
  }
  for (const entry of state.movements) ids.add(entry.personId);
  return ids;
}

export type BoardCommandResult =
  { ok: true; changes: BoardChange[]; inverse: Inverse } | { ok: false; reason: string };

/**
 * Runs one board command in one transaction. It reads only what the command needs (see
 * scopeOf), so the answer carries the changes written, not a new board: screens show the board
 * through useLiveQuery(loadBoard), which follows every write from any window. A refusal ({ok: false, reason}) is plain English
 * for the screen; a storage failure (disk full, another window upgraded the database) rejects,
 * as other commands do, with nothing written — show it with describeStorageError.
 */
export async function runBoardCommand(
  db: TwoFeetDb,
  eventId: string,
  command: BoardCommand,
  ctx: BoardContext,
): Promise<BoardCommandResult> {
  return commitBoard(db, eventId, ctx, scopeOf(command), (state) => {
    const result = applyCommand(state, command, ctx);
    return result.ok ? { ok: true, changes: result.changes, inverse: result.inverse } : result;
  });
}

type Decision = { ok: true; changes: readonly BoardChange[] } | { ok: false; reason: string };

/**
 * The one transaction every board change goes through: read the board (as much as `scope`
 * says), let `decide` (pure and synchronous) work out the change, write it. Shared by runBoardCommand and the undo history.
 */
export async function commitBoard<R extends Decision>(
  db: TwoFeetDb,
  eventId: string,
  ctx: CommandContext,
  scope: BoardReadScope,
  decide: (state: BoardState) => R,
): Promise<R | { ok: false; reason: string }> {
  return db.transaction(
    'rw',
    [...boardTables(db), db.tombstones, db.events, db.attendance, db.people],
    async () => {
      if (!(await db.events.get(eventId))) return { ok: false as const, reason: NO_EVENT };
      const decision = decide(await readBoardState(db, eventId, scope));
      if (decision.ok) await writeBoardChanges(db, decision.changes, ctx);
      return decision;
    },
  );
}
