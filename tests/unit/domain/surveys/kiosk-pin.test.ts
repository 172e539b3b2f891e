import { describe, expect, it } from 'vitest';
import {
  NO_ATTEMPTS,
  afterWrongPin,
  secondsToWait,
  validateNewPin,
  waitInWords,
} from '../../../../src-renderer/domain/surveys/kiosk-pin';

const now = new Date('2026-11-22T10:00:00.000Z');

describe('kiosk PIN rules', () => {
  it('accepts 4 to 8 digits typed twice the same', () => {
    expect(validateNewPin('2580', '2580')).toEqual({ ok: true, value: '2580' });
    expect(validateNewPin('12345678', '12345678').ok).toBe(true);
  });

  it('refuses short, long, non-digit, repeated-digit and mismatched PINs', () => {
    expect(validateNewPin('123', '123')).toMatchObject({
      ok: false,
      errors: { pin: expect.any(String) },
    });
    expect(validateNewPin('123456789', '123456789').ok).toBe(false);
    expect(validateNewPin('12a4', '12a4').ok).toBe(false);
    expect(validateNewPin('1111', '1111')).toMatchObject({
      errors: { pin: expect.stringMatching(/repeated/) },
    });
    expect(validateNewPin('2580', '2581')).toMatchObject({
      errors: { confirm: expect.any(String) },
    });
  });

  it('lets two wrong tries pass, then makes people wait, doubling each time up to 15 minutes', () => {
    let attempts = afterWrongPin(NO_ATTEMPTS, now);
    attempts = afterWrongPin(attempts, now);
    expect(attempts).toEqual({ failures: 2, lockedUntil: '' });
    expect(secondsToWait(attempts, now)).toBe(0);
    attempts = afterWrongPin(attempts, now);
    expect(secondsToWait(attempts, now)).toBe(30);
    expect(secondsToWait(afterWrongPin(attempts, now), now)).toBe(60);
    let many = attempts;
    for (let i = 0; i < 20; i++) many = afterWrongPin(many, now);
    expect(secondsToWait(many, now)).toBe(900);
  });

  it('stops the wait once its time has passed', () => {
    const attempts = { failures: 3, lockedUntil: '2026-11-22T10:00:30.000Z' };
    expect(secondsToWait(attempts, new Date('2026-11-22T10:00:29.500Z'))).toBe(1);
    expect(secondsToWait(attempts, new Date('2026-11-22T10:00:30.000Z'))).toBe(0);
  });

  it('says the wait in words', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(30)).toBe('30 seconds');
    expect(waitInWords(60)).toBe('1 minute');
    expect(waitInWords(61)).toBe('2 minutes');
  });
});
