/**
 * Records from other features reach this module as plain values whose shape it cannot know
 * (expense claims, topic cards, group movements). These helpers visit or rewrite every string
 * inside such a value, so that searching and scrubbing personal data never depends on knowing
 * a field's name.
 */

/** Calls `visit` with every string and the path to it, e.g. "lines.0.description". */
export function forEachString(
  value: unknown,
  visit: (text: string, path: string) => void,
  path = '',
): void {
  if (typeof value === 'string') {
    visit(value, path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachString(item, visit, joinPath(path, String(index))));
    return;
  }
  if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      // Keys can hold data too (a map keyed by person id), so they are visited as well.
      visit(key, joinPath(path, '(key)'));
      forEachString(item, visit, joinPath(path, key));
    }
  }
}

/** A copy of `value` with every string (and object key) passed through `rewrite`. */
export function mapStrings<T>(value: T, rewrite: (text: string) => string): T {
  return mapUnknown(value, rewrite) as T;
}

function mapUnknown(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => mapUnknown(item, rewrite));
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[rewrite(key)] = mapUnknown(item, rewrite);
    return copy;
  }
  return value;
}

/** True when some string inside `value` is exactly `text` (an id, for example). */
export function containsExactString(value: unknown, text: string): boolean {
  let found = false;
  forEachString(value, (candidate) => {
    if (candidate === text) found = true;
  });
  return found;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
