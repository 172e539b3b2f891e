/**
 * Money is a whole number of pence everywhere: in records, in sums and in exports. Floating
 * point never touches an amount, so totals cannot drift by a penny however many lines a batch
 * holds. Pounds appear only at the edges: typed into a field, or shown on screen and paper.
 */

/** The largest amount one claim line may hold unless the policy says otherwise: £10,000. */
export const DEFAULT_MAX_LINE_PENCE = 1_000_000;

export type MoneyParse = { ok: true; pence: number } | { ok: false; message: string };

export interface ParsePoundsOptions {
  /** Refuse amounts above this many pence (default £10,000). */
  maxPence?: number;
  /** A policy setting may be £0.00; a claim line may not (default false). */
  allowZero?: boolean;
}

// Digits with optional thousands commas in the right places, then up to any number of decimals
// (more than 2 is refused below with its own message rather than a generic one).
const PLAIN = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;

/**
 * "12.5" → 1250, "£1,234.56" → 123456. Refuses what a person might mistype or paste — a
 * minus sign, a third decimal place, "1e5", letters, an amount over the maximum — with a
 * message that says what to type instead.
 */
export function parsePounds(text: string, options: ParsePoundsOptions = {}): MoneyParse {
  const maxPence = options.maxPence ?? DEFAULT_MAX_LINE_PENCE;
  let value = text.trim();
  if (/^[-−–(]|^£\s*[-−–(]/.test(value)) {
    return {
      ok: false,
      message: 'The amount cannot be negative. Enter what was spent, e.g. 12.50.',
    };
  }
  value = value.replace(/^£\s*/, '');
  if (value === '') return { ok: false, message: 'Enter an amount, for example 12.50.' };
  const match = PLAIN.exec(value);
  const whole = match?.[1];
  const fraction = match?.[2];
  if (!match || (whole === undefined && (fraction === undefined || fraction === ''))) {
    return {
      ok: false,
      message: 'Enter the amount in pounds and pence using digits only, for example 12.50.',
    };
  }
  if (fraction !== undefined && fraction.length > 2) {
    return { ok: false, message: 'Enter pence with no more than 2 decimal places, e.g. 12.35.' };
  }
  const pounds = (whole ?? '0').replace(/,/g, '');
  // A long string of digits would lose precision as a number; it is over any maximum anyway.
  if (pounds.replace(/^0+/, '').length > 12) return overMaximum(maxPence);
  const pence = Number(pounds) * 100 + Number((fraction ?? '').padEnd(2, '0'));
  if (pence === 0 && !options.allowZero) {
    return { ok: false, message: 'Enter an amount more than £0.00.' };
  }
  if (pence > maxPence) return overMaximum(maxPence);
  return { ok: true, pence };
}

function overMaximum(maxPence: number): MoneyParse {
  return {
    ok: false,
    message: `The most one line can hold is ${formatPence(maxPence)}. Check the amount, or ask finance.`,
  };
}

/** Throws on anything that is not a whole, safe number of pence: a programming error, not input. */
export function assertPence(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`The ${what} must be a whole number of pence (got ${value}).`);
  }
}

/** Adds whole pence, refusing fractions or totals too large to be exact. */
export function sumPence(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    assertPence(value);
    total += value;
    assertPence(total, 'total');
  }
  return total;
}

/** 123456 → "£1,234.56"; -5 → "-£0.05". For screens and printed forms. */
export function formatPence(pence: number): string {
  assertPence(pence);
  const sign = pence < 0 ? '-' : '';
  const [pounds, rest] = splitPence(Math.abs(pence));
  return `${sign}£${pounds.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`;
}

/** 123456 → "1234.56": no symbol, no separators, for files that other systems read. */
export function penceToDecimal(pence: number): string {
  assertPence(pence);
  const sign = pence < 0 ? '-' : '';
  const [pounds, rest] = splitPence(Math.abs(pence));
  return `${sign}${pounds}.${rest}`;
}

function splitPence(pence: number): [string, string] {
  return [String(Math.floor(pence / 100)), String(pence % 100).padStart(2, '0')];
}

/**
 * A decimal quantity (miles to 1 place, hours to 2) as a whole number of its smallest unit:
 * 12.3 miles → 123 tenths. Returns undefined when the quantity has more places than allowed,
 * so callers can refuse it instead of silently rounding what someone typed.
 */
export function toScaled(quantity: number, decimals: number): number | undefined {
  if (!Number.isFinite(quantity) || quantity < 0) return undefined;
  const factor = 10 ** decimals;
  const scaled = Math.round(quantity * factor);
  // 12.3 * 10 is 123.00000000000001 in floating point: accept tiny representation error only.
  if (Math.abs(scaled - quantity * factor) > 1e-6 * Math.max(1, scaled)) return undefined;
  return Number.isSafeInteger(scaled) ? scaled : undefined;
}

/**
 * Rate × quantity in pence, e.g. 12.3 miles at 45p or 2.5 hours at £14.20.
 *
 * Rounding rule: the exact product is computed in integers (the quantity scaled to whole
 * tenths or hundredths), then rounded half up to the nearest penny — 553.5p becomes 554p,
 * 553.49p would become 553p. Amounts are never negative, so "half up" and "half away from
 * zero" agree. This is the rule people expect from a calculator and finance can re-do by hand.
 */
export function multiplyRate(ratePence: number, quantity: number, decimals: number): number {
  assertPence(ratePence, 'rate');
  if (ratePence < 0) throw new RangeError('A rate cannot be negative.');
  const scaled = toScaled(quantity, decimals);
  if (scaled === undefined) {
    throw new RangeError(`The quantity ${quantity} has more than ${decimals} decimal places.`);
  }
  return roundHalfUpDivide(ratePence * scaled, 10 ** decimals);
}

/** numerator ÷ divisor rounded half up, in integers only. Both must be non-negative. */
export function roundHalfUpDivide(numerator: number, divisor: number): number {
  assertPence(numerator, 'product');
  if (numerator < 0 || divisor <= 0) throw new RangeError('Only non-negative amounts round here.');
  const quotient = Math.floor(numerator / divisor);
  const remainder = numerator - quotient * divisor;
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}
