import { isIsoDate, isTimeOfDay } from './dates';
import type { RecordMeta } from './record';
import type { FieldErrors, Validated } from './result';
import { hasErrors } from './result';
import { LIMITS, checkText } from './text';

/** NHS England's ladder of engagement, after Arnstein, lowest rung first. */
export const LADDER_RUNGS = [
  'informing',
  'consulting',
  'involving',
  'collaborating',
  'devolving',
] as const;
export type LadderRung = (typeof LADDER_RUNGS)[number];

export const LADDER_LABELS: Record<LadderRung, string> = {
  informing: 'Informing',
  consulting: 'Consulting',
  involving: 'Involving',
  collaborating: 'Collaborating',
  devolving: 'Devolving',
};

export interface VenueAccess {
  stepFree: boolean;
  hearingLoop: boolean;
  quietRoom: boolean;
  accessibleToilets: boolean;
}

export const VENUE_ACCESS_LABELS: Record<keyof VenueAccess, string> = {
  stepFree: 'Step-free access',
  hearingLoop: 'Hearing loop',
  quietRoom: 'Quiet room',
  accessibleToilets: 'Accessible toilets',
};

export interface EventInput {
  taskforceId: string;
  title: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" */
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  access: VenueAccess;
  accessNotes: string;
  safeguardingLead: string;
  counsellorOnDuty: string;
  ladderRung: LadderRung;
  notes: string;
}

export interface TaskforceEvent extends EventInput, RecordMeta {
  /** Lower-case words of the title and venue, indexed for search. */
  words: string[];
}

export type EventField = keyof EventInput;

export function validateEvent(input: EventInput): Validated<EventInput, EventField> {
  const text = (value: string, label: string, required: boolean, max: number = LIMITS.shortText) =>
    checkText(value, { label, required, max });
  const errors: FieldErrors<EventField> = {
    taskforceId:
      input.taskforceId === '' ? 'Choose the taskforce this event belongs to.' : undefined,
    title: text(input.title, 'a title', true, LIMITS.name),
    date: isIsoDate(input.date) ? undefined : 'Enter a real date.',
    startTime: isTimeOfDay(input.startTime) ? undefined : 'Enter a start time, for example 10:00.',
    endTime: checkEndTime(input.startTime, input.endTime),
    venueName: text(input.venueName, 'the venue name', true),
    venueAddress: text(input.venueAddress, 'the venue address', false, 500),
    accessNotes: text(input.accessNotes, 'the access notes', false, LIMITS.longText),
    safeguardingLead: text(input.safeguardingLead, 'the safeguarding lead', false),
    counsellorOnDuty: text(input.counsellorOnDuty, 'the counsellor on duty', false),
    ladderRung: LADDER_RUNGS.includes(input.ladderRung)
      ? undefined
      : 'Choose a rung of the ladder.',
    notes: text(input.notes, 'the notes', false, LIMITS.longText),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      title: input.title.trim(),
      venueName: input.venueName.trim(),
      venueAddress: input.venueAddress.trim(),
      accessNotes: input.accessNotes.trim(),
      safeguardingLead: input.safeguardingLead.trim(),
      counsellorOnDuty: input.counsellorOnDuty.trim(),
      notes: input.notes.trim(),
    },
  };
}

function checkEndTime(start: string, end: string): string | undefined {
  if (!isTimeOfDay(end)) return 'Enter an end time, for example 15:30.';
  if (isTimeOfDay(start) && end <= start) return 'The end time must be after the start time.';
  return undefined;
}

export function emptyEventInput(taskforceId: string): EventInput {
  return {
    taskforceId,
    title: '',
    date: '',
    startTime: '10:00',
    endTime: '15:00',
    venueName: '',
    venueAddress: '',
    access: { stepFree: false, hearingLoop: false, quietRoom: false, accessibleToilets: false },
    accessNotes: '',
    safeguardingLead: '',
    counsellorOnDuty: '',
    ladderRung: 'involving',
    notes: '',
  };
}
