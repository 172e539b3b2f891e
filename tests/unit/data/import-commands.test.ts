import { describe, expect, it, vi } from 'vitest';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import {
  NOTHING_TO_IMPORT,
  checkFixedRow,
  checkImport,
  importPeople,
} from '../../../src-renderer/data/import-commands';
import { createPerson } from '../../../src-renderer/data/people-commands';
import {
  type ImportPreview,
  buildImportPreview,
  fixRow,
} from '../../../src-renderer/domain/people/csv-import';
import { guessMapping } from '../../../src-renderer/domain/people/import-columns';
import { emptyPersonInput } from '../../../src-renderer/domain/people/person';
import {
  NOT_A_WORKBOOK,
  WINDOWS_1252_NOTICE,
  readSpreadsheet,
  restorePhoneZeros,
} from '../../../src-renderer/features/people/import/read-spreadsheet';
import { makeXlsx } from '../../fixtures/people/make-xlsx';
import { ctx, freshDb, snapshot } from './fresh-db';

const header = ['Name', 'Email', 'Phone'];

/** Rows 2–7 of a spreadsheet: two good, then each kind of problem. */
const cells = [
  ['Ada Obi', 'ada@example.org', '07700 900001'],
  ['Ben Cole', 'ben@example.org', ''],
  ['', 'nameless@example.org', ''],
  ['Cat Dee', 'not-an-email', ''],
  ['Dan Eve', '', '12345'],
  ['Ada Obi again', 'ADA@example.org', ''],
];

async function previewOf(db: TwoFeetDb, rows = cells): Promise<ImportPreview> {
  const people = await db.people.toArray();
  const built = buildImportPreview({ header, rows, mapping: guessMapping(header) }, people);
  if (!built.ok) throw new Error('preview failed');
  return built.value;
}

let counter = 0;
const ids = () => `id-${++counter}`;

describe('importPeople', () => {
  it('writes only the good rows, in one go, with one audit entry and no personal data in it', async () => {
    const db = freshDb();
    const preview = await previewOf(db);
    expect(preview.counts).toEqual({ ok: 2, error: 3, duplicate: 1 });
    const result = await importPeople(db, preview, {}, ctx());
    expect(result).toEqual({ ok: true, value: { imported: 2, ids: expect.any(Array) } });
    expect((await db.people.toArray()).map((p) => p.name).sort()).toEqual(['Ada Obi', 'Ben Cole']);
    const audit = await db.auditLog.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'people-imported',
      summary: 'Imported 2 people from a spreadsheet.',
      actor: 'Sam Facilitator',
      at: '2026-11-22T10:00:00.000Z',
    });
    expect(JSON.stringify(audit)).not.toMatch(/Ada|Ben|example\.org/);
  });

  it('never imports a row with errors, even when told to, and honours skips and fixes', async () => {
    const db = freshDb();
    let preview = await previewOf(db);
    preview = fixRow(preview, 4, { ...emptyPersonInput(), name: 'Nell Fox' }, []);
    const result = await importPeople(db, preview, { 3: 'skip', 5: 'import', 7: 'import' }, ctx());
    expect(result.ok).toBe(true);
    expect((await db.people.toArray()).map((p) => p.name).sort()).toEqual([
      'Ada Obi',
      'Ada Obi again',
      'Nell Fox',
    ]);
  });

  it('writes nothing when no row is chosen', async () => {
    const db = freshDb();
    const preview = await previewOf(db, [['', 'x@', '']]);
    const before = await snapshot(db);
    expect(await importPeople(db, preview, {}, ctx())).toEqual({
      ok: false,
      errors: { rows: NOTHING_TO_IMPORT },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('treats an existing person as a duplicate, and refuses if one was added after the preview', async () => {
    const db = freshDb();
    await createPerson(
      db,
      { ...emptyPersonInput(), name: 'Ben C', email: 'ben@example.org' },
      ctx(),
    );
    const preview = await previewOf(db);
    expect(preview.rows.find((r) => r.rowNumber === 3)?.status).toBe('duplicate');

    const stale = await previewOf(freshDb());
    const before = await snapshot(db);
    const result = await importPeople(db, stale, {}, ctx());
    expect(result).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when the people write fails part-way', async () => {
    const db = freshDb();
    await createPerson(db, { ...emptyPersonInput(), name: 'Already Here' }, ctx(), 'p-0');
    const before = await snapshot(db);
    const original = db.people;
    db.people = Object.assign(Object.create(Object.getPrototypeOf(original)), original, {
      bulkAdd: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')),
    });
    await expect(importPeople(db, await previewOf(db), {}, ctx(), ids)).rejects.toThrow(
      'The disk is full',
    );
    db.people = original;
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back the people already added when the audit entry cannot be written', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const original = db.auditLog;
    db.auditLog = Object.assign(Object.create(Object.getPrototypeOf(original)), original, {
      add: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')),
    });
    await expect(importPeople(db, await previewOf(db), {}, ctx())).rejects.toThrow(
      'The disk is full',
    );
    db.auditLog = original;
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports 5,000 rows in one transaction', async () => {
    const db = freshDb();
    const many = Array.from({ length: 5000 }, (_, i) => [`Person ${i}`, `p${i}@example.org`, '']);
    const preview = await previewOf(db, many);
    const result = await importPeople(db, preview, {}, ctx());
    expect(result.ok && result.value.imported).toBe(5000);
    expect(await db.people.count()).toBe(5000);
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe('checkImport', () => {
  const source = (rows: string[][]) => ({ header, rows, mapping: guessMapping(header) });

  it('finds duplicates by email and by name and phone through the indexes, never reading everyone', async () => {
    const db = freshDb();
    const add = (name: string, email: string, phone: string) =>
      createPerson(db, { ...emptyPersonInput(), name, email, phone }, ctx());
    await add('Ada Obi', 'ADA@example.org', '');
    await add('Ben Cole', '', '07700 900002');
    await add('Someone Else', '', '07700 900003');
    await add('Not In The File', 'other@example.org', '');
    const readAll = vi.spyOn(db.people, 'toArray');
    const checked = await checkImport(
      db,
      source([
        ['Ada Obi', 'ada@example.org', ''],
        ['Ben Cole', '', '+44 7700 900002'],
        ['Cat Dee', '', '07700 900003'],
      ]),
    );
    expect(readAll).not.toHaveBeenCalled();
    if (!checked.ok) throw new Error('check failed');
    expect(checked.value.existing.map((p) => p.name).sort()).toEqual(['Ada Obi', 'Ben Cole']);
    expect(checked.value.preview.rows.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'ok',
    ]);
  });

  it('answers the mapping problem without touching the register', async () => {
    const db = freshDb();
    const checked = await checkImport(db, { header, rows: cells, mapping: [null, 'email', null] });
    expect(checked.ok).toBe(false);
  });

  it('looks up the new email of a fixed row, so a match it now makes is caught', async () => {
    const db = freshDb();
    await createPerson(
      db,
      { ...emptyPersonInput(), name: 'Cat D', email: 'cat@example.org' },
      ctx(),
    );
    const checked = await checkImport(db, source([['Cat Dee', 'not-an-email', '']]));
    if (!checked.ok) throw new Error('check failed');
    expect(checked.value.existing).toEqual([]);
    expect(checked.value.preview.rows[0]?.status).toBe('error');
    const fixed = await checkFixedRow(db, checked.value, 2, {
      ...emptyPersonInput(),
      name: 'Cat Dee',
      email: 'cat@example.org',
    });
    expect(fixed.existing.map((p) => p.name)).toEqual(['Cat D']);
    expect(fixed.preview.rows[0]).toMatchObject({ status: 'duplicate', fixed: true });
  });
});

describe('readSpreadsheet', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads a UTF-8 CSV with a byte-order mark, semicolons and a line break inside quotes', async () => {
    const text = '\uFEFFName;Address;Email\r\nZoë Ümit;"1 High St\nLeeds";zoe@example.org\r\n\r\n';
    const reading = await readSpreadsheet('people.csv', utf8(text));
    expect(reading).toEqual({
      ok: true,
      table: {
        header: ['Name', 'Address', 'Email'],
        rows: [['Zoë Ümit', '1 High St\nLeeds', 'zoe@example.org']],
      },
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so', async () => {
    const bytes = new Uint8Array([
      ...utf8('Name,Email\nJos'),
      0xe9,
      ...utf8(',jose@example.org\n'),
    ]);
    const reading = await readSpreadsheet('old.csv', bytes);
    expect(reading.ok && reading.table.rows[0]).toEqual(['José', 'jose@example.org']);
    expect(reading.ok && reading.table.notice).toBe(WINDOWS_1252_NOTICE);
  });

  it('refuses a file that is not a spreadsheet, with the domain’s message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2]);
    const reading = await readSpreadsheet('photo.csv', png);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(/not a spreadsheet saved as text/);
    const headingsOnly = await readSpreadsheet('empty.csv', utf8('Name,Email\n'));
    expect(!headingsOnly.ok && headingsOnly.message).toMatch(/only one row/);
  });

  it('reads the first sheet of an .xlsx workbook, numbers included', async () => {
    const file = makeXlsx([
      ['Name', 'Phone'],
      ['Sam Lee', 7700900123],
    ]);
    const reading = await readSpreadsheet('people.xlsx', new Uint8Array(file));
    expect(reading).toEqual({
      ok: true,
      table: { header: ['Name', 'Phone'], rows: [['Sam Lee', '7700900123']] },
    });
  });

  it('puts back the leading 0 (or +) a spreadsheet drops, in phone columns only', async () => {
    const file = makeXlsx([
      ['Name', 'Phone', 'Member number', 'Other phone'],
      ['Sam Lee', 7700900123, 7700900123, 447700900124],
      ['Jo Bloggs', 1134960000, 1, '07700 900125'],
      ['Al One', 12345, 2, ''],
    ]);
    const reading = await readSpreadsheet('people.xlsx', new Uint8Array(file));
    if (!reading.ok) throw new Error(reading.message);
    const restored = restorePhoneZeros(reading.table, ['name', 'phone', null, 'phone']);
    expect(restored.rows).toEqual([
      ['Sam Lee', '07700900123', '7700900123', '+447700900124'],
      ['Jo Bloggs', '01134960000', '1', '07700 900125'],
      ['Al One', '12345', '2', ''],
    ]);
    const untouched = restorePhoneZeros(reading.table, ['name', null, null, null]);
    expect(untouched).toBe(reading.table);
  });

  it('refuses a damaged workbook with a clear message', async () => {
    const reading = await readSpreadsheet('broken.xlsx', utf8('PK\u0003\u0004 not really a zip'));
    expect(reading).toEqual({ ok: false, message: NOT_A_WORKBOOK });
  });
});
