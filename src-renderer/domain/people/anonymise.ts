import type { CommandContext } from '../record';
import type { Needle } from './personal-data-search';
import { replaceDetails } from './personal-data-search';
import { isObject, mapStrings } from './record-walk';

/** What a kept record says where a person's details were. */
export const ERASED_TEXT = 'Erased person';

/**
 * Personal fields are overwritten; the person's id becomes a marker unique to the record (so two
 * erased people at one event still count as two, and no two anonymised records can be linked);
 * any other mention of their details reads "Erased person".
 */
export function anonymiseRecord(
  record: Readonly<Record<string, unknown>>,
  needles: readonly Needle[],
  personalFields: readonly string[],
  ctx: CommandContext,
): Record<string, unknown> {
  let copy = mapStrings({ ...record }, (text) => text);
  for (const path of personalFields) copy = overwrite(copy, path.split('.'));
  const idNeedles = needles.filter((n) => n.kind === 'id');
  const detailNeedles = needles.filter((n) => n.kind !== 'id');
  copy = replaceDetails(copy, idNeedles, `erased-${String(record.id)}`);
  copy = replaceDetails(copy, detailNeedles, ERASED_TEXT);
  copy.id = record.id;
  if (typeof record.version === 'number' && typeof record.updatedAt === 'string') {
    copy.version = record.version + 1;
    copy.updatedAt = ctx.now;
  }
  return copy;
}

/** Follows a dotted path ("lines.*.note": "*" is every item) and blanks what it ends at. */
function overwrite<T>(value: T, path: readonly string[]): T {
  const [key, ...rest] = path;
  if (key === undefined) return blank(value) as T;
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      key === '*' || key === String(index) ? overwrite(item, rest) : item,
    ) as T;
  }
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const name of Object.keys(copy)) {
    if (key === '*' || key === name) copy[name] = overwrite(copy[name], rest);
  }
  return copy as T;
}

/** Strings read "Erased person"; numbers and flags inside a personal field are dropped to null. */
function blank(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? '' : ERASED_TEXT;
  if (Array.isArray(value)) return value.map(blank);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]));
  return value === undefined ? undefined : null;
}
