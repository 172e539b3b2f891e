import type { CommandContext, RecordMeta } from '../record';
import { createdMeta, nextMeta } from '../record';
import { searchWords } from '../text';
import { compareIds, compareInstants } from './instants';
import type { Person } from './person';
import { displayName } from './person';

/**
 * Who is expected at an event and who came. One record per person per event, moved forward
 * (invited → registered → checked in) by the functions below. Each returns `changed: false`
 * with the record untouched when there is nothing to do, so a double tap at the door, or the
 * same check-in arriving from a phone and a laptop, writes nothing twice.
 */
export const ATTENDANCE_STATUSES = ['invited', 'registered', 'checked-in'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  invited: 'Invited',
  registered: 'Registered',
  'checked-in': 'Checked in',
};

export interface Attendance extends RecordMeta {
  eventId: string;
  personId: string;
  status: AttendanceStatus;
  /** Came on the day without being invited or registered. */
  walkIn: boolean;
  checkedInAt?: string;
  checkedInBy?: string;
  /** Where an undone check-in goes back to. */
  statusBeforeCheckIn?: 'invited' | 'registered';
}

export interface AttendanceRef {
  eventId: string;
  personId: string;
}

export interface AttendanceChange {
  attendance: Attendance;
  changed: boolean;
}

function created(
  ref: AttendanceRef,
  status: AttendanceStatus,
  id: string,
  ctx: CommandContext,
): Attendance {
  return {
    ...createdMeta(id, ctx),
    eventId: ref.eventId,
    personId: ref.personId,
    status,
    walkIn: false,
  };
}

/** Invites someone; anyone already on the list stays as they are. */
export function invite(
  existing: Attendance | undefined,
  ref: AttendanceRef,
  id: string,
  ctx: CommandContext,
): AttendanceChange {
  if (existing) return { attendance: existing, changed: false };
  return { attendance: created(ref, 'invited', id, ctx), changed: true };
}

/** Registers someone, moving an invitation on; checked-in people stay checked in. */
export function register(
  existing: Attendance | undefined,
  ref: AttendanceRef,
  id: string,
  ctx: CommandContext,
): AttendanceChange {
  if (!existing) return { attendance: created(ref, 'registered', id, ctx), changed: true };
  if (existing.status !== 'invited') return { attendance: existing, changed: false };
  return {
    attendance: { ...existing, ...nextMeta(existing, ctx), status: 'registered' },
    changed: true,
  };
}

/**
 * Checks someone in at ctx.now. Someone with no record yet is a walk-in. Checking in twice keeps
 * the first time of arrival.
 */
export function checkIn(
  existing: Attendance | undefined,
  ref: AttendanceRef,
  id: string,
  ctx: CommandContext,
): AttendanceChange {
  if (existing?.status === 'checked-in') return { attendance: existing, changed: false };
  const arrival = { status: 'checked-in' as const, checkedInAt: ctx.now, checkedInBy: ctx.actor };
  if (!existing) {
    const walkIn = created(ref, 'checked-in', id, ctx);
    return {
      attendance: { ...walkIn, ...arrival, walkIn: true, statusBeforeCheckIn: 'registered' },
      changed: true,
    };
  }
  return {
    attendance: {
      ...existing,
      ...nextMeta(existing, ctx),
      ...arrival,
      statusBeforeCheckIn: existing.status,
    },
    changed: true,
  };
}

/** Undoes a check-in made by mistake: back to invited or registered (a walk-in to registered). */
export function undoCheckIn(existing: Attendance, ctx: CommandContext): AttendanceChange {
  if (existing.status !== 'checked-in') return { attendance: existing, changed: false };
  const undone: Attendance = {
    ...existing,
    ...nextMeta(existing, ctx),
    status: existing.statusBeforeCheckIn ?? 'registered',
  };
  // A fresh copy, so removing the arrival details leaves `existing` as it was.
  delete undone.checkedInAt;
  delete undone.checkedInBy;
  delete undone.statusBeforeCheckIn;
  return { attendance: undone, changed: true };
}

/**
 * One record per person per event. Devices merged after an event may hold two records for the
 * same person (checked in on a phone and a laptop); the most recently changed one counts, then
 * the one with more changes, then the furthest along, then the id — the same answer everywhere.
 */
export function effectiveAttendance(records: readonly Attendance[]): Attendance[] {
  const best = new Map<string, Attendance>();
  for (const record of records) {
    const key = `${record.eventId}|${record.personId}`;
    const current = best.get(key);
    if (!current || compareAttendance(record, current) > 0) best.set(key, record);
  }
  return [...best.values()];
}

function compareAttendance(a: Attendance, b: Attendance): number {
  return (
    compareInstants(a.updatedAt, b.updatedAt) ||
    a.version - b.version ||
    ATTENDANCE_STATUSES.indexOf(a.status) - ATTENDANCE_STATUSES.indexOf(b.status) ||
    compareIds(a.id, b.id)
  );
}

export interface AttendanceCounts {
  invited: number;
  registered: number;
  checkedIn: number;
  /** Of those checked in, how many came without being invited or registered. */
  walkIns: number;
  /** Invited or registered but not checked in. */
  notArrived: number;
}

export function attendanceCounts(
  records: readonly Attendance[],
  eventId: string,
): AttendanceCounts {
  const counts: AttendanceCounts = {
    invited: 0,
    registered: 0,
    checkedIn: 0,
    walkIns: 0,
    notArrived: 0,
  };
  for (const record of effectiveAttendance(records.filter((r) => r.eventId === eventId))) {
    if (record.status === 'invited') counts.invited += 1;
    if (record.status === 'registered') counts.registered += 1;
    if (record.status === 'checked-in') {
      counts.checkedIn += 1;
      if (record.walkIn) counts.walkIns += 1;
    } else {
      counts.notArrived += 1;
    }
  }
  return counts;
}

export interface CheckInRow {
  person: Person;
  attendance?: Attendance;
}

/**
 * The rows the check-in screen shows for what has been typed: people expected at the event
 * first (not yet arrived, then arrived), then everyone else who matches, as walk-in candidates;
 * by name within each group.
 */
export function checkInRows(
  people: readonly Person[],
  records: readonly Attendance[],
  eventId: string,
  query: string,
  limit = 50,
): CheckInRow[] {
  const byPerson = new Map(
    effectiveAttendance(records.filter((r) => r.eventId === eventId)).map((r) => [r.personId, r]),
  );
  const rank = (row: CheckInRow) =>
    !row.attendance ? 2 : row.attendance.status === 'checked-in' ? 1 : 0;
  // The query is split once, not once per person: this runs on every key press over thousands.
  const terms = searchWords(query);
  const matches = (words: readonly string[]) =>
    terms.every((term) => words.some((word) => word.startsWith(term)));
  return people
    .filter((person) => terms.length === 0 || matches(person.words))
    .map((person) => {
      const attendance = byPerson.get(person.id);
      return attendance ? { person, attendance } : { person };
    })
    .filter((row) => terms.length > 0 || row.attendance !== undefined)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        BY_NAME.compare(displayName(a.person), displayName(b.person)) ||
        compareIds(a.person.id, b.person.id),
    )
    .slice(0, limit);
}

const BY_NAME = new Intl.Collator('en-GB');
