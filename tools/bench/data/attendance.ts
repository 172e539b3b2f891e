import type { TaskforceEvent } from '../../../src-renderer/domain/event';
import type { Attendance } from '../../../src-renderer/domain/people/attendance';
import {
  MEMBERSHIP_ROLES,
  type Membership,
  type MembershipRole,
} from '../../../src-renderer/domain/people/membership';
import type { Person } from '../../../src-renderer/domain/people/person';
import type { Taskforce } from '../../../src-renderer/domain/taskforce';
import { type BenchBoard, BOARD_SIZES, boardEvent, generateBoard } from './board';
import { addDays, timestamp } from './calendar';
import { apportion, type Prng } from './prng';

/**
 * Who belongs to which taskforce, who was invited to, registered for and came to each event,
 * and the open-space boards of some events with their movement logs (issue 9: 50,000
 * attendance and movement records together). Records exactly as the app's commands store them
 * (domain/people/attendance checkIn, domain/board): a check-in moves a registration on
 * (version 2), a walk-in is created checked in.
 */
export interface AttendancePlan {
  memberships: Membership[];
  attendance: Attendance[];
  /** Today's board first (the board operation's), then boards of past events. */
  boards: BenchBoard[];
  /** Per event held (past or today), the people checked in, for votes and surveys. */
  checkedIn: Map<string, string[]>;
  /** The held event with 300 people checked in: the voting operation's meeting. */
  votingEventId: string | null;
}

/** How many people the voting meeting has checked in (issue 5: rounds of 300 voters). */
export const VOTING_MEETING_SIZE = 300;
const BOARDS = 12;
const ROLES: readonly (readonly [MembershipRole, number])[] = MEMBERSHIP_ROLES.map((role, i) => [
  role,
  i === 0 ? 20 : 1,
]);

export function generateAttendance(
  p: Prng,
  board: Prng,
  taskforces: readonly Taskforce[],
  events: readonly TaskforceEvent[],
  people: readonly Person[],
  total: number,
  today: string,
): AttendancePlan {
  const memberships = generateMemberships(p.fork('memberships'), taskforces, people);
  const members = new Map<string, string[]>(taskforces.map((t) => [t.id, []]));
  for (const m of memberships) members.get(m.taskforceId)?.push(m.personId);
  const byId = new Map(people.map((person) => [person.id, person]));
  const held = events.filter((e) => e.date <= today);
  const checkedIn = new Map<string, string[]>();
  const attendance: Attendance[] = [];
  const boards: BenchBoard[] = [];

  // Boards: today's is the board operation's own (the same stream as before), then past ones.
  const canBoard = people.length >= BOARD_SIZES.people && events.length > 0;
  const boardEvents = canBoard ? [boardEvent(events, today)] : [];
  if (canBoard) {
    const past = held.filter((e) => e.date < today && e.id !== boardEvents[0]?.id);
    boardEvents.push(...p.fork('board-events').sample(past, BOARDS - 1));
  }
  boardEvents.forEach((event, i) => {
    const pool = poolFor(members, event, people);
    const chosen =
      i === 0
        ? people
        : p
            .fork(`board-${i}`)
            .sample(pool, BOARD_SIZES.people)
            .map((id) => byId.get(id) as Person);
    const made = generateBoard(i === 0 ? board : board.fork(`board-${i}`), event, chosen);
    boards.push(made);
    attendance.push(...made.attendance);
    checkedIn.set(
      event.id,
      made.attendance.map((a) => a.personId),
    );
  });

  const boarded = new Set(boardEvents.map((e) => e.id));
  const others = events.filter((e) => !boarded.has(e.id));
  const voting = [...held].reverse().find((e) => !boarded.has(e.id) && e.date < today);
  const used = boards.reduce((n, b) => n + b.attendance.length + b.movements.length, 0);
  const left = Math.max(0, total - used - (voting ? VOTING_MEETING_SIZE : 0));
  const weights = others.map((e) => (e.id === voting?.id ? 0 : p.int(2, 6)));
  const counts = apportion(left, weights);
  others.forEach((event, i) => {
    const r = p.fork(`event-${i}`);
    const isVoting = event.id === voting?.id;
    const wanted = isVoting ? VOTING_MEETING_SIZE : (counts[i] ?? 0);
    let pool = poolFor(members, event, people);
    if (pool.length < wanted) pool = people.map((person) => person.id);
    const chosen = r.sample(pool, wanted);
    const came: string[] = [];
    for (const personId of chosen) {
      const row = attendanceRow(r, event, personId, today, isVoting);
      attendance.push(row);
      if (row.status === 'checked-in') came.push(personId);
    }
    if (event.date <= today) checkedIn.set(event.id, came);
  });
  return { memberships, attendance, boards, checkedIn, votingEventId: voting?.id ?? null };
}

function poolFor(
  members: Map<string, string[]>,
  event: TaskforceEvent,
  people: readonly Person[],
): string[] {
  const pool = members.get(event.taskforceId) ?? [];
  return pool.length >= BOARD_SIZES.people ? pool : people.map((person) => person.id);
}

function attendanceRow(
  r: Prng,
  event: TaskforceEvent,
  personId: string,
  today: string,
  allCame: boolean,
): Attendance {
  const registeredAt = timestamp(addDays(event.date, -r.int(2, 30)), '10:00');
  const arrivedAt = timestamp(event.date, event.startTime);
  const id = r.uuid();
  const base = { id, eventId: event.id, personId, walkIn: false };
  if (event.date > today) {
    const status = r.chance(0.6) ? 'registered' : 'invited';
    return { ...base, createdAt: registeredAt, updatedAt: registeredAt, version: 1, status };
  }
  if (!allCame && r.chance(0.15)) {
    return {
      ...base,
      createdAt: registeredAt,
      updatedAt: registeredAt,
      version: 1,
      status: 'registered',
    };
  }
  const arrival = {
    status: 'checked-in' as const,
    checkedInAt: arrivedAt,
    checkedInBy: 'Bench facilitator',
    statusBeforeCheckIn: 'registered' as const,
  };
  if (r.chance(0.1)) {
    // A walk-in: created checked in, as checkIn() does when there was no record.
    return {
      ...base,
      ...arrival,
      createdAt: arrivedAt,
      updatedAt: arrivedAt,
      version: 1,
      walkIn: true,
    };
  }
  return { ...base, ...arrival, createdAt: registeredAt, updatedAt: arrivedAt, version: 2 };
}

/** Everyone belongs to one taskforce, one in five to a second; most as members. */
function generateMemberships(
  p: Prng,
  taskforces: readonly Taskforce[],
  people: readonly Person[],
): Membership[] {
  const made: Membership[] = [];
  if (taskforces.length === 0) return made;
  people.forEach((person, i) => {
    const r = p.fork(`person-${i}`);
    const first = r.pick(taskforces);
    const joined = [first];
    const second = r.pick(taskforces);
    if (r.chance(0.2) && second.id !== first.id) joined.push(second);
    for (const taskforce of joined) {
      const joinedOn = addDays(taskforce.startDate, r.int(0, 90));
      const at = timestamp(joinedOn, '12:00');
      made.push({
        id: r.uuid(),
        createdAt: at,
        updatedAt: at,
        version: 1,
        personId: person.id,
        taskforceId: taskforce.id,
        role: r.weighted(ROLES),
        joinedOn,
      });
    }
  });
  return made;
}
