import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../../src-renderer/domain/people/attendance';
import {
  attendanceCounts,
  checkIn,
  checkInRows,
  effectiveAttendance,
  invite,
  register,
  undoCheckIn,
} from '../../../../src-renderer/domain/people/attendance';
import { at, ctx, makePerson } from './fixtures';

const ref = { eventId: 'ev-1', personId: 'p-sam' };
const door = at('2026-11-22T10:05:00.000Z', 'Kim at the door');

function registered(): Attendance {
  return register(undefined, ref, 'a-1', ctx).attendance;
}

describe('invitations and registration', () => {
  it('invites, then registers the same record', () => {
    const invited = invite(undefined, ref, 'a-1', ctx);
    expect(invited.changed).toBe(true);
    expect(invited.attendance).toMatchObject({ status: 'invited', walkIn: false, version: 1 });
    const moved = register(invited.attendance, ref, 'unused', ctx);
    expect(moved.changed).toBe(true);
    expect(moved.attendance).toMatchObject({ id: 'a-1', status: 'registered', version: 2 });
  });

  it('leaves someone already further along as they are', () => {
    const reg = registered();
    expect(invite(reg, ref, 'x', ctx)).toEqual({ attendance: reg, changed: false });
    const inside = checkIn(reg, ref, 'x', door).attendance;
    expect(register(inside, ref, 'x', ctx)).toEqual({ attendance: inside, changed: false });
  });
});

describe('checking in', () => {
  it('records when and by whom, and what to go back to', () => {
    const result = checkIn(registered(), ref, 'unused', door);
    expect(result.changed).toBe(true);
    expect(result.attendance).toMatchObject({
      id: 'a-1',
      status: 'checked-in',
      checkedInAt: '2026-11-22T10:05:00.000Z',
      checkedInBy: 'Kim at the door',
      statusBeforeCheckIn: 'registered',
      walkIn: false,
      version: 2,
    });
  });

  it('is idempotent: a second check-in changes nothing and keeps the first arrival time', () => {
    const first = checkIn(registered(), ref, 'unused', door).attendance;
    const second = checkIn(first, ref, 'unused', at('2026-11-22T10:30:00.000Z'));
    expect(second.changed).toBe(false);
    expect(second.attendance).toBe(first);
    expect(second.attendance.checkedInAt).toBe('2026-11-22T10:05:00.000Z');
  });

  it('makes someone with no record a walk-in', () => {
    const result = checkIn(undefined, { eventId: 'ev-1', personId: 'p-new' }, 'a-walk', door);
    expect(result.attendance).toMatchObject({
      id: 'a-walk',
      personId: 'p-new',
      status: 'checked-in',
      walkIn: true,
      checkedInAt: '2026-11-22T10:05:00.000Z',
    });
  });

  it('undoes a check-in back to where it was, without the arrival details', () => {
    const invited = invite(undefined, ref, 'a-1', ctx).attendance;
    const inside = checkIn(invited, ref, 'x', door).attendance;
    const undone = undoCheckIn(inside, at('2026-11-22T10:06:00.000Z'));
    expect(undone.changed).toBe(true);
    expect(undone.attendance.status).toBe('invited');
    expect(undone.attendance.version).toBe(3);
    expect(undone.attendance).not.toHaveProperty('checkedInAt');
    expect(undone.attendance).not.toHaveProperty('checkedInBy');
    expect(inside.checkedInAt).toBe('2026-11-22T10:05:00.000Z');
    expect(undoCheckIn(undone.attendance, ctx).changed).toBe(false);
  });
});

describe('counting who came', () => {
  const list: Attendance[] = [
    checkIn(
      register(undefined, { eventId: 'ev-1', personId: 'p-1' }, 'a-1', ctx).attendance,
      ref,
      'x',
      door,
    ).attendance,
    register(undefined, { eventId: 'ev-1', personId: 'p-2' }, 'a-2', ctx).attendance,
    invite(undefined, { eventId: 'ev-1', personId: 'p-3' }, 'a-3', ctx).attendance,
    checkIn(undefined, { eventId: 'ev-1', personId: 'p-4' }, 'a-4', door).attendance,
    checkIn(undefined, { eventId: 'ev-2', personId: 'p-5' }, 'a-5', door).attendance,
  ];

  it('counts each status for one event only', () => {
    expect(attendanceCounts(list, 'ev-1')).toEqual({
      invited: 1,
      registered: 1,
      checkedIn: 2,
      walkIns: 1,
      notArrived: 2,
    });
  });

  it('counts a person once when two devices both checked them in', () => {
    const phone = checkIn(
      undefined,
      { eventId: 'ev-1', personId: 'p-4' },
      'a-4-phone',
      at('2026-11-22T10:07:00Z'),
    ).attendance;
    expect(attendanceCounts([...list, phone], 'ev-1').checkedIn).toBe(2);
  });

  it('lets the most recent change win when devices disagree, in any order', () => {
    const reg = registered();
    const inside = checkIn(reg, ref, 'x', door).attendance;
    const undone = undoCheckIn(inside, at('2026-11-22T10:20:00Z')).attendance;
    expect(effectiveAttendance([undone, inside])[0]?.status).toBe('registered');
    expect(effectiveAttendance([inside, undone])[0]?.status).toBe('registered');
  });
});

describe('the check-in search', () => {
  const people = [
    makePerson('p-1', { name: 'Sam Lee' }),
    makePerson('p-2', { name: 'Samira Okafor' }),
    makePerson('p-3', { name: 'Sammy Davis' }),
    makePerson('p-4', { name: 'Ali Khan' }),
  ];
  const records = [
    checkIn(
      register(undefined, { eventId: 'ev-1', personId: 'p-1' }, 'a-1', ctx).attendance,
      ref,
      'x',
      door,
    ).attendance,
    register(undefined, { eventId: 'ev-1', personId: 'p-2' }, 'a-2', ctx).attendance,
  ];

  it('shows expected people not yet arrived first, then arrived, then walk-in candidates', () => {
    const rows = checkInRows(people, records, 'ev-1', 'sam');
    expect(rows.map((r) => r.person.id)).toEqual(['p-2', 'p-1', 'p-3']);
    expect(rows[2]?.attendance).toBeUndefined();
  });

  it('lists only the expected people when nothing is typed', () => {
    expect(checkInRows(people, records, 'ev-1', '').map((r) => r.person.id)).toEqual([
      'p-2',
      'p-1',
    ]);
  });
});
