import type { Spot } from './placement';
import { cellHolding, nameOfCell, planDrop, topicAt } from './placement';
import type { BoardState } from './state';

/**
 * What a screen reader hears while a topic is dragged with a mouse, a finger or the keyboard
 * (dnd-kit's announcements). Plain sentences naming the topic and the cell, and saying what a
 * drop will do before it happens — the same plan the reducer carries out, so the words never
 * promise something the drop then refuses.
 */
export type PlaceName = { kind: 'queue' } | { kind: 'cell'; name: string };

export type DropOutcome =
  /** Into an empty cell, or back to the queue. */
  | { kind: 'move' }
  /** Onto a cell holding `other`, which goes to `otherTo` (where the dragged topic came from). */
  | { kind: 'swap'; other: string; otherTo: PlaceName }
  | { kind: 'refused'; reason: string }
  /** Not over anywhere a topic can go. */
  | { kind: 'none' };

export interface DropPreview {
  topic: string;
  from: PlaceName;
  over: PlaceName | null;
  outcome: DropOutcome;
}

function placeText(place: PlaceName): string {
  return place.kind === 'queue' ? 'the queue' : place.name;
}

export function announcePickUp(topic: string, from: PlaceName): string {
  return `Picked up topic ${topic} from ${placeText(from)}.`;
}

export function announceOver({ topic, from, over, outcome }: DropPreview): string {
  if (over === null || outcome.kind === 'none')
    return `${topic} is not over a cell. Dropping now leaves it in ${placeText(from)}.`;
  if (outcome.kind === 'refused') return `Over ${placeText(over)}. ${outcome.reason}`;
  if (outcome.kind === 'swap') {
    const then =
      outcome.otherTo.kind === 'queue'
        ? `Dropping will put ${outcome.other} back in the queue.`
        : 'Dropping will swap them.';
    return `Over ${placeText(over)}, which holds ${outcome.other}. ${then}`;
  }
  if (over.kind === 'queue')
    return `Over the queue. Dropping will move ${topic} back to the queue.`;
  return `Over ${over.name}, which is empty. Dropping will place ${topic} here.`;
}

export function announceDrop({ topic, from, over, outcome }: DropPreview): string {
  if (over === null || outcome.kind === 'none')
    return `${topic} was not moved. It is still in ${placeText(from)}.`;
  if (outcome.kind === 'refused') return `${topic} was not moved. ${outcome.reason}`;
  const landed =
    over.kind === 'queue'
      ? `${topic} moved back to the queue.`
      : `Dropped ${topic} in ${over.name}.`;
  if (outcome.kind === 'swap') {
    const otherTo = outcome.otherTo.kind === 'queue' ? 'the queue' : outcome.otherTo.name;
    return `${landed} ${outcome.other} moved to ${otherTo}.`;
  }
  return landed;
}

export function announceCancel(topic: string, from: PlaceName): string {
  return `Moving ${topic} was cancelled. It stays in ${placeText(from)}.`;
}

/** The names and outcome for a drag of a topic over a spot (null: over nothing). */
export function previewDrop(state: BoardState, topicId: string, over: Spot | null): DropPreview {
  const topic = state.topics[topicId]?.title ?? 'the topic';
  const source = cellHolding(state, topicId);
  const from: PlaceName = source
    ? { kind: 'cell', name: nameOfCell(state, source) }
    : { kind: 'queue' };
  if (over === null) return { topic, from, over: null, outcome: { kind: 'none' } };
  const overName: PlaceName =
    over.kind === 'queue' ? over : { kind: 'cell', name: nameOfCell(state, over.cell) };
  const plan = planDrop(state, topicId, over);
  if (!plan.ok)
    return { topic, from, over: overName, outcome: { kind: 'refused', reason: plan.reason } };
  if (plan.displaced !== null && over.kind === 'cell') {
    const other = topicAt(state, over.cell)?.title ?? 'another topic';
    return { topic, from, over: overName, outcome: { kind: 'swap', other, otherTo: from } };
  }
  return { topic, from, over: overName, outcome: { kind: 'move' } };
}

/** People chips in the law-of-two-feet view: groups are named by their topic. */
export function announcePersonPickUp(person: string, group: string | null): string {
  return group === null ? `Picked up ${person}.` : `Picked up ${person}, in ${group}.`;
}

export function announcePersonOver(person: string, group: string, size: number): string {
  const people = size === 1 ? '1 person' : `${size} people`;
  return `Over ${group}, with ${people}. Dropping will move ${person} here.`;
}

export function announcePersonDrop(person: string, group: string): string {
  return `${person} moved to ${group}.`;
}
