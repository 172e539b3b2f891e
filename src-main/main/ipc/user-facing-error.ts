/**
 * Errors whose message is written for the user. Anything else that goes wrong in a handler is
 * reported in general terms, so internal details (paths, stack traces) stay in the log.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

// The file-system failures a user can act on, in their words.
const FILE_SYSTEM_MESSAGES: Record<string, string> = {
  EACCES: 'This computer does not allow that file to be used here. Try another folder.',
  EPERM: 'This computer does not allow that file to be used here. Try another folder.',
  EROFS: 'That place is read-only. Try another folder.',
  ENOSPC: 'The disk is full. Free some space or choose another drive.',
  ENOENT: 'That file or folder no longer exists.',
  EISDIR: 'That is a folder, not a file.',
  EBUSY: 'That file is in use by another program. Close it there and try again.',
};

/** The message the user sees for an error thrown while doing `action` (e.g. "save the file"). */
export function messageForUser(error: unknown, action: string): string {
  if (error instanceof UserFacingError) return error.message;
  const code = errorCode(error);
  const known = code === undefined ? undefined : FILE_SYSTEM_MESSAGES[code];
  return known ?? `Something went wrong while trying to ${action}. Please try again.`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
