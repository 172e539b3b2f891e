import { describe, expect, it } from 'vitest';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { joinTaskforce, recordLeaving } from '../../../src-renderer/data/membership-commands';
import { createPerson } from '../../../src-renderer/data/people-commands';
import { createTaskforce } from '../../../src-renderer/data/taskforce-commands';
import type { MembershipInput } from '../../../src-renderer/domain/people/membership';
import { emptyPersonInput } from '../../../src-renderer/domain/people/person';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb, snapshot } from './fresh-db';

async function seeded(): Promise<TwoFeetDb> {
  const db = freshDb();
  await createTaskforce(
    db,
    { ...emptyTaskforceInput(), name: 'LGBT & Cancer', theme: 'LGBT' },
    ctx(),
    'tf-1',
  );
  await createPerson(db, { ...emptyPersonInput(), name: 'Sam Lee' }, ctx(), 'p-1');
  return db;
}

const joining: MembershipInput = {
  personId: 'p-1',
  taskforceId: 'tf-1',
  role: 'member',
  joinedOn: '2026-01-10',
};

describe('membership commands', () => {
  it('adds a membership with its role and date', async () => {
    const db = await seeded();
    const result = await joinTaskforce(db, joining, ctx(), 'm-1');
    expect(result.ok).toBe(true);
    expect(await db.memberships.get('m-1')).toEqual({
      ...joining,
      id: 'm-1',
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
      version: 1,
    });
  });

  it('writes nothing for a bad date, an unknown taskforce or a missing person', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    expect(await joinTaskforce(db, { ...joining, joinedOn: '2026-02-30' }, ctx())).toHaveProperty(
      'errors.joinedOn',
    );
    expect(await joinTaskforce(db, { ...joining, taskforceId: 'gone' }, ctx())).toHaveProperty(
      'errors.taskforceId',
    );
    expect(await joinTaskforce(db, { ...joining, personId: 'gone' }, ctx())).toHaveProperty(
      'conflict',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a membership that overlaps another of the same taskforce', async () => {
    const db = await seeded();
    await joinTaskforce(db, joining, ctx(), 'm-1');
    const before = await snapshot(db);
    const overlap = await joinTaskforce(
      db,
      { ...joining, role: 'steering-group', joinedOn: '2026-03-01' },
      ctx(),
    );
    expect(overlap).toHaveProperty('errors.joinedOn');
    if (!overlap.ok && 'errors' in overlap) {
      expect(overlap.errors.joinedOn).toMatch(/already in this taskforce/);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('records leaving, after which they can rejoin with a new role from that day', async () => {
    const db = await seeded();
    await joinTaskforce(db, joining, ctx(), 'm-1');
    const left = await recordLeaving(db, 'm-1', '2026-05-01', 1, ctx('2026-11-22T11:00:00.000Z'));
    expect(left.ok && left.value).toMatchObject({ leftOn: '2026-05-01', version: 2 });
    const rejoined = await joinTaskforce(
      db,
      { ...joining, role: 'steering-group', joinedOn: '2026-05-01' },
      ctx(),
      'm-2',
    );
    expect(rejoined.ok).toBe(true);
    expect(await db.memberships.count()).toBe(2);
  });

  it('refuses a leaving date before joining, a stale edit and a missing membership', async () => {
    const db = await seeded();
    await joinTaskforce(db, joining, ctx(), 'm-1');
    const before = await snapshot(db);
    expect(await recordLeaving(db, 'm-1', '2025-12-31', 1, ctx())).toHaveProperty('errors.leftOn');
    expect(await recordLeaving(db, 'm-1', '', 1, ctx())).toHaveProperty('errors.leftOn');
    expect(await recordLeaving(db, 'm-1', '2026-05-01', 7, ctx())).toHaveProperty('conflict');
    expect(await recordLeaving(db, 'nope', '2026-05-01', 1, ctx())).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a leaving date that would make two memberships overlap', async () => {
    const db = await seeded();
    await joinTaskforce(db, { ...joining, joinedOn: '2026-01-10' }, ctx(), 'm-1');
    await recordLeaving(db, 'm-1', '2026-03-01', 1, ctx());
    await joinTaskforce(db, { ...joining, joinedOn: '2026-04-01' }, ctx(), 'm-2');
    await recordLeaving(db, 'm-2', '2026-06-01', 1, ctx());
    // Reopening is not possible, but moving m-1's end past m-2's start would overlap.
    const m1 = await db.memberships.get('m-1');
    const result = await recordLeaving(db, 'm-1', '2026-05-01', m1?.version ?? 0, ctx());
    expect(result).toHaveProperty('errors.joinedOn');
    expect((await db.memberships.get('m-1'))?.leftOn).toBe('2026-03-01');
  });
});
