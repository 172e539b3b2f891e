import type { CommandContext, RecordMeta } from '../record';
import { nextMeta } from '../record';
import type { BoardCommandType, BoardContext, CommandOf, Inverse } from './commands';
import type { CellRef } from './grid';
import { cellId } from './grid';
import type { MovementEntry } from './movement';
import type { BoardChange, BoardState } from './state';

type Keyed = 'topics' | 'slots' | 'spaces' | 'cells' | 'groupRecords';
type RecordOf<K extends Keyed> = BoardState[K][string];

const TABLE_OF = {
  topics: 'boardTopics',
  slots: 'boardSlots',
  spaces: 'boardSpaces',
  cells: 'boardCells',
  groupRecords: 'boardGroupRecords',
} as const;

/**
 * The new state of one command, built by copying only the collections it touches (a drag on a
 * board of 60 topics copies one cell map, not the board), with the list of records to write.
 * A record written twice in one command is written once, in its final form.
 */
export class BoardDraft {
  private current: BoardState;
  private readonly copied = new Set<Keyed>();
  private readonly changes = new Map<string, BoardChange>();

  constructor(base: BoardState) {
    this.current = base;
  }

  get state(): BoardState {
    return this.current;
  }

  put<K extends Keyed>(key: K, record: RecordOf<K>, mapKey: string = record.id): void {
    this.own(key)[mapKey] = record;
    // The cast joins the table name to its record type, which TypeScript cannot follow.
    this.changes.set(`${key}|${record.id}`, { table: TABLE_OF[key], put: record } as BoardChange);
  }

  remove<K extends Keyed>(key: K, mapKey: string, recordId: string = mapKey): void {
    // A filtered copy rather than `delete`: removals are rare (a slot, a space, notes).
    this.current = {
      ...this.current,
      [key]: Object.fromEntries(Object.entries(this.current[key]).filter(([k]) => k !== mapKey)),
    };
    this.copied.add(key);
    this.changes.set(`${key}|${recordId}`, {
      table: TABLE_OF[key],
      delete: recordId,
    } as BoardChange);
  }

  append(entry: MovementEntry): void {
    this.current = { ...this.current, movements: [...this.current.movements, entry] };
    this.changes.set(`movements|${entry.id}`, { table: 'boardMovements', put: entry });
  }

  /** Puts what a cell holds, creating its record the first time it is used. */
  setCell(
    ref: CellRef,
    change: { topicId?: string | null; pinned?: boolean },
    ctx: CommandContext,
  ) {
    const key = cellId(ref);
    const existing = this.current.cells[key];
    const meta: RecordMeta = existing
      ? nextMeta(existing, ctx)
      : { id: key, createdAt: ctx.now, updatedAt: ctx.now, version: 1 };
    this.put(
      'cells',
      {
        ...meta,
        eventId: this.current.eventId,
        slotId: ref.slotId,
        spaceId: ref.spaceId,
        topicId: change.topicId !== undefined ? change.topicId : (existing?.topicId ?? null),
        pinned: change.pinned ?? existing?.pinned ?? false,
      },
      key,
    );
  }

  get changeList(): BoardChange[] {
    return [...this.changes.values()];
  }

  private own<K extends Keyed>(key: K): Record<string, RecordOf<K>> {
    if (!this.copied.has(key)) {
      this.current = { ...this.current, [key]: { ...this.current[key] } };
      this.copied.add(key);
    }
    return this.current[key] as Record<string, RecordOf<K>>;
  }
}

/** Updates a record's content, moving its meta on (version + 1, updatedAt = now). */
export function touched<T extends RecordMeta>(
  record: T,
  change: Partial<T>,
  ctx: CommandContext,
): T {
  return { ...record, ...change, ...nextMeta(record, ctx) };
}

/** What one command's handler answers: a refusal, or the way back once it has changed the draft. */
export type Step = { refused: string } | { inverse: Inverse };

export type Handler<T extends BoardCommandType> = (
  draft: BoardDraft,
  command: CommandOf<T>,
  ctx: BoardContext,
) => Step;

export function refuse(reason: string): Step {
  return { refused: reason };
}
