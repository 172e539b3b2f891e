import { describe, expect, it } from 'vitest';
import type {
  Membership,
  MembershipInput,
} from '../../../../src-renderer/domain/people/membership';
import {
  endMembership,
  findOverlaps,
  membershipStatusOn,
  taskforceRoster,
  validateMembership,
} from '../../../../src-renderer/domain/people/membership';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { at, ctx } from './fixtures';

function membership(id: string, input: Partial<MembershipInput>): Membership {
  return {
    ...createdMeta(id, ctx),
    personId: 'p-sam',
    taskforceId: 'tf-1',
    role: 'member',
    joinedOn: '2026-01-01',
    ...input,
  };
}

const base: MembershipInput = {
  personId: 'p-sam',
  taskforceId: 'tf-1',
  role: 'member',
  joinedOn: '2026-01-01',
};

describe('membership dates', () => {
  it('accepts leaving on or after joining, and no leaving date at all', () => {
    expect(validateMembership({ ...base, leftOn: '2026-06-30' }, []).ok).toBe(true);
    expect(validateMembership({ ...base, leftOn: '2026-01-01' }, []).ok).toBe(true);
    const open = validateMembership({ ...base, leftOn: '' }, []);
    expect(open.ok && open.value.leftOn).toBe(undefined);
    expect(open.ok && 'leftOn' in open.value).toBe(false);
  });

  it('refuses leaving before joining', () => {
    const checked = validateMembership({ ...base, leftOn: '2025-12-31' }, []);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.leftOn).toBe(
        'The date they left cannot be before the date they joined.',
      );
  });

  it('refuses dates that do not exist and a missing role', () => {
    const checked = validateMembership(
      { ...base, joinedOn: '2026-02-30', leftOn: '2026-13-01' },
      [],
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.joinedOn).toMatch(/Enter the date they joined/);
    expect(checked.errors.leftOn).toMatch(/Enter the date they left/);
    const noRole = validateMembership({ ...base, role: 'boss' as never }, []);
    expect(noRole.ok).toBe(false);
  });
});

describe('overlapping memberships', () => {
  const past = membership('m-1', { joinedOn: '2026-01-01', leftOn: '2026-05-01' });

  it('refuses a second membership of the same taskforce at the same time', () => {
    const checked = validateMembership(
      { ...base, role: 'steering-group', joinedOn: '2026-04-01' },
      [past],
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.joinedOn).toMatch(
        /already in this taskforce \(Member\) from Thursday 1 January 2026 until Friday 1 May 2026/,
      );
  });

  it('refuses a new open membership while one is still open', () => {
    const open = membership('m-2', { joinedOn: '2026-06-01' });
    const checked = validateMembership({ ...base, joinedOn: '2027-01-01' }, [open]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.joinedOn).toMatch(/still a member/);
  });

  it('allows rejoining on the day they left (a change of role) and later', () => {
    expect(
      validateMembership({ ...base, role: 'steering-group', joinedOn: '2026-05-01' }, [past]).ok,
    ).toBe(true);
    expect(validateMembership({ ...base, joinedOn: '2027-01-01' }, [past]).ok).toBe(true);
  });

  it('allows the same dates for another person or another taskforce', () => {
    expect(
      validateMembership({ ...base, personId: 'p-ali', joinedOn: '2026-02-01' }, [past]).ok,
    ).toBe(true);
    expect(
      validateMembership({ ...base, taskforceId: 'tf-2', joinedOn: '2026-02-01' }, [past]).ok,
    ).toBe(true);
  });

  it('does not clash with itself when edited', () => {
    expect(validateMembership({ ...past, leftOn: '2026-06-01' }, [past], 'm-1').ok).toBe(true);
    expect(validateMembership({ ...past, leftOn: '2026-06-01' }, [past]).ok).toBe(false);
  });

  it('lists overlaps that arrived from two laptops, for someone to fix', () => {
    const a = membership('m-a', { joinedOn: '2026-03-01' });
    const b = membership('m-b', { joinedOn: '2026-03-15', role: 'staff' });
    const other = membership('m-c', { personId: 'p-ali', joinedOn: '2026-03-01' });
    expect(findOverlaps([b, other, a]).map(([x, y]) => [x.id, y.id])).toEqual([['m-a', 'm-b']]);
    expect(findOverlaps([past, membership('m-d', { joinedOn: '2026-05-01' })])).toEqual([]);
  });
});

describe('current and past members on a date', () => {
  const memberships = [
    membership('m-sam-1', { personId: 'p-sam', joinedOn: '2025-01-01', leftOn: '2025-06-01' }),
    membership('m-sam-2', { personId: 'p-sam', joinedOn: '2026-01-01', role: 'steering-group' }),
    membership('m-ali', { personId: 'p-ali', joinedOn: '2025-03-01', leftOn: '2026-02-01' }),
    membership('m-bea', { personId: 'p-bea', joinedOn: '2026-12-01' }),
    membership('m-cal', { personId: 'p-cal', taskforceId: 'tf-2', joinedOn: '2025-01-01' }),
  ];

  it('splits people into current, past and upcoming, each person once', () => {
    const roster = taskforceRoster(memberships, 'tf-1', '2026-11-22');
    expect(roster.current.map((m) => m.id)).toEqual(['m-sam-2']);
    expect(roster.past.map((m) => m.id)).toEqual(['m-ali']);
    expect(roster.upcoming.map((m) => m.id)).toEqual(['m-bea']);
  });

  it('counts someone as past from the day they leave', () => {
    const ali = memberships[2] as Membership;
    expect(membershipStatusOn(ali, '2026-01-31')).toBe('current');
    expect(membershipStatusOn(ali, '2026-02-01')).toBe('past');
    expect(membershipStatusOn(ali, '2025-02-28')).toBe('future');
  });

  it('shows the same taskforce differently on an earlier date', () => {
    const roster = taskforceRoster(memberships, 'tf-1', '2025-04-01');
    expect(roster.current.map((m) => m.id)).toEqual(['m-sam-1', 'm-ali']);
    expect(roster.past).toEqual([]);
  });

  it('ends a membership as a new version of the record', () => {
    const open = membership('m-open', { joinedOn: '2026-01-01' });
    const ended = endMembership(open, '2026-11-22', [open], at('2026-11-22T12:00:00Z'));
    expect(ended.ok).toBe(true);
    if (!ended.ok) return;
    expect(ended.value.leftOn).toBe('2026-11-22');
    expect(ended.value.version).toBe(2);
    expect(ended.value.updatedAt).toBe('2026-11-22T12:00:00Z');
    expect(open.leftOn).toBeUndefined();
    const early = endMembership(open, '2025-12-01', [open], ctx);
    expect(early.ok).toBe(false);
  });
});
