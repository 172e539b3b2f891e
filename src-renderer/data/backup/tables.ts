import type Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../schema';

/** A table's primary key path: "id", "eventId", or several for a compound key. */
export type KeyPath = string | string[];

/**
 * The tables that exist at a schema version, with their primary keys, worked out from
 * data/schema.ts so that a table added (or removed) in a later version is covered without
 * any change here.
 */
export function tablesAtVersion(version: number): Map<string, KeyPath> {
  const tables = new Map<string, KeyPath>();
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > version) break;
    for (const [name, spec] of Object.entries(schema.stores)) {
      if (spec === null) tables.delete(name);
      else tables.set(name, primaryKeyOf(spec));
    }
  }
  return tables;
}

function primaryKeyOf(spec: string): KeyPath {
  const first = (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '');
  if (first.startsWith('[')) return first.slice(1, -1).split('+');
  return first;
}

/** Every row of every table, read in one transaction so that the copy is consistent. */
export async function readAllTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables = db.tables;
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  const result: Record<string, unknown[]> = {};
  tables.forEach((table, index) => {
    result[table.name] = rows[index] ?? [];
  });
  return result;
}
