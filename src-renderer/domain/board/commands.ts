import type { CommandContext } from '../record';
import type { CellRef, SlotInput, SpaceInput } from './grid';
import type { GroupRecordInput } from './group-record';
import type { Location } from './movement';
import type { BoardTable } from './state';
import type { TopicInput } from './topics';

/**
 * Every change to the board is one of these plain objects, so a mouse drop, a keyboard move, a
 * button, a test and a future phone over the venue Wi-Fi all say the same thing in the same
 * words, and a command can be stored, sent or replayed.
 *
 * Commands that create a record carry its id: redo then recreates the same record, and later
 * steps on the undo stack that name it still find it. Movement entries are the exception: the
 * log is append-only, so each move (including an undo or a redo of one) is a new entry with an
 * id from ctx.newId.
 */
export type BoardCommand = (
  | { type: 'topic.add'; topicId: string; input: TopicInput }
  | { type: 'topic.edit'; topicId: string; input: TopicInput }
  | { type: 'topic.remove'; topicId: string }
  /** Folds the duplicate into the kept topic, keeping the conveners of both. */
  | { type: 'topic.merge'; keepId: string; duplicateId: string }
  /**
   * Undoes a merge: the kept topic gets back exactly what it had, and the duplicate its queue
   * place or, when it was on the grid, its cell (`cell`) which the kept topic had taken over.
   */
  | {
      type: 'topic.unmerge';
      keepId: string;
      duplicateId: string;
      keptBefore: TopicInput;
      cell: CellRef | null;
    }
  | { type: 'slot.add'; slotId: string; input: SlotInput }
  | { type: 'slot.edit'; slotId: string; input: SlotInput }
  | { type: 'slot.remove'; slotId: string }
  /** position: where in the row (undo of a removal puts it back); new spaces go last. */
  | { type: 'space.add'; spaceId: string; input: SpaceInput; position?: number }
  | { type: 'space.edit'; spaceId: string; input: SpaceInput }
  | { type: 'space.remove'; spaceId: string }
  /**
   * A drop of a topic on a cell, from the queue or from another cell. On an occupied cell the
   * two swap: the other topic goes where the dropped one came from (the queue, or its cell).
   */
  | { type: 'topic.place'; topicId: string; cell: CellRef }
  /** Back to the queue. */
  | { type: 'topic.unplace'; topicId: string }
  /** Exchanges what two cells hold (either may be empty): the keyboard's "swap with". */
  | { type: 'cell.swap'; a: CellRef; b: CellRef }
  | { type: 'cell.pin'; cell: CellRef }
  | { type: 'cell.unpin'; cell: CellRef }
  /** The law of two feet: someone joins a group, goes wandering ('wandering') or leaves (null). */
  | { type: 'person.move'; slotId: string; personId: string; to: Location }
  | { type: 'group.record'; topicId: string; input: GroupRecordInput }
  | { type: 'group.clear'; topicId: string }
) & {
  /**
   * Set on the inverses that undo and redo replay: what the records must still look like for the
   * step to apply. Another device changing them since makes the step refuse, not corrupt.
   */
  guard?: readonly Guard[];
};

export type BoardCommandType = BoardCommand['type'];

export type CommandOf<T extends BoardCommandType> = Extract<BoardCommand, { type: T }>;

export type Guard =
  /** The record's fingerprint (content without meta), or null when it must not exist. */
  | {
      kind: 'record';
      table: Exclude<BoardTable, 'boardMovements'>;
      id: string;
      content: string | null;
    }
  /** Where the person must still be in that slot. */
  | { kind: 'location'; slotId: string; personId: string; location: Location };

export interface BoardContext extends CommandContext {
  /** A fresh unique id (a UUID in the app, a counter in tests) for each movement log entry. */
  newId: () => string;
  /** The name on screen for a person, for reasons such as "Sam is not checked in." */
  personName?: (personId: string) => string;
}

/** An honest answer for a change that has no way back. */
export interface NotUndoable {
  undoable: false;
  reason: string;
}

export type Inverse = BoardCommand | NotUndoable;

export function isUndoable(inverse: Inverse): inverse is BoardCommand {
  return !('undoable' in inverse);
}
