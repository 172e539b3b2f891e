import { describe, expect, it } from 'vitest';
import { createEvent } from '../../../src-renderer/data/event-commands';
import {
  createTaskforce,
  deleteTaskforce,
  updateTaskforce,
} from '../../../src-renderer/data/taskforce-commands';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb, snapshot } from './fresh-db';

const input = { ...emptyTaskforceInput(), name: 'LGBT & Cancer', theme: 'LGBT communities' };

describe('taskforce commands', () => {
  it('creates a taskforce with a string id, timestamps and version 1', async () => {
    const db = freshDb();
    const result = await createTaskforce(db, input, ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.taskforces.get(result.value.id)).toEqual({
      ...input,
      id: result.value.id,
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
      version: 1,
    });
  });

  it('writes nothing when the input is invalid', async () => {
    const db = freshDb();
    const result = await createTaskforce(db, { ...input, name: '' }, ctx());
    expect(result).toEqual({
      ok: false,
      errors: expect.objectContaining({ name: 'Enter a name.' }),
    });
    expect(await db.taskforces.count()).toBe(0);
  });

  it('updates and bumps the version, refusing a stale edit', async () => {
    const db = freshDb();
    const created = await createTaskforce(db, input, ctx(), 'tf-1');
    expect(created.ok).toBe(true);
    const first = await updateTaskforce(
      db,
      'tf-1',
      { ...input, status: 'active' },
      1,
      ctx('2026-11-22T11:00:00.000Z'),
    );
    expect(first.ok && first.value.version).toBe(2);
    const before = await snapshot(db);
    const stale = await updateTaskforce(db, 'tf-1', { ...input, name: 'Overwritten' }, 1, ctx());
    expect(stale.ok).toBe(false);
    expect(stale).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes a taskforce with its events in one go, leaving tombstones', async () => {
    const db = freshDb();
    await createTaskforce(db, input, ctx(), 'tf-1');
    await createTaskforce(db, { ...input, name: 'Other' }, ctx(), 'tf-2');
    const event = {
      ...emptyEventInput('tf-1'),
      title: 'Meeting',
      date: '2026-12-01',
      venueName: 'Hall',
    };
    await createEvent(db, event, ctx(), 'ev-1');
    await createEvent(db, { ...event, taskforceId: 'tf-2' }, ctx(), 'ev-2');
    const result = await deleteTaskforce(db, 'tf-1', ctx());
    expect(result).toEqual({ ok: true, value: { deletedEvents: 1 } });
    expect(await db.taskforces.toCollection().primaryKeys()).toEqual(['tf-2']);
    expect(await db.events.toCollection().primaryKeys()).toEqual(['ev-2']);
    expect((await db.tombstones.toArray()).map((t) => [t.table, t.id, t.deletedBy]).sort()).toEqual(
      [
        ['events', 'ev-1', 'Sam Facilitator'],
        ['taskforces', 'tf-1', 'Sam Facilitator'],
      ],
    );
  });

  it('rolls back the whole delete when a write fails part-way', async () => {
    const db = freshDb();
    await createTaskforce(db, input, ctx(), 'tf-1');
    await createEvent(
      db,
      { ...emptyEventInput('tf-1'), title: 'M', date: '2026-12-01', venueName: 'H' },
      ctx(),
      'ev-1',
    );
    const before = await snapshot(db);
    const broken = Object.assign(
      Object.create(Object.getPrototypeOf(db.tombstones)),
      db.tombstones,
      {
        bulkPut: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')),
      },
    );
    const original = db.tombstones;
    db.tombstones = broken;
    await expect(deleteTaskforce(db, 'tf-1', ctx())).rejects.toThrow('The disk is full');
    db.tombstones = original;
    expect(await snapshot(db)).toEqual(before);
  });
});
