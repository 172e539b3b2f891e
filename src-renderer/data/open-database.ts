import { TwoFeetDb } from './db';

export type OpenResult = { ok: true; db: TwoFeetDb } | { ok: false; error: unknown };

/**
 * Opens the database. When another window or tab upgrades the schema, this window's
 * connection is closed (so the upgrade is not blocked) and `onVersionChange` tells the UI
 * to ask for a reload; it never keeps writing with an outdated schema.
 */
export async function openDatabase(onVersionChange: () => void): Promise<OpenResult> {
  const db = new TwoFeetDb();
  db.on('versionchange', () => {
    db.close();
    onVersionChange();
    return false;
  });
  try {
    await db.open();
    return { ok: true, db };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Asks the browser not to clear our data under storage pressure; the answer is shown in Settings. */
export async function requestPersistentStorage(): Promise<boolean | 'unsupported'> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
