import type { FieldErrors } from '../domain/result';

/**
 * What every write command answers. Field errors go next to the fields; a conflict means
 * another window or device changed the record since it was read.
 */
export type CommandResult<T, K extends string = string> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors<K> } | { ok: false; conflict: string };

export const STALE_EDIT =
  'Someone changed this in another window while you were editing. Close the form and open it again to see their changes.';

export const NOT_FOUND = 'This no longer exists. It may have been deleted in another window.';
