/**
 * Turns the errors IndexedDB and Dexie throw into plain English with a way forward.
 * Nothing was written when these happen: every command is one transaction.
 */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Your computer is out of storage space, so this was not saved. Free some disk space, then try again. Nothing you saved earlier is affected.';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') {
    return 'Two Feet was updated in another window, so this window must reload before it can save. Reload the window and try again.';
  }
  if (name === 'ConstraintError') {
    return 'This could not be saved because a record with the same id already exists.';
  }
  return 'This could not be saved. Nothing was changed. Try again, and if it keeps happening, restart Two Feet.';
}

/** Why the database could not be opened at all, for the start-up error screen. */
export function describeOpenError(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return 'Your computer is out of storage space, so Two Feet cannot open its data. Free some disk space, then try again.';
  }
  if (name === 'VersionError') {
    return 'Your data was saved by a newer version of Two Feet than this one. Install the newer version to open it.';
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError') {
    return 'This browser does not allow Two Feet to store data (private browsing can do this). Open Two Feet in a normal window.';
  }
  return 'Two Feet could not open its data. Your data has not been deleted. Close other Two Feet windows and try again.';
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: { name?: unknown } }).inner;
    if (typeof inner?.name === 'string' && inner.name !== 'Error') return inner.name;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return '';
}
