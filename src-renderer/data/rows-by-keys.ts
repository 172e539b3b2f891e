import type { IndexableType, Table } from 'dexie';

/**
 * The rows under each key of an index, one list per key in the order given. One equals() per
 * key, read in parallel: IndexedDB answers each with a single getAll, where anyOf() walks a
 * cursor row by row (seconds over 20,000 attendance rows, and slow even for a handful of keys).
 */
export function rowsByKeys<T, K extends IndexableType>(
  table: Table<T, string>,
  index: string,
  keys: readonly K[],
): Promise<T[][]> {
  return Promise.all(keys.map((key) => table.where(index).equals(key).toArray()));
}

/** The rows of some events, through the eventId index, in the order anyOf() gives (by event id, then id). */
export async function rowsOfEvents<T>(
  table: Table<T, string>,
  eventIds: Iterable<string>,
): Promise<T[]> {
  return (await rowsByKeys(table, 'eventId', [...new Set(eventIds)].sort())).flat();
}
