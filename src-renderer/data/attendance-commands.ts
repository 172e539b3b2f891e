import {
  type Attendance,
  type AttendanceChange,
  type AttendanceRef,
  checkIn,
  effectiveAttendance,
  invite,
  register,
  undoCheckIn,
} from '../domain/people/attendance';
import { allowsContactAboutEvents } from '../domain/people/consent';
import { DUPLICATE_REASON_TEXT, findPossibleDuplicates } from '../domain/people/duplicates';
import {
  type Person,
  type PersonInput,
  displayName,
  emptyPersonInput,
  personRecord,
  validatePerson,
} from '../domain/people/person';
import { type CommandContext, createdMeta } from '../domain/record';
import type { CommandResult } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

/**
 * Invitations, registrations and check-ins at an event. Each moves one person's attendance
 * record forward with the rules in domain/people/attendance.ts, in one transaction; when there
 * is nothing to do (a double tap at the door) nothing is written and `changed` is false.
 */

const NO_EVENT = 'This event no longer exists. It may have been deleted in another window.';
const NO_PERSON = 'This person is no longer in the register. They may have been erased.';
const NO_CONTACT =
  'They have not agreed to be contacted about events, so they cannot be invited. If they ask to come, register them instead.';

type Step = (
  existing: Attendance | undefined,
  ref: AttendanceRef,
  id: string,
  ctx: CommandContext,
) => AttendanceChange;

/** The record that counts for this person at this event (merged devices may hold two). */
async function currentRecord(db: TwoFeetDb, ref: AttendanceRef): Promise<Attendance | undefined> {
  const records = await db.attendance
    .where('[eventId+personId]')
    .equals([ref.eventId, ref.personId])
    .toArray();
  return effectiveAttendance(records)[0];
}

/** Says why a new record may not be made for this person, or nothing when it may. */
type Precondition = (db: TwoFeetDb, ref: AttendanceRef) => Promise<string | undefined>;

async function move(
  db: TwoFeetDb,
  ref: AttendanceRef,
  ctx: CommandContext,
  id: string,
  step: Step,
  precondition?: Precondition,
): Promise<CommandResult<AttendanceChange>> {
  return db.transaction(
    'rw',
    [db.events, db.people, db.attendance, db.consentRecords],
    async () => {
      if (!(await db.events.get(ref.eventId))) return { ok: false, conflict: NO_EVENT };
      if (!(await db.people.get(ref.personId))) return { ok: false, conflict: NO_PERSON };
      const existing = await currentRecord(db, ref);
      const refusal = !existing && precondition ? await precondition(db, ref) : undefined;
      if (refusal) return { ok: false, conflict: refusal };
      const change = step(existing, ref, id, ctx);
      if (change.changed) await db.attendance.put(change.attendance);
      return { ok: true, value: change };
    },
  );
}

/** An invitation is contact about an event: only with their current consent to it. */
async function agreedToContact(db: TwoFeetDb, ref: AttendanceRef): Promise<string | undefined> {
  const records = await db.consentRecords.where('personId').equals(ref.personId).toArray();
  return allowsContactAboutEvents(records) ? undefined : NO_CONTACT;
}

/**
 * Invites someone who has agreed to be contacted about events; anyone already on the list stays
 * as they are. Registering (they asked to come) needs no such consent.
 */
export function inviteToEvent(
  db: TwoFeetDb,
  ref: AttendanceRef,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<AttendanceChange>> {
  return move(db, ref, ctx, id, invite, agreedToContact);
}

/** Registers someone (an invitation moves on to registered). */
export function registerForEvent(
  db: TwoFeetDb,
  ref: AttendanceRef,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<AttendanceChange>> {
  return move(db, ref, ctx, id, register);
}

/** Checks someone in at ctx.now; someone not on the list becomes a walk-in. */
export function checkInAtEvent(
  db: TwoFeetDb,
  ref: AttendanceRef,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<AttendanceChange>> {
  return move(db, ref, ctx, id, checkIn);
}

/** Undoes a check-in made by mistake; answers `undefined` when the person is not on the list. */
export async function undoCheckInAtEvent(
  db: TwoFeetDb,
  ref: AttendanceRef,
  ctx: CommandContext,
): Promise<CommandResult<AttendanceChange | undefined>> {
  return db.transaction('rw', [db.attendance], async () => {
    const existing = await currentRecord(db, ref);
    if (!existing) return { ok: true, value: undefined };
    const change = undoCheckIn(existing, ctx);
    if (change.changed) await db.attendance.put(change.attendance);
    return { ok: true, value: change };
  });
}

/** The few details taken at the door; the rest can be added on the person's page later. */
export interface WalkInInput {
  name: string;
  preferredName: string;
  pronouns: string;
  phone: string;
  email: string;
}

export type WalkInField = keyof WalkInInput;

export function emptyWalkInInput(): WalkInInput {
  return { name: '', preferredName: '', pronouns: '', phone: '', email: '' };
}

export interface WalkInResult {
  person: Person;
  attendance: Attendance;
}

/**
 * Adds someone new to the register and checks them in as a walk-in, in one transaction: either
 * both are saved or neither is. Someone who is already in the register (same email address, or
 * same name and phone number) is not added twice.
 */
export async function checkInWalkIn(
  db: TwoFeetDb,
  eventId: string,
  input: WalkInInput,
  ctx: CommandContext,
  ids: { personId: string; attendanceId: string } = { personId: newId(), attendanceId: newId() },
): Promise<CommandResult<WalkInResult, WalkInField>> {
  const full: PersonInput = { ...emptyPersonInput(), ...input };
  const checked = validatePerson(full);
  if (!checked.ok) {
    const { name, preferredName, pronouns, phone, email } = checked.errors;
    return { ok: false, errors: { name, preferredName, pronouns, phone, email } };
  }
  const person = personRecord(checked.value, createdMeta(ids.personId, ctx));
  return db.transaction('rw', [db.events, db.people, db.attendance], async () => {
    if (!(await db.events.get(eventId))) return { ok: false, conflict: NO_EVENT };
    const duplicate = await findDuplicate(db, person);
    if (duplicate) return { ok: false, errors: duplicate };
    await db.people.add(person);
    const ref = { eventId, personId: person.id };
    const { attendance } = checkIn(undefined, ref, ids.attendanceId, ctx);
    await db.attendance.add(attendance);
    return { ok: true, value: { person, attendance } };
  });
}

async function findDuplicate(
  db: TwoFeetDb,
  person: Person,
): Promise<Partial<Record<WalkInField, string>> | undefined> {
  const sameEmail = person.emailKey
    ? await db.people.where('emailKey').equals(person.emailKey).toArray()
    : [];
  const samePhone = person.phoneKey
    ? await db.people.where('phoneKey').equals(person.phoneKey).toArray()
    : [];
  const candidates = [...sameEmail, ...samePhone];
  const [match] = findPossibleDuplicates(person, candidates);
  const existing = match && candidates.find((p) => p.id === match.id);
  if (!match || !existing) return undefined;
  const message = `${displayName(existing)} is already in the register with ${DUPLICATE_REASON_TEXT[match.reason]}. Close this form and search for them to check them in.`;
  return match.reason === 'email' ? { email: message } : { phone: message };
}
