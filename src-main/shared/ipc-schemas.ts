/**
 * Runtime schemas for every IPC argument, used by main only.
 *
 * Main treats whatever arrives over IPC as untrusted: a compromised or buggy renderer can send
 * anything, so the types in api.ts are not enough. Each schema `satisfies` its api.ts type, so the
 * contract and its validation cannot drift apart. Messages are plain English because they reach
 * the user through IpcResult.error.
 */
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import type {
  FileFilter,
  OpenFileRequest,
  ReadBackupRequest,
  SaveFileRequest,
  StoreBackupRequest,
  TwoFeetApi,
} from './api';

/** 200 MB: far above any export or backup this app makes, low enough to keep main responsive. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

/** C0 controls and DEL: invisible in dialogs, and some file systems reject them. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
// Characters Windows forbids in file names; rejecting them everywhere keeps files portable.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

/** Says "is missing" rather than "must be text" when a field was left out altogether. */
function typeError(what: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${what} is missing.` : `${what} must be ${expected}.`;
}

const fileName = z
  .string({ error: typeError('The file name', 'text') })
  .min(1, 'The file name is empty.')
  .max(MAX_FILE_NAME_LENGTH, `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters.`)
  .refine((name) => !/[/\\]/.test(name), 'The file name must be a name only, without folders.')
  .refine((name) => !name.includes('..'), 'The file name must not contain "..".')
  .refine((name) => !hasControlCharacters(name), 'The file name contains control characters.')
  .refine(
    (name) => !WINDOWS_FORBIDDEN.test(name),
    'The file name must not contain any of < > : " | ? *.',
  )
  .refine((name) => name.trim() === name, 'The file name must not start or end with a space.');

const fileFilter = z.strictObject({
  name: z
    .string({ error: typeError('The name of a file type', 'text') })
    .min(1, 'Each file type needs a name.')
    .max(100, 'A file type name is longer than 100 characters.')
    .refine((name) => !hasControlCharacters(name), 'A file type name contains control characters.'),
  extensions: z
    .array(
      z
        .string({ error: typeError('A file extension', 'text') })
        .regex(
          /^[a-z0-9]{1,10}$/,
          'A file extension must be 1 to 10 lower-case letters or digits, without the dot.',
        ),
      { error: typeError('The list of file extensions', 'a list') },
    )
    .min(1, 'Each file type needs at least one extension.')
    .max(20, 'A file type has more than 20 extensions.'),
}) satisfies z.ZodType<FileFilter>;

const fileFilters = z
  .array(fileFilter, { error: typeError('The list of file types', 'a list') })
  .max(20, 'There are more than 20 file types.');

function byteLength(data: string | Uint8Array): number {
  // Buffer.byteLength counts UTF-8 bytes without copying a string that may be hundreds of MB.
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

const fileData = z
  .union([z.string(), z.instanceof(Uint8Array)], {
    error: typeError("The file's data", 'text or bytes'),
  })
  .refine(
    (data) => byteLength(data) <= MAX_FILE_BYTES,
    'The file is larger than 200 MB, the most this can save.',
  );

export const saveFileRequestSchema = z.strictObject(
  { suggestedName: fileName, filters: fileFilters, data: fileData },
  { error: typeError('The save request', 'an object') },
) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject(
  {
    filters: fileFilters,
    maxBytes: z
      .number({ error: typeError('The largest file size', 'a number') })
      .int('The largest file size must be a whole number of bytes.')
      .positive('The largest file size must be more than zero.')
      .max(MAX_FILE_BYTES, 'The largest file size cannot be more than 200 MB.'),
  },
  { error: typeError('The open request', 'an object') },
) satisfies z.ZodType<OpenFileRequest>;

/** Record ids are made by data/ids.ts; anything else could end up in a window's URL. */
export const MAX_ID_LENGTH = 64;

const recordId = z
  .string({ error: typeError('The id', 'text') })
  .min(1, 'The id is empty.')
  .max(MAX_ID_LENGTH, `The id is longer than ${MAX_ID_LENGTH} characters.`)
  .regex(/^[A-Za-z0-9_-]+$/, 'The id may only contain letters, digits, "-" and "_".');

/** The most automatic backups a user can ask to keep (Settings says the same). */
export const MAX_BACKUPS_TO_KEEP = 100;

export const storeBackupRequestSchema = z.strictObject(
  {
    reason: z.enum(['daily', 'before-upgrade', 'before-restore'], {
      error: typeError('Why the backup was made', 'daily, before-upgrade or before-restore'),
    }),
    data: z
      .instanceof(Uint8Array, { error: typeError('The backup', 'bytes') })
      .refine((data) => data.byteLength > 0, 'The backup is empty.')
      .refine((data) => data.byteLength <= MAX_FILE_BYTES, 'The backup is larger than 200 MB.'),
    keep: z
      .number({ error: typeError('How many backups to keep', 'a number') })
      .int('How many backups to keep must be a whole number.')
      .min(1, 'At least one backup must be kept.')
      .max(MAX_BACKUPS_TO_KEEP, `At most ${MAX_BACKUPS_TO_KEEP} backups can be kept.`),
  },
  { error: typeError('The backup request', 'an object') },
) satisfies z.ZodType<StoreBackupRequest>;

/** Only names main itself makes (src-main/main/backups.ts checks them again, with the path). */
export const readBackupRequestSchema = z.strictObject(
  {
    fileName: z
      .string({ error: typeError('The backup name', 'text') })
      .max(MAX_FILE_NAME_LENGTH, 'That is not the name of an automatic backup.')
      .regex(
        /^two-feet-[0-9TZ-]+-(daily|before-upgrade|before-restore)\.tfbackup$/,
        'That is not the name of an automatic backup.',
      ),
  },
  { error: typeError('The backup request', 'an object') },
) satisfies z.ZodType<ReadBackupRequest>;

/**
 * The full argument list of each capability. A tuple, not one object, so that extra arguments
 * are refused too; `satisfies` ties each tuple to the function's parameters in TwoFeetApi.
 */
export const ipcArgsSchemas = {
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  appVersion: z.tuple([]),
  openVenueScreen: z.tuple([recordId]),
  setKioskMode: z.tuple([z.boolean({ error: typeError('Kiosk mode', 'on or off') })]),
  backupDue: z.tuple([]),
  storeBackup: z.tuple([storeBackupRequestSchema]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([readBackupRequestSchema]),
} satisfies { [K in keyof TwoFeetApi]: z.ZodType<Parameters<TwoFeetApi[K]>> };
