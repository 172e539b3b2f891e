import { capitalise } from '../text';
import type { BoardCommand, BoardContext, Guard, Inverse } from './commands';
import { isUndoable } from './commands';
import type { Step } from './draft';
import { BoardDraft, refuse } from './draft';
import { slotName } from './grid';
import { addSlot, addSpace, editSlot, editSpace, removeSlot, removeSpace } from './grid-actions';
import { clearGroup, recordGroup } from './group-record';
import { locationOf, movePerson } from './movement';
import { nameOfCell, pinCell, placeTopic, swapCells, unpinCell, unplaceTopic } from './placement';
import type { BoardChange, BoardState } from './state';
import { fingerprint } from './state';
import { addTopic, editTopic, mergeTopics, removeTopic, unmergeTopics } from './topic-actions';

export type ApplyResult =
  | {
      ok: true;
      state: BoardState;
      /** The records to write, all in one transaction. */
      changes: BoardChange[];
      /** The command that puts the board back, guarded against changes made elsewhere since. */
      inverse: Inverse;
    }
  | { ok: false; reason: string };

/**
 * The one way the board changes. Pure: the same state, command and context give the same
 * answer, and a refused command changes nothing (the state passed in is never modified).
 */
export function applyCommand(
  state: BoardState,
  command: BoardCommand,
  ctx: BoardContext,
): ApplyResult {
  if (command.guard) {
    const failure = guardFailure(state, command.guard, ctx);
    if (failure) return { ok: false, reason: failure };
  }
  const draft = new BoardDraft(state);
  const step = dispatch(draft, command, ctx);
  if ('refused' in step) return { ok: false, reason: step.refused };
  const changes = draft.changeList;
  const inverse: Inverse = isUndoable(step.inverse)
    ? { ...step.inverse, guard: guardsFor(changes) }
    : step.inverse;
  return { ok: true, state: draft.state, changes, inverse };
}

function dispatch(draft: BoardDraft, command: BoardCommand, ctx: BoardContext): Step {
  switch (command.type) {
    case 'topic.add':
      return addTopic(draft, command, ctx);
    case 'topic.edit':
      return editTopic(draft, command, ctx);
    case 'topic.remove':
      return removeTopic(draft, command, ctx);
    case 'topic.merge':
      return mergeTopics(draft, command, ctx);
    case 'topic.unmerge':
      return unmergeTopics(draft, command, ctx);
    case 'slot.add':
      return addSlot(draft, command, ctx);
    case 'slot.edit':
      return editSlot(draft, command, ctx);
    case 'slot.remove':
      return removeSlot(draft, command, ctx);
    case 'space.add':
      return addSpace(draft, command, ctx);
    case 'space.edit':
      return editSpace(draft, command, ctx);
    case 'space.remove':
      return removeSpace(draft, command, ctx);
    case 'topic.place':
      return placeTopic(draft, command, ctx);
    case 'topic.unplace':
      return unplaceTopic(draft, command, ctx);
    case 'cell.swap':
      return swapCells(draft, command, ctx);
    case 'cell.pin':
      return pinCell(draft, command, ctx);
    case 'cell.unpin':
      return unpinCell(draft, command, ctx);
    case 'person.move':
      return movePerson(draft, command, ctx);
    case 'group.record':
      return recordGroup(draft, command, ctx);
    case 'group.clear':
      return clearGroup(draft, command, ctx);
    default:
      // A command from a newer version of the app, arriving from another device.
      return refuse('This change is not known to this version of Two Feet.');
  }
}

/**
 * What the records this command wrote must still look like for its inverse to apply. Movement
 * entries are never changed, so for a move it is where the person is that must not have changed.
 */
function guardsFor(changes: readonly BoardChange[]): Guard[] {
  return changes.map((change): Guard => {
    if (change.table === 'boardMovements') {
      const entry = 'put' in change ? change.put : undefined;
      return {
        kind: 'location',
        slotId: entry?.slotId ?? '',
        personId: entry?.personId ?? '',
        location: entry?.to ?? null,
      };
    }
    return 'put' in change
      ? { kind: 'record', table: change.table, id: change.put.id, content: fingerprint(change.put) }
      : { kind: 'record', table: change.table, id: change.delete, content: null };
  });
}

function guardFailure(
  state: BoardState,
  guards: readonly Guard[],
  ctx: BoardContext,
): string | undefined {
  for (const guard of guards) {
    if (guard.kind === 'location') {
      if (locationOf(state, guard.slotId, guard.personId) === guard.location) continue;
      const name = ctx.personName?.(guard.personId) ?? 'This person';
      return `${name} has been moved on another device since.`;
    }
    if (fingerprint(currentRecord(state, guard)) === guard.content) continue;
    return `${describeRecord(state, guard)} has been changed on another device since.`;
  }
  return undefined;
}

function currentRecord(
  state: BoardState,
  guard: Extract<Guard, { kind: 'record' }>,
): object | undefined {
  switch (guard.table) {
    case 'boardTopics':
      return state.topics[guard.id];
    case 'boardSlots':
      return state.slots[guard.id];
    case 'boardSpaces':
      return state.spaces[guard.id];
    case 'boardCells':
      return state.cells[guard.id];
    case 'boardGroupRecords':
      return state.groupRecords[guard.id];
  }
}

function describeRecord(state: BoardState, guard: Extract<Guard, { kind: 'record' }>): string {
  switch (guard.table) {
    case 'boardTopics': {
      const topic = state.topics[guard.id];
      return topic ? `'${topic.title}'` : 'That topic';
    }
    case 'boardSlots': {
      const slot = state.slots[guard.id];
      return slot ? capitalise(slotName(slot)) : 'That time slot';
    }
    case 'boardSpaces':
      return state.spaces[guard.id]?.name ?? 'That space';
    case 'boardCells': {
      const cell = state.cells[guard.id];
      return cell ? nameOfCell(state, cell) : 'That cell';
    }
    case 'boardGroupRecords': {
      const topicId = state.groupRecords[guard.id]?.topicId;
      const title = topicId ? state.topics[topicId]?.title : undefined;
      return title ? `The notes of '${title}'` : "That group's notes";
    }
  }
}
