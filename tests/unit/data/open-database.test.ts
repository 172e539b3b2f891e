import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src-renderer/data/open-database';
import { DATABASE_NAME } from '../../../src-renderer/data/db';
import { LATEST_VERSION } from '../../../src-renderer/data/schema';

function rawOpen(version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, version);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('openDatabase', () => {
  it('opens at the latest version, and closes and reports when another window upgrades', async () => {
    const onVersionChange = vi.fn();
    const opened = await openDatabase(onVersionChange);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.db.verno).toBe(LATEST_VERSION);
    await rawOpen((LATEST_VERSION + 1) * 10);
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(opened.db.isOpen()).toBe(false);
  });

  it('refuses data written by a newer version instead of writing to it', async () => {
    await rawOpen((LATEST_VERSION + 5) * 10);
    const opened = await openDatabase(() => {});
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect((opened.error as Error).name).toBe('VersionError');
  });
});
