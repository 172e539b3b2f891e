import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../src-renderer/data/backup/export-backup';
import { sha256Hex } from '../../../../src-renderer/data/backup/format';
import {
  REFUSALS,
  newerSchemaRefusal,
  readBackup,
} from '../../../../src-renderer/data/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/data/backup/restore-backup';
import { LATEST_VERSION } from '../../../../src-renderer/data/schema';
import { ctx, freshDb, snapshot } from '../fresh-db';

const NOW = '2026-11-22T18:00:00.000Z';
const encoder = new TextEncoder();

async function liveDbAndBackup() {
  const db = freshDb();
  await db.taskforces.add({ id: 'tf-1', name: 'LGBT & Cancer' } as never);
  await db.receipts.add({ id: 'r-1', image: new Blob([new Uint8Array([1, 2, 3])]) } as never);
  const { bytes } = await exportBackup(db, { appVersion: '1.0.0', now: NOW });
  // What is on the laptop now, different from the backup, must survive every refusal.
  await db.taskforces.add({ id: 'tf-2', name: 'Since the backup' } as never);
  return { db, bytes };
}

/** Rebuilds a file with a changed header and, optionally, changed content (checksum redone). */
async function rewritten(
  bytes: Uint8Array<ArrayBuffer>,
  change: (header: Record<string, unknown>) => void,
  content?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const text = new TextDecoder().decode(bytes);
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
  const body = encoder.encode(content ?? text.slice(newline + 1));
  header.content = { bytes: body.byteLength, sha256: await sha256Hex(body) };
  change(header);
  return encoder.encode(`${JSON.stringify(header)}\n${new TextDecoder().decode(body)}`);
}

async function expectRefused(bytes: Uint8Array<ArrayBuffer>, message: string) {
  const { db } = await liveDbAndBackup();
  const before = await snapshot(db);
  const read = await readBackup(bytes);
  expect(read).toEqual({ ok: false, message });
  expect(await snapshot(db)).toEqual(before);
}

describe('refusing files that are not good backups, changing nothing', () => {
  it('a corrupted byte', async () => {
    const { bytes } = await liveDbAndBackup();
    const damaged = bytes.slice();
    const at = damaged.length - 20;
    damaged[at] = damaged[at] === 0x41 ? 0x42 : 0x41;
    await expectRefused(damaged, REFUSALS.damaged);
  });

  it('a truncated file, cut in the content or in the header', async () => {
    const { bytes } = await liveDbAndBackup();
    await expectRefused(bytes.slice(0, bytes.length - 100), REFUSALS.truncated);
    await expectRefused(bytes.slice(0, 30), REFUSALS.truncated);
  });

  it('a file from a future data version', async () => {
    const { bytes } = await liveDbAndBackup();
    const future = await rewritten(bytes, (h) => {
      h.schemaVersion = LATEST_VERSION + 1;
    });
    await expectRefused(future, newerSchemaRefusal(LATEST_VERSION + 1));
    expect(newerSchemaRefusal(LATEST_VERSION + 1)).toContain(`version ${LATEST_VERSION + 1}`);
  });

  it('a file from a future backup format', async () => {
    const { bytes } = await liveDbAndBackup();
    const future = await rewritten(bytes, (h) => {
      h.formatVersion = 2;
    });
    await expectRefused(future, REFUSALS.newerFormat);
  });

  it('files that are not backups: JSON, CSV, a PNG, an empty file', async () => {
    await expectRefused(encoder.encode('{"formatName":"dexie","data":{}}'), REFUSALS.notBackup);
    await expectRefused(encoder.encode('name,email\nAda,ada@example.org\n'), REFUSALS.notBackup);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(png, REFUSALS.notBackup);
    await expectRefused(new Uint8Array(), REFUSALS.notBackup);
  });

  it('a well-formed file whose counts, tables or keys do not add up', async () => {
    const { bytes } = await liveDbAndBackup();
    const body = (tables: Record<string, unknown[]>) => JSON.stringify({ tables });
    const miscounted = await rewritten(bytes, (h) => {
      for (const t of h.tables as { name: string; rows: number }[]) {
        if (t.name === 'taskforces') t.rows += 1;
      }
    });
    await expectRefused(miscounted, REFUSALS.damaged);
    const text = new TextDecoder().decode(bytes);
    const { tables } = JSON.parse(text.slice(text.indexOf('\n') + 1)) as {
      tables: Record<string, unknown[]>;
    };
    const noKey = await rewritten(
      bytes,
      () => undefined,
      body({ ...tables, taskforces: [{ name: 'x' }] }),
    );
    await expectRefused(noKey, REFUSALS.damaged);
    const notObject = await rewritten(
      bytes,
      () => undefined,
      body({ ...tables, taskforces: ['x'] }),
    );
    await expectRefused(notObject, REFUSALS.damaged);
    const missingTable = Object.fromEntries(
      Object.entries(tables).filter(([name]) => name !== 'settings'),
    );
    await expectRefused(
      await rewritten(bytes, () => undefined, body(missingTable)),
      REFUSALS.damaged,
    );
    const foreignTable = await rewritten(bytes, () => undefined, body({ ...tables, secrets: [] }));
    await expectRefused(foreignTable, REFUSALS.damaged);
  });
});

describe('a restore that fails part-way', () => {
  it('leaves the database exactly as it was', async () => {
    const { db, bytes } = await liveDbAndBackup();
    const text = new TextDecoder().decode(bytes);
    const { tables } = JSON.parse(text.slice(text.indexOf('\n') + 1)) as {
      tables: Record<string, unknown[]>;
    };
    // Two consent form versions with the same form and version number: the unique index
    // refuses the second one in the middle of the write.
    const clash = { formId: 'f', formVersion: 1 };
    const bad = await rewritten(
      bytes,
      (h) => {
        for (const t of h.tables as { name: string; rows: number }[]) {
          if (t.name === 'consentForms') t.rows = 2;
        }
      },
      JSON.stringify({
        tables: {
          ...tables,
          consentForms: [
            { id: 'a', ...clash },
            { id: 'b', ...clash },
          ],
        },
      }),
    );
    const before = await snapshot(db);
    const read = await readBackup(bad);
    if (!read.ok) throw new Error(read.message);
    const outcome = await restoreBackup(db, read.backup, ctx(NOW));
    expect(outcome).toEqual({
      ok: false,
      message:
        'This backup could not be restored because two of its records clash. Nothing was changed.',
    });
    expect(await snapshot(db)).toEqual(before);
  });
});
