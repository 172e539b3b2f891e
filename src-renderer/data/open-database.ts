import Dexie from 'dexie';
import { TwoFeetDb } from './db';
import { LATEST_VERSION } from './schema';

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
    // Dexie 4 opens a database that a newer Two Feet upgraded; writing to it with this
    // version's older schema could damage it, so refuse, as IndexedDB itself would.
    // Dexie stores version n as IndexedDB version n × 10 and keeps db.verno at ours.
    const storedVersion = db.backendDB().version / 10;
    if (storedVersion > LATEST_VERSION) {
      db.close();
      return {
        ok: false,
        error: new Dexie.VersionError(
          `Stored data is at version ${storedVersion}; this app knows up to ${LATEST_VERSION}.`,
        ),
      };
    }
    return { ok: true, db };
  } catch (error) {
    return { ok: false, error };
  }
}

export type Persistence = boolean | 'unsupported' | 'desktop';

/**
 * Asks the browser not to clear our data under storage pressure; the answer is shown in
 * Settings. The desktop app keeps its data in its own profile folder, which is never
 * cleared automatically (and it denies every permission request, this one included).
 */
export async function requestPersistentStorage(kind: 'electron' | 'browser'): Promise<Persistence> {
  if (kind === 'electron') return 'desktop';
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
