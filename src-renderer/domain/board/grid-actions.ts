import { createdMeta } from '../record';
import { capitalise } from '../text';
import type { BoardDraft, Handler } from './draft';
import { refuse, touched } from './draft';
import type { Cell } from './grid';
import { cellId, slotInput, slotName, spaceInput, validateSlot, validateSpace } from './grid';
import type { BoardState } from './state';
import { firstProblem } from './topic-actions';

/**
 * Setting up the grid. A slot or space that has topics (or pins) on it cannot vanish or turn
 * into a break under them: the facilitator moves the topics first, so nothing is lost silently.
 */

function cellsWhere(state: BoardState, match: (cell: Cell) => boolean): Cell[] {
  return Object.values(state.cells).filter(match);
}

function inUse(cells: readonly Cell[]): boolean {
  return cells.some((cell) => cell.topicId !== null || cell.pinned);
}

/** Empty, unpinned cells of a removed slot or space go with it. */
function removeCells(draft: BoardDraft, cells: readonly Cell[]): void {
  for (const cell of cells) draft.remove('cells', cellId(cell));
}

export const addSlot: Handler<'slot.add'> = (draft, { slotId, input }, ctx) => {
  const state = draft.state;
  if (state.slots[slotId]) return refuse('That time slot is already on the grid.');
  const checked = validateSlot(input, Object.values(state.slots));
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  draft.put('slots', { ...createdMeta(slotId, ctx), eventId: state.eventId, ...checked.value });
  return { inverse: { type: 'slot.remove', slotId } };
};

export const editSlot: Handler<'slot.edit'> = (draft, { slotId, input }, ctx) => {
  const state = draft.state;
  const slot = state.slots[slotId];
  if (!slot) return refuse('That time slot is no longer on the grid.');
  const others = Object.values(state.slots).filter((s) => s.id !== slotId);
  const checked = validateSlot(input, others);
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  if (checked.value.kind === 'break' && inUse(cellsWhere(state, (c) => c.slotId === slotId)))
    return refuse(
      `${capitalise(slotName(slot))} has topics or pinned cells. Move them or unpin them first.`,
    );
  draft.put('slots', touched(slot, checked.value, ctx));
  return { inverse: { type: 'slot.edit', slotId, input: slotInput(slot) } };
};

export const removeSlot: Handler<'slot.remove'> = (draft, { slotId }) => {
  const state = draft.state;
  const slot = state.slots[slotId];
  if (!slot) return refuse('That time slot is no longer on the grid.');
  const cells = cellsWhere(state, (c) => c.slotId === slotId);
  if (inUse(cells))
    return refuse(
      `${capitalise(slotName(slot))} has topics or pinned cells. Move them or unpin them first.`,
    );
  removeCells(draft, cells);
  draft.remove('slots', slotId);
  return { inverse: { type: 'slot.add', slotId, input: slotInput(slot) } };
};

export const addSpace: Handler<'space.add'> = (draft, { spaceId, input, position }, ctx) => {
  const state = draft.state;
  if (state.spaces[spaceId]) return refuse('That space is already on the grid.');
  const checked = validateSpace(input, Object.values(state.spaces));
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  const last = Math.max(0, ...Object.values(state.spaces).map((s) => s.position));
  draft.put('spaces', {
    ...createdMeta(spaceId, ctx),
    eventId: state.eventId,
    ...checked.value,
    position: position ?? last + 1,
  });
  return { inverse: { type: 'space.remove', spaceId } };
};

export const editSpace: Handler<'space.edit'> = (draft, { spaceId, input }, ctx) => {
  const state = draft.state;
  const space = state.spaces[spaceId];
  if (!space) return refuse('That space is no longer on the grid.');
  const others = Object.values(state.spaces).filter((s) => s.id !== spaceId);
  const checked = validateSpace(input, others);
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  draft.put('spaces', touched(space, checked.value, ctx));
  return { inverse: { type: 'space.edit', spaceId, input: spaceInput(space) } };
};

/** Undo brings a removed space back with its id and its place in the row. */
export const removeSpace: Handler<'space.remove'> = (draft, { spaceId }) => {
  const state = draft.state;
  const space = state.spaces[spaceId];
  if (!space) return refuse('That space is no longer on the grid.');
  const cells = cellsWhere(state, (c) => c.spaceId === spaceId);
  if (inUse(cells))
    return refuse(`${space.name} has topics or pinned cells. Move them or unpin them first.`);
  removeCells(draft, cells);
  draft.remove('spaces', spaceId);
  return {
    inverse: { type: 'space.add', spaceId, input: spaceInput(space), position: space.position },
  };
};
