import Dexie from 'dexie';
import { TwoFeetDb } from '../../../src-renderer/data/db';
import type { CommandContext } from '../../../src-renderer/domain/record';

let counter = 0;

/** A new, empty database with a unique name, so tests never share state. */
export function freshDb(): TwoFeetDb {
  counter += 1;
  return new TwoFeetDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const ctx = (
  now = '2026-11-22T10:00:00.000Z',
  actor = 'Sam Facilitator',
): CommandContext => ({
  now,
  actor,
});

/**
 * The upgrade harness: creates a database at an older schema version, seeds it with rows as
 * that version stored them, closes it, and returns its name so the current code can open it.
 */
export async function seedAtVersion(
  version: number,
  rows: Record<string, unknown[]>,
): Promise<string> {
  const old = freshDbAt(version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, items] of Object.entries(rows)) await old.table(table).bulkAdd(items);
  });
  const name = old.name;
  old.close();
  return name;
}

function freshDbAt(version: number): Dexie {
  counter += 1;
  return new TwoFeetDb(
    `upgrade-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`,
    version,
  );
}

/** Every row of every table, for before/after comparisons. */
export async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}
