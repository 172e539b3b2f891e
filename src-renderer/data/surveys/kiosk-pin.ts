import type { PinAttempts, PinField } from '../../domain/surveys/kiosk-pin';
import {
  NO_ATTEMPTS,
  afterWrongPin,
  secondsToWait,
  validateNewPin,
} from '../../domain/surveys/kiosk-pin';
import type { CommandResult } from '../command-result';
import type { TwoFeetDb } from '../db';

/**
 * The kiosk PIN is never stored: only a PBKDF2 (SHA-256) hash of it with a random salt, in the
 * settings table. Wrong tries are counted there too, so closing and reopening the kiosk view
 * does not reset the wait.
 */
const PIN_KEY = 'kioskPin';
const ATTEMPTS_KEY = 'kioskPinAttempts';
const ITERATIONS = 100_000;

interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

export async function hasKioskPin(db: TwoFeetDb): Promise<boolean> {
  return readPin((await db.settings.get(PIN_KEY))?.value) !== undefined;
}

/** Sets or replaces the PIN; `current` must match when one is already set. */
export async function setKioskPin(
  db: TwoFeetDb,
  input: { pin: string; confirm: string; current?: string },
): Promise<CommandResult<null, PinField | 'current'>> {
  const checked = validateNewPin(input.pin, input.confirm);
  if (!checked.ok) return checked;
  const existing = readPin((await db.settings.get(PIN_KEY))?.value);
  if (existing && !(await matches(existing, input.current ?? ''))) {
    return { ok: false, errors: { current: 'That is not the current PIN.' } };
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(checked.value, salt, ITERATIONS);
  const stored: StoredPin = { salt: toBase64(salt), hash: toBase64(hash), iterations: ITERATIONS };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: PIN_KEY, value: stored });
    await db.settings.put({ key: ATTEMPTS_KEY, value: NO_ATTEMPTS });
  });
  return { ok: true, value: null };
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; waitSeconds: number }
  | { ok: false; reason: 'wait'; waitSeconds: number };

/** Checks a PIN typed at the kiosk. While a wait is running, no PIN is even compared. */
export async function checkKioskPin(db: TwoFeetDb, pin: string, now: Date): Promise<PinCheck> {
  const stored = readPin((await db.settings.get(PIN_KEY))?.value);
  if (!stored) return { ok: false, reason: 'no-pin' };
  const attempts = readAttempts((await db.settings.get(ATTEMPTS_KEY))?.value);
  const wait = secondsToWait(attempts, now);
  if (wait > 0) return { ok: false, reason: 'wait', waitSeconds: wait };
  if (await matches(stored, pin)) {
    await db.settings.put({ key: ATTEMPTS_KEY, value: NO_ATTEMPTS });
    return { ok: true };
  }
  const next = afterWrongPin(attempts, now);
  await db.settings.put({ key: ATTEMPTS_KEY, value: next });
  return { ok: false, reason: 'wrong', waitSeconds: secondsToWait(next, now) };
}

async function matches(stored: StoredPin, pin: string): Promise<boolean> {
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  // Compare every byte, so the time taken does not tell how much of the PIN was right.
  let difference = hash.length ^ expected.length;
  for (let i = 0; i < Math.min(hash.length, expected.length); i++) {
    difference |= (hash[i] ?? 0) ^ (expected[i] ?? 0);
  }
  return difference === 0;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

function readPin(value: unknown): StoredPin | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { salt, hash, iterations } = value as Partial<StoredPin>;
  if (typeof salt !== 'string' || typeof hash !== 'string' || typeof iterations !== 'number') {
    return undefined;
  }
  return { salt, hash, iterations };
}

function readAttempts(value: unknown): PinAttempts {
  if (typeof value !== 'object' || value === null) return NO_ATTEMPTS;
  const { failures, lockedUntil } = value as Partial<PinAttempts>;
  return typeof failures === 'number' && typeof lockedUntil === 'string'
    ? { failures, lockedUntil }
    : NO_ATTEMPTS;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
