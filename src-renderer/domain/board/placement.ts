import { compareIds, compareInstants } from '../people/instants';
import type { CommandContext } from '../record';
import { capitalise } from '../text';
import type { BoardCommand } from './commands';
import type { BoardDraft, Handler, Step } from './draft';
import { refuse, touched } from './draft';
import type { Cell, CellRef, Slot, Space } from './grid';
import { cellId, cellName, sameCell, slotName } from './grid';
import type { BoardState } from './state';
import type { Topic, TopicStatus } from './topics';

/**
 * Where topics sit. The rules, in the words a facilitator would use: a topic is in the queue or
 * in one cell; dropping on an occupied cell swaps the two (the other goes where the dropped one
 * came from); a pinned cell stays as it is; a break holds no topic. No rule ever drops a topic:
 * each one either moves it somewhere or refuses with a reason.
 */
export type Spot = { kind: 'queue' } | { kind: 'cell'; cell: CellRef };

export const QUEUE: Spot = { kind: 'queue' };

export function cellSpot(cell: CellRef): Spot {
  return { kind: 'cell', cell };
}

/** The cell a topic sits in, if any. */
export function cellHolding(state: BoardState, topicId: string): Cell | undefined {
  for (const cell of Object.values(state.cells)) if (cell.topicId === topicId) return cell;
  return undefined;
}

export function topicAt(state: BoardState, ref: CellRef): Topic | undefined {
  const topicId = state.cells[cellId(ref)]?.topicId;
  return topicId ? state.topics[topicId] : undefined;
}

export function isPinned(state: BoardState, ref: CellRef): boolean {
  return state.cells[cellId(ref)]?.pinned === true;
}

/** "11:00, Garden room", or a plain phrase when the slot or space has gone. */
export function nameOfCell(state: BoardState, ref: CellRef): string {
  const slot = state.slots[ref.slotId];
  const space = state.spaces[ref.spaceId];
  return slot && space ? cellName(slot, space) : 'a cell that is no longer on the grid';
}

export function pinnedReason(state: BoardState, ref: CellRef): string {
  const slot = state.slots[ref.slotId];
  const space = state.spaces[ref.spaceId];
  const name = slot && space ? `${slot.start} ${space.name}` : 'chosen';
  return `The ${name} session is pinned. Unpin it first.`;
}

/** The topics waiting in the queue, oldest pitch first. */
export function queuedTopics(state: BoardState): Topic[] {
  return Object.values(state.topics)
    .filter((topic) => topic.status === 'queued')
    .sort((a, b) => compareInstants(a.createdAt, b.createdAt) || compareIds(a.id, b.id));
}

/** A cell that can hold a topic: both ends exist and the slot is a session. */
export function checkSessionCell(
  state: BoardState,
  ref: CellRef,
): { slot: Slot; space: Space } | { reason: string } {
  const slot = state.slots[ref.slotId];
  const space = state.spaces[ref.spaceId];
  if (!slot) return { reason: 'That time slot is no longer on the grid.' };
  if (!space) return { reason: 'That space is no longer on the grid.' };
  if (slot.kind === 'break')
    return { reason: `${capitalise(slotName(slot))} is a break, so no topic can go there.` };
  return { slot, space };
}

export type DropPlan =
  | { ok: true; topicId: string; from: Spot; to: Spot; displaced: string | null }
  | { ok: false; reason: string };

/**
 * What dropping a topic on a spot would do, without doing it: the reducer applies this plan and
 * the drag-and-drop announcements read it, so what is said is what happens.
 */
export function planDrop(state: BoardState, topicId: string, to: Spot): DropPlan {
  const topic = state.topics[topicId];
  if (!topic) return { ok: false, reason: 'That topic is no longer on the board.' };
  if (topic.status === 'merged') {
    const kept = topic.mergedInto ? state.topics[topic.mergedInto] : undefined;
    return {
      ok: false,
      reason: `'${topic.title}' was merged into '${kept?.title ?? 'another topic'}'.`,
    };
  }
  const source = cellHolding(state, topicId);
  const from: Spot = source ? cellSpot(source) : QUEUE;
  if (from.kind === 'cell' && isPinned(state, from.cell))
    return { ok: false, reason: pinnedReason(state, from.cell) };
  if (to.kind === 'queue') {
    if (from.kind === 'queue')
      return { ok: false, reason: `'${topic.title}' is already in the queue.` };
    return { ok: true, topicId, from, to, displaced: null };
  }
  const target = checkSessionCell(state, to.cell);
  if ('reason' in target) return { ok: false, reason: target.reason };
  if (from.kind === 'cell' && sameCell(from.cell, to.cell))
    return { ok: false, reason: `'${topic.title}' is already in ${nameOfCell(state, to.cell)}.` };
  if (isPinned(state, to.cell)) return { ok: false, reason: pinnedReason(state, to.cell) };
  const displaced = state.cells[cellId(to.cell)]?.topicId ?? null;
  return { ok: true, topicId, from, to: cellSpot(to.cell), displaced };
}

function setStatus(draft: BoardDraft, topicId: string, status: TopicStatus, ctx: CommandContext) {
  const topic = draft.state.topics[topicId];
  if (topic && topic.status !== status) draft.put('topics', touched(topic, { status }, ctx));
}

/** Carries out a plan and answers the drop that puts everything back. */
function applyDrop(
  draft: BoardDraft,
  plan: Extract<DropPlan, { ok: true }>,
  ctx: CommandContext,
): Step {
  const { topicId, from, to, displaced } = plan;
  if (to.kind === 'queue') {
    if (from.kind === 'cell') draft.setCell(from.cell, { topicId: null }, ctx);
    setStatus(draft, topicId, 'queued', ctx);
  } else {
    draft.setCell(to.cell, { topicId }, ctx);
    if (from.kind === 'cell') draft.setCell(from.cell, { topicId: displaced }, ctx);
    else if (displaced) setStatus(draft, displaced, 'queued', ctx);
    setStatus(draft, topicId, 'placed', ctx);
  }
  let inverse: BoardCommand;
  if (from.kind === 'cell') inverse = { type: 'topic.place', topicId, cell: from.cell };
  else if (displaced && to.kind === 'cell')
    // The displaced topic went to the queue; dropping it back swaps this one out to the queue.
    inverse = { type: 'topic.place', topicId: displaced, cell: to.cell };
  else inverse = { type: 'topic.unplace', topicId };
  return { inverse };
}

export const placeTopic: Handler<'topic.place'> = (draft, command, ctx) => {
  const plan = planDrop(draft.state, command.topicId, cellSpot(command.cell));
  return plan.ok ? applyDrop(draft, plan, ctx) : refuse(plan.reason);
};

export const unplaceTopic: Handler<'topic.unplace'> = (draft, command, ctx) => {
  const plan = planDrop(draft.state, command.topicId, QUEUE);
  return plan.ok ? applyDrop(draft, plan, ctx) : refuse(plan.reason);
};

export const swapCells: Handler<'cell.swap'> = (draft, { a, b }, ctx) => {
  const state = draft.state;
  if (sameCell(a, b)) return refuse('Choose two different cells to swap.');
  for (const ref of [a, b]) {
    const check = checkSessionCell(state, ref);
    if ('reason' in check) return refuse(check.reason);
    if (isPinned(state, ref)) return refuse(pinnedReason(state, ref));
  }
  const first = state.cells[cellId(a)]?.topicId ?? null;
  const second = state.cells[cellId(b)]?.topicId ?? null;
  if (first === null && second === null)
    return refuse('Both cells are empty, so there is nothing to swap.');
  draft.setCell(a, { topicId: second }, ctx);
  draft.setCell(b, { topicId: first }, ctx);
  return { inverse: { type: 'cell.swap', a, b } };
};

export const pinCell: Handler<'cell.pin'> = (draft, { cell }, ctx) => {
  const check = checkSessionCell(draft.state, cell);
  if ('reason' in check) return refuse(check.reason);
  if (isPinned(draft.state, cell))
    return refuse(`${nameOfCell(draft.state, cell)} is already pinned.`);
  draft.setCell(cell, { pinned: true }, ctx);
  return { inverse: { type: 'cell.unpin', cell } };
};

/** Unpinning needs only a pin, so a pin that ended up on a break (after a merge) can still go. */
export const unpinCell: Handler<'cell.unpin'> = (draft, { cell }, ctx) => {
  if (!isPinned(draft.state, cell))
    return refuse(`${nameOfCell(draft.state, cell)} is not pinned.`);
  draft.setCell(cell, { pinned: false }, ctx);
  return { inverse: { type: 'cell.pin', cell } };
};
