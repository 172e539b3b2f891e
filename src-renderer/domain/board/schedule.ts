import { accessibilitySummary, cellId, slotTimes, slotsInOrder, spacesInOrder } from './grid';
import type { SlotKind } from './grid';
import { queuedTopics } from './placement';
import type { BoardState } from './state';
import { convenerNames } from './topics';

/**
 * The printable schedule for the wall: slots down, spaces across, each cell with its topic and
 * conveners. Plain values, so the PDF builder only lays them out and a test can read them.
 */
export interface ScheduleColumn {
  spaceId: string;
  name: string;
  /** "Holds 12 · step-free, hearing loop" */
  details: string;
}

export interface ScheduleCell {
  spaceId: string;
  /** "" for an empty cell. */
  title: string;
  conveners: string;
  pinned: boolean;
}

export interface ScheduleRow {
  slotId: string;
  times: string;
  label: string;
  kind: SlotKind;
  /** One per column for a session; none for a break, which spans the row. */
  cells: ScheduleCell[];
}

export interface Schedule {
  columns: ScheduleColumn[];
  rows: ScheduleRow[];
  /** Topics still waiting in the queue, so none is forgotten when the sheet is printed. */
  unplaced: { title: string; conveners: string }[];
}

export function buildSchedule(state: BoardState, nameOf: (personId: string) => string): Schedule {
  const spaces = spacesInOrder(state.spaces);
  const columns = spaces.map((space) => ({
    spaceId: space.id,
    name: space.name,
    details: [`Holds ${space.capacity}`, accessibilitySummary(space.accessibility).join(', ')]
      .filter((part) => part !== '')
      .join(' · '),
  }));
  const rows = slotsInOrder(state.slots).map((slot): ScheduleRow => {
    const base = { slotId: slot.id, times: slotTimes(slot), label: slot.label, kind: slot.kind };
    if (slot.kind === 'break') return { ...base, cells: [] };
    const cells = spaces.map((space): ScheduleCell => {
      const cell = state.cells[cellId({ slotId: slot.id, spaceId: space.id })];
      const topic = cell?.topicId ? state.topics[cell.topicId] : undefined;
      return {
        spaceId: space.id,
        title: topic?.title ?? '',
        conveners: topic ? convenerNames(topic.conveners, nameOf) : '',
        pinned: cell?.pinned ?? false,
      };
    });
    return { ...base, cells };
  });
  const unplaced = queuedTopics(state).map((topic) => ({
    title: topic.title,
    conveners: convenerNames(topic.conveners, nameOf),
  }));
  return { columns, rows, unplaced };
}
