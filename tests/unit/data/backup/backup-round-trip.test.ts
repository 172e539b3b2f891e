import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../src-renderer/data/backup/export-backup';
import { BACKUP_MAGIC, sha256Hex } from '../../../../src-renderer/data/backup/format';
import { readBackup } from '../../../../src-renderer/data/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/data/backup/restore-backup';
import { LATEST_VERSION } from '../../../../src-renderer/data/schema';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { comparable, fillEveryTable } from './backup-fixture';

const NOW = '2026-11-22T18:00:00.000Z';

describe('backup round trip', () => {
  // 5,000 people and every other table, in fake-indexeddb: seconds, not milliseconds.
  it(
    'exports every table, wipes, restores, and every table and file is equal',
    { timeout: 60_000 },
    async () => {
      const db = freshDb();
      await fillEveryTable(db);
      const before = await snapshot(db);
      const { header, bytes } = await exportBackup(db, { appVersion: '1.0.0', now: NOW });

      expect(new TextDecoder().decode(bytes.subarray(0, BACKUP_MAGIC.length))).toBe(BACKUP_MAGIC);
      expect(header.schemaVersion).toBe(LATEST_VERSION);
      expect(header.tables.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).sort());
      for (const table of header.tables) expect(table.rows).toBe(before[table.name]?.length);

      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) await table.clear();
      });
      const read = await readBackup(bytes);
      if (!read.ok) throw new Error(read.message);
      const restored = await restoreBackup(db, read.backup, ctx(NOW));
      expect(restored.ok).toBe(true);

      const after = await snapshot(db);
      const auditLog = after.auditLog ?? [];
      const at = auditLog.findIndex((e) => (e as { action?: string }).action === 'backup-restored');
      const [audit] = auditLog.splice(at, 1);
      expect(audit).toMatchObject({ action: 'backup-restored', actor: 'Sam Facilitator', at: NOW });
      expect(await comparable(after)).toEqual(await comparable(before));
      const receipt = (after.receipts ?? []).find((row) => (row as { photo?: Blob }).photo);
      expect((receipt as { photo: Blob }).photo).toBeInstanceOf(Blob);
    },
  );

  it('restoring replaces rows that were added after the backup', async () => {
    const db = freshDb();
    await db.taskforces.add({ id: 'kept' } as never);
    const { bytes } = await exportBackup(db, { appVersion: '1.0.0', now: NOW });
    await db.taskforces.add({ id: 'added-later' } as never);
    const read = await readBackup(bytes);
    if (!read.ok) throw new Error(read.message);
    await restoreBackup(db, read.backup, ctx(NOW));
    expect(await db.taskforces.toArray()).toEqual([{ id: 'kept' }]);
  });
});

describe('a backup from before a table was added to the current version', () => {
  it('restores, with that table empty', async () => {
    const db = freshDb();
    await db.taskforces.add({ id: 'tf-1' } as never);
    await db.claims.add({ id: 'claim-now' } as never);
    const { bytes } = await exportBackup(db, { appVersion: '1.0.0', now: NOW });
    const text = new TextDecoder().decode(bytes);
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as {
      tables: { name: string }[];
      content: { bytes: number; sha256: string };
    };
    const content = JSON.parse(text.slice(newline + 1)) as { tables: Record<string, unknown> };
    delete content.tables.claims;
    header.tables = header.tables.filter((t) => t.name !== 'claims');
    const body = new TextEncoder().encode(JSON.stringify(content));
    header.content = { bytes: body.byteLength, sha256: await sha256Hex(body) };
    const file = new TextEncoder().encode(`${JSON.stringify(header)}\n${JSON.stringify(content)}`);
    const read = await readBackup(file);
    if (!read.ok) throw new Error(read.message);
    expect((await restoreBackup(db, read.backup, ctx(NOW))).ok).toBe(true);
    expect(await db.claims.count()).toBe(0);
    expect(await db.taskforces.count()).toBe(1);
  });
});
