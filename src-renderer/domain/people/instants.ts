/**
 * Moments in time ("2026-11-22T18:00:00.000Z") arrive from several devices, not all of which
 * write the same format (milliseconds or not, "Z" or "+01:00"). Comparing the strings would
 * then order them wrongly, so every comparison goes through the instant they stand for.
 */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Negative when a is earlier. Unreadable values sort first so that they never decide anything. */
export function compareInstants(a: string, b: string): number {
  const left = Date.parse(a);
  const right = Date.parse(b);
  if (Number.isNaN(left) || Number.isNaN(right)) {
    if (Number.isNaN(left) && Number.isNaN(right)) return a < b ? -1 : a > b ? 1 : 0;
    return Number.isNaN(left) ? -1 : 1;
  }
  return left - right;
}

/** Plain code-unit order: the same on every device, whatever its language settings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
