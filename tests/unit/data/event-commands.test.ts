import { describe, expect, it } from 'vitest';
import { createEvent, deleteEvent, updateEvent } from '../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../src-renderer/data/taskforce-commands';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb, snapshot } from './fresh-db';

async function dbWithTaskforce() {
  const db = freshDb();
  await createTaskforce(
    db,
    { ...emptyTaskforceInput(), name: 'LGBT & Cancer', theme: 'LGBT' },
    ctx(),
    'tf-1',
  );
  return db;
}

const event = {
  ...emptyEventInput('tf-1'),
  title: 'Spring Engagement',
  date: '2026-04-18',
  venueName: 'Leeds Community Centre',
};

describe('event commands', () => {
  it('stores the event with its search words, findable through the index', async () => {
    const db = await dbWithTaskforce();
    const result = await createEvent(db, event, ctx(), 'ev-1');
    expect(result.ok).toBe(true);
    expect((await db.events.get('ev-1'))?.words).toEqual([
      'spring',
      'engagement',
      'leeds',
      'community',
      'centre',
    ]);
    expect(await db.events.where('words').startsWith('comm').primaryKeys()).toEqual(['ev-1']);
  });

  it('refuses an event for a taskforce that does not exist, writing nothing', async () => {
    const db = await dbWithTaskforce();
    const result = await createEvent(db, { ...event, taskforceId: 'gone' }, ctx());
    expect(result).toEqual({
      ok: false,
      errors: { taskforceId: 'That taskforce no longer exists. Choose another one.' },
    });
    expect(await db.events.count()).toBe(0);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const db = await dbWithTaskforce();
    const before = await snapshot(db);
    const result = await createEvent(
      db,
      { ...event, endTime: '09:00', title: 'x'.repeat(500) },
      ctx(),
    );
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('errors.endTime');
    expect(result).toHaveProperty('errors.title');
    expect(await snapshot(db)).toEqual(before);
  });

  it('updates words when the title changes and refuses stale edits', async () => {
    const db = await dbWithTaskforce();
    await createEvent(db, event, ctx(), 'ev-1');
    const updated = await updateEvent(
      db,
      'ev-1',
      { ...event, title: 'Autumn gathering' },
      1,
      ctx(),
    );
    expect(updated.ok && updated.value.version).toBe(2);
    expect((await db.events.get('ev-1'))?.words).toContain('autumn');
    const stale = await updateEvent(db, 'ev-1', event, 1, ctx());
    expect(stale).toHaveProperty('conflict');
  });

  it('deletes an event and leaves a tombstone; deleting again is a conflict', async () => {
    const db = await dbWithTaskforce();
    await createEvent(db, event, ctx(), 'ev-1');
    expect(await deleteEvent(db, 'ev-1', ctx())).toEqual({ ok: true, value: null });
    expect(await db.events.count()).toBe(0);
    expect(await db.tombstones.get('ev-1')).toMatchObject({ table: 'events' });
    expect(await deleteEvent(db, 'ev-1', ctx())).toHaveProperty('conflict');
  });
});
