import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { FULL_SIZES, generateDataset } from '../../../../tools/bench/data/dataset';

/**
 * The large generated dataset across every table of the database, whatever tables exist: the
 * bench generator's 10 taskforces, 300 events and 5,000 people, and generated rows (with a receipt image as a
 * Blob, bytes, dates and awkward values) in every other table.
 */
export async function fillEveryTable(db: TwoFeetDb): Promise<void> {
  const dataset = generateDataset('backup-test', FULL_SIZES);
  const known: Record<string, readonly object[]> = {
    taskforces: dataset.taskforces,
    events: dataset.events,
    people: dataset.people,
  };
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = known[table.name] ?? generatedRows(table.name, table.schema.primKey.keyPath);
      await table.bulkAdd([...rows]);
    }
  });
}

function generatedRows(table: string, keyPath: string | string[] | undefined): object[] {
  const key = typeof keyPath === 'string' ? keyPath : 'id';
  return Array.from({ length: 25 }, (_, i) => ({
    [key]: `${table}-${i}`,
    note: `Row ${i} of ${table}: “quotes”, émigré, 😀, \n new line`,
    count: i,
    nested: { list: [i, `${i}`, null, true], empty: {} },
    ...(i === 3
      ? {
          photo: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, i, 0, 255])], {
            type: 'image/png',
          }),
        }
      : {}),
    ...(i === 4
      ? { bytes: new Uint8Array([1, 2, 3, 250]), when: new Date('2026-01-02T03:04:05.000Z') }
      : {}),
    ...(i === 5 ? { odd: { $tf: 'not a tag' }, nan: Number.NaN } : {}),
  }));
}

/** Blobs compared by their bytes and type, so that deep equality covers receipts too. */
export async function comparable(rows: Record<string, unknown[]>): Promise<unknown> {
  const out: Record<string, unknown[]> = {};
  for (const [name, list] of Object.entries(rows)) {
    out[name] = await Promise.all(list.map((row) => blobsToBytes(row)));
  }
  return out;
}

async function blobsToBytes(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  }
  if (Array.isArray(value)) return Promise.all(value.map(blobsToBytes));
  if (
    value &&
    typeof value === 'object' &&
    !(value instanceof Uint8Array) &&
    !(value instanceof Date)
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await blobsToBytes(v);
    return out;
  }
  return value;
}
