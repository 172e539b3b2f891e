import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeOpenError, describeStorageError } from '../../../src-renderer/data/storage-errors';

describe('storage error messages', () => {
  it('explains a full disk, including when Dexie wraps the error', () => {
    const raw = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(raw)).toMatch(/out of storage space/);
    const wrapped = new Dexie.AbortError('Transaction aborted', raw);
    expect(describeStorageError(wrapped)).toMatch(/out of storage space/);
  });

  it('asks for a reload after an upgrade in another window', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/Reload the window/);
  });

  it('explains data from a newer version when opening', () => {
    expect(describeOpenError(new Dexie.VersionError('newer'))).toMatch(/newer version of Two Feet/);
    expect(describeOpenError(new Error('???'))).toMatch(/has not been deleted/);
  });
});
