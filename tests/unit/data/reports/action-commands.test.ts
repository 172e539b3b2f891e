import { describe, expect, it, vi } from 'vitest';
import { markActionDone } from '../../../../src-renderer/data/reports/action-commands';
import { NO_SUCH_ACTION } from '../../../../src-renderer/domain/reports/action-update';
import { groupRecord } from '../../domain/reports/fixtures';
import { ctx, freshDb, snapshot } from '../fresh-db';

const input = {
  eventId: 'ev-1',
  topicId: 't-gp',
  action: 'Write to the practice',
  doneOn: '2026-04-01',
  whatChanged: '  Letter sent; evening clinics agreed  ',
};

async function seeded() {
  const db = freshDb();
  await db.boardGroupRecords.add(groupRecord('t-gp', 'ev-1', ['Write to the practice']));
  return db;
}

describe('marking an action done', () => {
  it('adds the update and its audit entry in one transaction, keeping earlier updates', async () => {
    const db = await seeded();
    const transaction = vi.spyOn(db, 'transaction');
    const first = await markActionDone(db, input, ctx(), 'u-1', 'audit-1');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(first).toMatchObject({
      ok: true,
      value: {
        id: 'u-1',
        whatChanged: 'Letter sent; evening clinics agreed',
        recordedBy: 'Sam Facilitator',
      },
    });
    await markActionDone(
      db,
      { ...input, whatChanged: 'Clinics started' },
      ctx('2026-11-23T10:00:00.000Z'),
      'u-2',
      'audit-2',
    );
    expect((await db.actionUpdates.toArray()).map((u) => u.id)).toEqual(['u-1', 'u-2']);
    const audit = await db.auditLog.get('audit-1');
    expect(audit).toMatchObject({
      action: 'action-marked-done',
      subject: { table: 'actionUpdates', id: 'u-1' },
    });
    expect(audit?.summary).not.toContain('practice');
  });

  it('writes nothing for bad input or an action no longer in the notes', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const bad = await markActionDone(
      db,
      { ...input, doneOn: '2026-02-30', whatChanged: ' ' },
      ctx(),
    );
    expect(
      bad.ok === false &&
        'errors' in bad &&
        Object.entries(bad.errors)
          .filter(([, message]) => message !== undefined)
          .map(([field]) => field)
          .sort(),
    ).toEqual(['doneOn', 'whatChanged']);
    const gone = await markActionDone(db, { ...input, action: 'Something else' }, ctx());
    expect(gone.ok === false && 'errors' in gone && gone.errors.action).toBe(NO_SUCH_ACTION);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when the audit write fails', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(markActionDone(db, input, ctx())).rejects.toThrow('The disk is full');
    expect(await snapshot(db)).toEqual(before);
  });
});
