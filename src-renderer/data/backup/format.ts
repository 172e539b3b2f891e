/**
 * The Two Feet backup file, format version 1. One UTF-8 file (extension .tfbackup) in two parts:
 *
 * 1. A header: one line of JSON, then "\n".
 *      {"format":"two-feet-backup","formatVersion":1,"appVersion":"0.4.0","schemaVersion":6,
 *       "createdAt":"2026-11-22T18:00:00.000Z","tables":[{"name":"people","rows":5000},…],
 *       "content":{"bytes":123456,"sha256":"<64 hex digits>"}}
 *    `format` always comes first, so a file can be recognised from its first bytes.
 *    `schemaVersion` is the database version the rows were saved at (data/schema.ts); an older
 *    one is upgraded on restore by the same upgrade functions the app uses.
 * 2. The content: exactly `content.bytes` bytes of JSON, whose SHA-256 is `content.sha256`:
 *      {"tables":{"people":[{…row…},…],…}}
 *    Every table of the database is there, even empty ones. Values JSON cannot hold are tagged
 *    objects with a "$tf" key: {"$tf":"blob","type":"image/png","base64":"…"},
 *    {"$tf":"bytes","base64":"…"} (a Uint8Array), {"$tf":"arraybuffer","base64":"…"},
 *    {"$tf":"date","iso":"…"}, {"$tf":"number","value":"NaN"|"Infinity"|"-Infinity"}, and
 *    {"$tf":"object","value":{…}} for a stored object that itself has a "$tf" key.
 */

export const BACKUP_FORMAT = 'two-feet-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** How every backup file starts: how main and the restore screen recognise one cheaply. */
export const BACKUP_MAGIC = `{"format":"${BACKUP_FORMAT}"`;
export const BACKUP_FILE_TYPE = {
  description: 'Two Feet backup',
  mimeType: 'application/octet-stream',
  extensions: ['tfbackup'],
};
/** Far above any laptop's data; the same limit main applies to any file. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  tables: { name: string; rows: number }[];
  content: { bytes: number; sha256: string };
}

export type BackupRows = Record<string, unknown[]>;

const TAG = '$tf';

/**
 * Turns one stored value into JSON-safe form. Blobs are read later (reading is asynchronous):
 * their tag is filled in by the promise pushed onto `pending`.
 */
export function encodeValue(value: unknown, pending: Promise<void>[]): unknown {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { [TAG]: 'number', value: String(value) };
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, pending));
  if (value instanceof Uint8Array) return { [TAG]: 'bytes', base64: toBase64(value) };
  if (value instanceof ArrayBuffer) {
    return { [TAG]: 'arraybuffer', base64: toBase64(new Uint8Array(value)) };
  }
  if (value instanceof Date) return { [TAG]: 'date', iso: value.toISOString() };
  if (value instanceof Blob) {
    const tag = { [TAG]: 'blob', type: value.type, base64: '' };
    pending.push(
      value.arrayBuffer().then((buffer) => {
        tag.base64 = toBase64(new Uint8Array(buffer));
      }),
    );
    return tag;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = encodeValue(item, pending);
  return TAG in out ? { [TAG]: 'object', value: out } : out;
}

/** JSON.parse reviver: the inverse of encodeValue. Unknown tags are left as they are. */
export function reviveValue(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const tagged = value as Record<string, unknown>;
  switch (tagged[TAG]) {
    case 'blob':
      return new Blob([fromBase64(String(tagged.base64))], { type: String(tagged.type ?? '') });
    case 'bytes':
      return fromBase64(String(tagged.base64));
    case 'arraybuffer':
      return fromBase64(String(tagged.base64)).buffer;
    case 'date':
      return new Date(String(tagged.iso));
    case 'number':
      return Number(tagged.value);
    case 'object':
      return tagged.value;
    default:
      return value;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i += 1) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep each string small; a receipt photo can be several megabytes.
  for (let start = 0; start < bytes.length; start += 3 * 8192) {
    let chunk = '';
    const end = Math.min(bytes.length, start + 3 * 8192);
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      chunk += ALPHABET[a >> 2];
      chunk += ALPHABET[((a & 3) << 4) | (b >> 4)];
      chunk += i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=';
      chunk += i + 2 < end ? ALPHABET[c & 63] : '=';
    }
    parts.push(chunk);
  }
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = LOOKUP[clean.charCodeAt(i)] ?? 0;
    const b = LOOKUP[clean.charCodeAt(i + 1)] ?? 0;
    const c = LOOKUP[clean.charCodeAt(i + 2)] ?? 0;
    const d = LOOKUP[clean.charCodeAt(i + 3)] ?? 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
