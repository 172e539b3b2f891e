import { isTimeOfDay } from '../dates';
import { compareIds } from '../people/instants';
import type { RecordMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText } from '../text';

/**
 * The grid of an open space: time slots down the side, spaces (rooms, corners, tables) across
 * the top. Times are "HH:MM" on the day of the event, so there is no time zone to drift.
 */
export const SLOT_KINDS = ['session', 'break'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export interface SlotInput {
  /** Optional name shown with the times, e.g. "Lunch" or "Session 2". */
  label: string;
  start: string;
  end: string;
  kind: SlotKind;
}

export interface Slot extends SlotInput, RecordMeta {
  eventId: string;
}

export interface SpaceAccessibility {
  stepFree: boolean;
  hearingLoop: boolean;
  quiet: boolean;
}

export interface SpaceInput {
  name: string;
  /** How many people it holds comfortably: a group larger than this is flagged. */
  capacity: number;
  accessibility: SpaceAccessibility;
  notes: string;
}

export interface Space extends SpaceInput, RecordMeta {
  eventId: string;
  /** Left-to-right order on the grid: the order spaces were added, the way the venue is walked. */
  position: number;
}

export interface CellRef {
  slotId: string;
  spaceId: string;
}

/**
 * One slot × space. Its id is made from the two ids, so two laptops placing topics in the same
 * cell write the same record and a merge compares versions instead of finding two cells.
 * Empty cells are kept (topicId null) rather than deleted so that versions only ever go up.
 */
export interface Cell extends RecordMeta, CellRef {
  eventId: string;
  topicId: string | null;
  /** A pinned cell is not moved by mistake: drops, swaps and unplacing are refused. */
  pinned: boolean;
}

export type SlotField = keyof SlotInput;
export type SpaceField = keyof SpaceInput;

export const SPACE_CAPACITY_MAX = 1000;

export function cellId(ref: CellRef): string {
  return `${ref.slotId}|${ref.spaceId}`;
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.slotId === b.slotId && a.spaceId === b.spaceId;
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * A slot is checked against the event's other slots: slots may touch (10:00–11:00 then
 * 11:00–12:00) but not overlap, because a person can only be in one group at a time.
 */
export function validateSlot(
  input: SlotInput,
  otherSlots: readonly Slot[],
): Validated<SlotInput, SlotField> {
  const startOk = isTimeOfDay(input.start);
  const endOk = isTimeOfDay(input.end);
  const errors: FieldErrors<SlotField> = {
    label: checkText(input.label, { label: 'the label', required: false, max: 80 }),
    start: startOk ? undefined : 'Enter the start time as hours and minutes, for example 11:00.',
    end: endOk ? undefined : 'Enter the end time as hours and minutes, for example 12:00.',
    kind: SLOT_KINDS.includes(input.kind) ? undefined : 'Choose a session or a break.',
  };
  if (startOk && endOk && minutesOf(input.end) <= minutesOf(input.start)) {
    errors.end = `The end time must be after the start time (${input.start}).`;
  }
  if (!hasErrors(errors)) {
    const clash = otherSlots.find(
      (other) =>
        minutesOf(input.start) < minutesOf(other.end) &&
        minutesOf(other.start) < minutesOf(input.end),
    );
    if (clash) errors.start = `This overlaps ${slotName(clash)} (${slotTimes(clash)}).`;
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: { ...input, label: input.label.trim().replace(/\s+/g, ' ') } };
}

/** Space names are unique within an event so that a cell can be named aloud without doubt. */
export function validateSpace(
  input: SpaceInput,
  otherSpaces: readonly Space[],
): Validated<SpaceInput, SpaceField> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const key = name.toLocaleLowerCase('en-GB');
  const same = otherSpaces.find((other) => other.name.toLocaleLowerCase('en-GB') === key);
  const errors: FieldErrors<SpaceField> = {
    name:
      checkText(input.name, { label: 'the name of the space', required: true, max: LIMITS.name }) ??
      (same ? `There is already a space called ${same.name}.` : undefined),
    capacity:
      Number.isInteger(input.capacity) && input.capacity > 0 && input.capacity <= SPACE_CAPACITY_MAX
        ? undefined
        : `Enter how many people the space holds, a whole number from 1 to ${SPACE_CAPACITY_MAX}.`,
    notes: checkText(input.notes, {
      label: 'the accessibility notes',
      required: false,
      max: 1000,
    }),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      capacity: input.capacity,
      accessibility: {
        stepFree: input.accessibility.stepFree === true,
        hearingLoop: input.accessibility.hearingLoop === true,
        quiet: input.accessibility.quiet === true,
      },
      notes: input.notes.trim(),
    },
  };
}

export function slotInput(slot: SlotInput): SlotInput {
  return { label: slot.label, start: slot.start, end: slot.end, kind: slot.kind };
}

export function spaceInput(space: SpaceInput): SpaceInput {
  return {
    name: space.name,
    capacity: space.capacity,
    accessibility: { ...space.accessibility },
    notes: space.notes,
  };
}

/** "11:00–12:00" */
export function slotTimes(slot: Pick<SlotInput, 'start' | 'end'>): string {
  return `${slot.start}–${slot.end}`;
}

/** How a slot is named aloud: "the 11:00 slot", or "Lunch (12:30)" for a labelled break. */
export function slotName(slot: Pick<SlotInput, 'start' | 'label'>): string {
  return slot.label ? `${slot.label} (${slot.start})` : `the ${slot.start} slot`;
}

/** "11:00, Garden room": the name of a cell in announcements, labels and reasons. */
export function cellName(slot: Pick<SlotInput, 'start'>, space: Pick<SpaceInput, 'name'>): string {
  return `${slot.start}, ${space.name}`;
}

/** Slots in time order; the id settles two slots with the same start (only after a merge). */
export function slotsInOrder(slots: Readonly<Record<string, Slot>>): Slot[] {
  return Object.values(slots).sort(
    (a, b) => minutesOf(a.start) - minutesOf(b.start) || compareIds(a.id, b.id),
  );
}

/** Spaces left to right; the id settles equal positions (only after a merge of two laptops). */
export function spacesInOrder(spaces: Readonly<Record<string, Space>>): Space[] {
  return Object.values(spaces).sort((a, b) => a.position - b.position || compareIds(a.id, b.id));
}

/** "step-free, hearing loop" — what a schedule or a cell header says about a space. */
export function accessibilitySummary(access: SpaceAccessibility): string[] {
  const list: string[] = [];
  if (access.stepFree) list.push('step-free');
  if (access.hearingLoop) list.push('hearing loop');
  if (access.quiet) list.push('quiet');
  return list;
}
