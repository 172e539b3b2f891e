import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../src-renderer/data/backup/export-backup';
import { readBackup } from '../../../../src-renderer/data/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/data/backup/restore-backup';
import { TwoFeetDb } from '../../../../src-renderer/data/db';
import { LATEST_VERSION } from '../../../../src-renderer/data/schema';
import { ctx, freshDb, seedAtVersion } from '../fresh-db';

const NOW = '2026-11-22T18:00:00.000Z';

const v1Event = {
  id: 'ev-1',
  taskforceId: 'tf-1',
  title: 'Spring Engagement Event',
  date: '2026-04-18',
  venueName: 'Leeds Community Centre',
  venueAddress: '1 Park Row, Leeds',
};

describe('a backup made at the oldest schema version', () => {
  it('restores into the current version, through the real upgrades', async () => {
    const oldName = await seedAtVersion(1, {
      taskforces: [{ id: 'tf-1', name: 'LGBT & Cancer', status: 'active' }],
      events: [v1Event],
      settings: [{ key: 'facilitatorName', value: 'Ana' }],
    });
    const old = new TwoFeetDb(oldName, 1);
    await old.open();
    const { header, bytes } = await exportBackup(old, { appVersion: '0.1.0', now: NOW });
    old.close();
    expect(header.schemaVersion).toBe(1);
    expect(header.tables.map((t) => t.name).sort()).toEqual(['events', 'settings', 'taskforces']);

    const db = freshDb();
    await db.people.add({ id: 'p-now', name: 'Here before' } as never);
    const read = await readBackup(bytes);
    if (!read.ok) throw new Error(read.message);
    const outcome = await restoreBackup(db, read.backup, ctx(NOW));
    expect(outcome).toEqual({ ok: true, value: { rows: 3, upgradedFrom: 1 } });

    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get('ev-1')).toEqual({
      ...v1Event,
      // Added by the 1 → 2 upgrade.
      words: ['spring', 'engagement', 'event', 'leeds', 'community', 'centre', '1', 'park', 'row'],
    });
    expect(await db.people.count()).toBe(0);
    expect(await db.settings.get('facilitatorName')).toEqual({
      key: 'facilitatorName',
      value: 'Ana',
    });
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(['backup-restored']);
  });
});
