import { formatLongDate, isIsoDate } from '../dates';
import type { CommandContext, RecordMeta } from '../record';
import { nextMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { compareIds } from './instants';

export const MEMBERSHIP_ROLES = [
  'member',
  'steering-group',
  'reference-group',
  'staff',
  'partner-organisation',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const ROLE_LABELS: Record<MembershipRole, string> = {
  member: 'Member',
  'steering-group': 'Steering group',
  'reference-group': 'Reference group',
  staff: 'Staff',
  'partner-organisation': 'Partner organisation',
};

/**
 * People join and leave as they need to, so one person can have several memberships of a
 * taskforce over time, never two at once. Dates are "YYYY-MM-DD". A membership covers the days
 * from `joinedOn` up to but not including `leftOn`: on the day someone leaves they are a past
 * member, and a change of role is "leave as member on 1 May, join the steering group on 1 May".
 */
export interface MembershipInput {
  personId: string;
  taskforceId: string;
  role: MembershipRole;
  joinedOn: string;
  /** Absent (or "" in the form) while they are still a member. */
  leftOn?: string;
}

export interface Membership extends MembershipInput, RecordMeta {}

export type MembershipField = keyof MembershipInput;

/**
 * `existing` is every membership already held (of any person or taskforce, the function picks
 * the relevant ones); pass `editingId` when changing one so it does not clash with itself.
 */
export function validateMembership(
  input: MembershipInput,
  existing: readonly Membership[],
  editingId?: string,
): Validated<MembershipInput, MembershipField> {
  const leftOn = input.leftOn?.trim() || undefined;
  const errors: FieldErrors<MembershipField> = {
    personId: input.personId === '' ? 'Choose the person.' : undefined,
    taskforceId: input.taskforceId === '' ? 'Choose the taskforce.' : undefined,
    role: MEMBERSHIP_ROLES.includes(input.role) ? undefined : 'Choose a role.',
    joinedOn: isIsoDate(input.joinedOn)
      ? undefined
      : 'Enter the date they joined, for example 14/03/2026.',
    leftOn: checkLeftOn(input.joinedOn, leftOn),
  };
  if (!hasErrors(errors)) {
    const value = { ...input, leftOn };
    const clash = existing.find(
      (other) =>
        other.id !== editingId &&
        other.personId === input.personId &&
        other.taskforceId === input.taskforceId &&
        overlaps(value, other),
    );
    if (clash) errors.joinedOn = clashMessage(clash);
  }
  if (hasErrors(errors)) return { ok: false, errors };
  const value: MembershipInput = {
    personId: input.personId,
    taskforceId: input.taskforceId,
    role: input.role,
    joinedOn: input.joinedOn,
  };
  if (leftOn) value.leftOn = leftOn;
  return { ok: true, value };
}

function checkLeftOn(joinedOn: string, leftOn: string | undefined): string | undefined {
  if (leftOn === undefined) return undefined;
  if (!isIsoDate(leftOn)) return 'Enter the date they left, for example 14/03/2026.';
  if (isIsoDate(joinedOn) && leftOn < joinedOn)
    return 'The date they left cannot be before the date they joined.';
  return undefined;
}

function clashMessage(other: Membership): string {
  const until = other.leftOn ? `until ${formatLongDate(other.leftOn)}` : 'and is still a member';
  return `This person is already in this taskforce (${ROLE_LABELS[other.role]}) from ${formatLongDate(other.joinedOn)} ${until}. Change the dates so the two do not overlap, or end the other membership first.`;
}

/** Do the two memberships share at least one day? An open end runs for ever. */
export function overlaps(a: MembershipInput, b: MembershipInput): boolean {
  const aEnd = a.leftOn || '9999-12-31';
  const bEnd = b.leftOn || '9999-12-31';
  // Joining and leaving on the same day covers no days, so it cannot clash with anything.
  if (a.joinedOn === aEnd || b.joinedOn === bEnd) return false;
  return a.joinedOn < bEnd && b.joinedOn < aEnd;
}

export type MembershipStatus = 'current' | 'past' | 'future';

export function membershipStatusOn(membership: MembershipInput, date: string): MembershipStatus {
  if (date < membership.joinedOn) return 'future';
  if (membership.leftOn && date >= membership.leftOn) return 'past';
  return 'current';
}

export interface TaskforceRoster {
  /** One membership per current member: the one that is current on the date. */
  current: Membership[];
  /** People who were members but are not now (nor due to rejoin): their latest membership. */
  past: Membership[];
  /** People who are due to join after the date and are not current now. */
  upcoming: Membership[];
}

/** Current and past members of a taskforce on a date, each list in joining order. */
export function taskforceRoster(
  memberships: readonly Membership[],
  taskforceId: string,
  date: string,
): TaskforceRoster {
  const byPerson = new Map<string, Membership[]>();
  for (const m of memberships) {
    if (m.taskforceId !== taskforceId) continue;
    byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  }
  const roster: TaskforceRoster = { current: [], past: [], upcoming: [] };
  for (const list of byPerson.values()) {
    const sorted = [...list].sort(byJoiningDate);
    const current = sorted.find((m) => membershipStatusOn(m, date) === 'current');
    const upcoming = sorted.find((m) => membershipStatusOn(m, date) === 'future');
    const past = sorted.filter((m) => membershipStatusOn(m, date) === 'past').at(-1);
    if (current) roster.current.push(current);
    else if (upcoming) roster.upcoming.push(upcoming);
    else if (past) roster.past.push(past);
  }
  roster.current.sort(byJoiningDate);
  roster.upcoming.sort(byJoiningDate);
  roster.past.sort(byJoiningDate);
  return roster;
}

/** One person's memberships of every taskforce, earliest first. */
export function membershipsOf(memberships: readonly Membership[], personId: string): Membership[] {
  return memberships.filter((m) => m.personId === personId).sort(byJoiningDate);
}

/** Ends a membership on `leftOn`, checked like any other change. */
export function endMembership(
  membership: Membership,
  leftOn: string,
  existing: readonly Membership[],
  ctx: CommandContext,
): Validated<Membership, MembershipField> {
  if (leftOn.trim() === '') return { ok: false, errors: { leftOn: 'Enter the date they left.' } };
  const checked = validateMembership({ ...membership, leftOn }, existing, membership.id);
  if (!checked.ok) return checked;
  return { ok: true, value: { ...membership, ...checked.value, ...nextMeta(membership, ctx) } };
}

/**
 * Overlapping pairs. Validation stops one device creating them, but two laptops can each add a
 * membership for the same person while apart; after merging, the taskforce page lists these so
 * someone can fix the dates.
 */
export function findOverlaps(memberships: readonly Membership[]): [Membership, Membership][] {
  const pairs: [Membership, Membership][] = [];
  const sorted = [...memberships].sort(byJoiningDate);
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (a.personId === b.personId && a.taskforceId === b.taskforceId && overlaps(a, b)) {
        pairs.push([a, b]);
      }
    }
  });
  return pairs;
}

function byJoiningDate(a: Membership, b: Membership): number {
  if (a.joinedOn !== b.joinedOn) return a.joinedOn < b.joinedOn ? -1 : 1;
  return compareIds(a.id, b.id);
}
