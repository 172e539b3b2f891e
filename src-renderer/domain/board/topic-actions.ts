import type { CommandContext } from '../record';
import { createdMeta } from '../record';
import type { FieldErrors } from '../result';
import type { Handler } from './draft';
import { refuse, touched } from './draft';
import { cellName } from './grid';
import { groupRecordId } from './group-record';
import { cellHolding, nameOfCell } from './placement';
import type { BoardState } from './state';
import type { Topic } from './topics';
import { mergedTopicInput, topicInput, validateTopic } from './topics';

/** The marketplace: topics pitched, corrected, withdrawn, and duplicates merged. */

/** A command refuses with the first problem; the form shows them all beside their fields first. */
export function firstProblem(errors: FieldErrors): string {
  return Object.values(errors).find((m) => m !== undefined) ?? 'Something is not right.';
}

function liveTopic(state: BoardState, topicId: string): Topic | { reason: string } {
  const topic = state.topics[topicId];
  if (!topic) return { reason: 'That topic is no longer on the board.' };
  if (topic.status === 'merged') {
    const kept = topic.mergedInto ? state.topics[topic.mergedInto] : undefined;
    return { reason: `'${topic.title}' was merged into '${kept?.title ?? 'another topic'}'.` };
  }
  return topic;
}

export const addTopic: Handler<'topic.add'> = (draft, { topicId, input }, ctx) => {
  if (draft.state.topics[topicId]) return refuse('That topic is already on the board.');
  const checked = validateTopic(input);
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  draft.put('topics', {
    ...createdMeta(topicId, ctx),
    eventId: draft.state.eventId,
    ...checked.value,
    status: 'queued',
  });
  return { inverse: { type: 'topic.remove', topicId } };
};

export const editTopic: Handler<'topic.edit'> = (draft, { topicId, input }, ctx) => {
  const topic = liveTopic(draft.state, topicId);
  if ('reason' in topic) return refuse(topic.reason);
  const checked = validateTopic(input);
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  draft.put('topics', touched(topic, checked.value, ctx));
  return { inverse: { type: 'topic.edit', topicId, input: topicInput(topic) } };
};

/**
 * Only a topic in the queue can be withdrawn, and only when nothing else depends on it: a
 * topic on the grid may have a group in the room, and notes or merged duplicates would be lost.
 */
export const removeTopic: Handler<'topic.remove'> = (draft, { topicId }) => {
  const state = draft.state;
  const topic = liveTopic(state, topicId);
  if ('reason' in topic) return refuse(topic.reason);
  const cell = cellHolding(state, topicId);
  if (cell)
    return refuse(
      `'${topic.title}' is on the grid at ${nameOfCell(state, cell)}. ` +
        'Move it back to the queue first.',
    );
  if (state.groupRecords[groupRecordId(topicId)])
    return refuse(`'${topic.title}' has group notes. Clear them first.`);
  if (Object.values(state.topics).some((t) => t.mergedInto === topicId))
    return refuse(`Other topics were merged into '${topic.title}', so it cannot be removed.`);
  draft.remove('topics', topicId);
  return { inverse: { type: 'topic.add', topicId, input: topicInput(topic) } };
};

/**
 * The duplicate folds into the kept topic: both conveners stay, tags join, and the kept card
 * takes the duplicate's cell when only the duplicate was on the grid (a pin on that cell stays:
 * the session has not moved, only its card). When both are on the grid the facilitator has to
 * choose which session stays, so the merge is refused rather than guessed.
 */
export const mergeTopics: Handler<'topic.merge'> = (draft, { keepId, duplicateId }, ctx) => {
  const state = draft.state;
  if (keepId === duplicateId) return refuse('Choose two different topics to merge.');
  const keep = liveTopic(state, keepId);
  if ('reason' in keep) return refuse(keep.reason);
  const duplicate = liveTopic(state, duplicateId);
  if ('reason' in duplicate) return refuse(duplicate.reason);
  const keepCell = cellHolding(state, keepId);
  const duplicateCell = cellHolding(state, duplicateId);
  if (keepCell && duplicateCell) {
    return refuse(
      `Both topics are on the grid: '${keep.title}' at ${nameOfCell(state, keepCell)} and ` +
        `'${duplicate.title}' at ${nameOfCell(state, duplicateCell)}. ` +
        'Move one back to the queue first.',
    );
  }
  const merged = mergedTopicInput(keep, duplicate);
  draft.put(
    'topics',
    touched(keep, { ...merged, status: duplicateCell ? 'placed' : keep.status }, ctx),
  );
  draft.put('topics', touched(duplicate, { status: 'merged', mergedInto: keepId }, ctx));
  const cell = duplicateCell
    ? { slotId: duplicateCell.slotId, spaceId: duplicateCell.spaceId }
    : null;
  if (cell) draft.setCell(cell, { topicId: keepId }, ctx);
  return {
    inverse: { type: 'topic.unmerge', keepId, duplicateId, keptBefore: topicInput(keep), cell },
  };
};

export const unmergeTopics: Handler<'topic.unmerge'> = (draft, command, ctx) => {
  const state = draft.state;
  const { keepId, duplicateId, cell } = command;
  const keep = liveTopic(state, keepId);
  if ('reason' in keep) return refuse(keep.reason);
  const duplicate = state.topics[duplicateId];
  if (!duplicate || duplicate.status !== 'merged' || duplicate.mergedInto !== keepId)
    return refuse(`That topic is not merged into '${keep.title}'.`);
  const checked = validateTopic(command.keptBefore);
  if (!checked.ok) return refuse(firstProblem(checked.errors));
  const keepCell = cellHolding(state, keepId);
  if (cell) {
    const slot = state.slots[cell.slotId];
    const space = state.spaces[cell.spaceId];
    if (!slot || !space || keepCell?.slotId !== cell.slotId || keepCell.spaceId !== cell.spaceId)
      return refuse(
        `'${keep.title}' is no longer at ${slot && space ? cellName(slot, space) : 'its cell'}.`,
      );
    draft.setCell(cell, { topicId: duplicateId }, ctx);
  }
  draft.put(
    'topics',
    touched(keep, { ...checked.value, status: cell ? 'queued' : keep.status }, ctx),
  );
  draft.put('topics', unmerged(duplicate, cell ? 'placed' : 'queued', ctx));
  return { inverse: { type: 'topic.merge', keepId, duplicateId } };
};

function unmerged(topic: Topic, status: 'queued' | 'placed', ctx: CommandContext): Topic {
  const next = touched(topic, { status }, ctx);
  // Deleted rather than set to undefined: IndexedDB would keep an undefined property.
  delete next.mergedInto;
  return next;
}
