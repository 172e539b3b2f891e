import { describe, expect, it } from 'vitest';
import {
  checkKioskPin,
  hasKioskPin,
  setKioskPin,
} from '../../../../src-renderer/data/surveys/kiosk-pin';
import { freshDb } from '../fresh-db';

const now = new Date('2026-11-22T10:00:00.000Z');

describe('kiosk PIN storage', () => {
  it('stores a salted hash, never the PIN, and accepts the right PIN', async () => {
    const db = freshDb();
    expect(await hasKioskPin(db)).toBe(false);
    expect(await setKioskPin(db, { pin: '2580', confirm: '2580' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await hasKioskPin(db)).toBe(true);
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain('2580');
    expect(stored).toMatch(/"salt"/);
    expect(await checkKioskPin(db, '2580', now)).toEqual({ ok: true });
  });

  it('refuses wrong PINs, then makes people wait without comparing', async () => {
    const db = freshDb();
    await setKioskPin(db, { pin: '2580', confirm: '2580' });
    expect(await checkKioskPin(db, '1111', now)).toEqual({
      ok: false,
      reason: 'wrong',
      waitSeconds: 0,
    });
    expect(await checkKioskPin(db, '1112', now)).toEqual({
      ok: false,
      reason: 'wrong',
      waitSeconds: 0,
    });
    expect(await checkKioskPin(db, '1113', now)).toEqual({
      ok: false,
      reason: 'wrong',
      waitSeconds: 30,
    });
    expect(await checkKioskPin(db, '2580', now)).toEqual({
      ok: false,
      reason: 'wait',
      waitSeconds: 30,
    });
    const later = new Date(now.getTime() + 31_000);
    expect(await checkKioskPin(db, '2580', later)).toEqual({ ok: true });
  });

  it('needs the current PIN to change it', async () => {
    const db = freshDb();
    await setKioskPin(db, { pin: '2580', confirm: '2580' });
    const refused = await setKioskPin(db, { pin: '1357', confirm: '1357', current: '0000' });
    expect(refused).toMatchObject({ ok: false, errors: { current: expect.any(String) } });
    expect((await setKioskPin(db, { pin: '1357', confirm: '1357', current: '2580' })).ok).toBe(
      true,
    );
    expect(await checkKioskPin(db, '1357', now)).toEqual({ ok: true });
  });

  it('answers no-pin when none is set', async () => {
    expect(await checkKioskPin(freshDb(), '2580', now)).toEqual({ ok: false, reason: 'no-pin' });
  });
});
