import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';

/**
 * The facilitator's PIN that unlocks the kiosk. Only digits, so it can be typed on any keyboard
 * and spoken to nobody; the lockout after wrong tries, not the length, is what stops guessing.
 */
export const PIN_LENGTH = { min: 4, max: 8 } as const;

export type PinField = 'pin' | 'confirm';

export function validateNewPin(pin: string, confirm: string): Validated<string, PinField> {
  const errors: FieldErrors<PinField> = {};
  if (!/^\d+$/.test(pin) || pin.length < PIN_LENGTH.min || pin.length > PIN_LENGTH.max) {
    errors.pin = `Enter ${PIN_LENGTH.min} to ${PIN_LENGTH.max} digits.`;
  } else if (/^(\d)\1+$/.test(pin)) {
    errors.pin = 'Choose a PIN that is not the same digit repeated.';
  } else if (confirm !== pin) {
    errors.confirm = 'The two PINs do not match. Type the same PIN twice.';
  }
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: pin };
}

/** Wrong tries in a row, and until when no try is accepted (ISO timestamp, '' when none). */
export interface PinAttempts {
  failures: number;
  lockedUntil: string;
}

export const NO_ATTEMPTS: PinAttempts = { failures: 0, lockedUntil: '' };

/** Wrong tries allowed before the first wait. */
export const FREE_TRIES = 3;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

/** After a wrong PIN: from the third wrong try on, a wait that doubles each time (at most 15 min). */
export function afterWrongPin(attempts: PinAttempts, now: Date): PinAttempts {
  const failures = attempts.failures + 1;
  if (failures < FREE_TRIES) return { failures, lockedUntil: '' };
  const seconds = Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES));
  return { failures, lockedUntil: new Date(now.getTime() + seconds * 1000).toISOString() };
}

/** Whole seconds left to wait before another try, 0 when a try is allowed now. */
export function secondsToWait(attempts: PinAttempts, now: Date): number {
  if (attempts.lockedUntil === '') return 0;
  const left = Date.parse(attempts.lockedUntil) - now.getTime();
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / 1000) : 0;
}

/** "30 seconds", "2 minutes": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
