import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_LINE_PENCE,
  formatPence,
  multiplyRate,
  parsePounds,
  penceToDecimal,
  roundHalfUpDivide,
  sumPence,
  toScaled,
} from '../../../../src-renderer/domain/expenses/money';

function pence(text: string, options?: Parameters<typeof parsePounds>[1]): number {
  const result = parsePounds(text, options);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.message}`);
  return result.pence;
}

function refusal(text: string, options?: Parameters<typeof parsePounds>[1]): string {
  const result = parsePounds(text, options);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.pence}p`);
  return result.message;
}

describe('parsePounds', () => {
  it.each([
    ['12.5', 1250],
    ['12.50', 1250],
    ['12', 1200],
    ['12.', 1200],
    ['.5', 50],
    ['0.01', 1],
    ['£1,234.56', 123456],
    ['£ 7.05', 705],
    ['  3.99  ', 399],
    ['10000', 1_000_000],
    ['1,000', 100_000],
  ])('reads %j as %i pence', (text, expected) => {
    expect(pence(text)).toBe(expected);
  });

  it('keeps every penny of amounts that are inexact in floating point', () => {
    // 1.15 * 100 is 114.99999999999999 in floating point; a naive parser gives 114 or 115.
    expect(pence('1.15')).toBe(115);
    expect(pence('4.35')).toBe(435);
    expect(pence('0.29')).toBe(29);
  });

  it.each(['-5', '-£5', '£-5', '−5', '(5.00)'])('refuses the negative amount %j', (text) => {
    expect(refusal(text)).toMatch(/cannot be negative/);
  });

  it.each(['1e5', 'abc', '12,5', '1,23.00', '1.2.3', '+5', '£.', '12 50', 'Infinity', 'NaN'])(
    'refuses %j as not an amount',
    (text) => {
      expect(refusal(text)).toMatch(/digits only/);
    },
  );

  it('refuses a third decimal place rather than rounding it away', () => {
    expect(refusal('12.345')).toMatch(/no more than 2 decimal places/);
    expect(refusal('0.001')).toMatch(/no more than 2 decimal places/);
  });

  it.each(['', '   ', '£', '£  '])('asks for an amount when given %j', (text) => {
    expect(refusal(text)).toBe('Enter an amount, for example 12.50.');
  });

  it('refuses zero for a claim line but allows it for a setting', () => {
    expect(refusal('0')).toMatch(/more than £0.00/);
    expect(refusal('0.00')).toMatch(/more than £0.00/);
    expect(pence('0', { allowZero: true })).toBe(0);
  });

  it('refuses absurd amounts over the maximum, default £10,000 a line', () => {
    expect(DEFAULT_MAX_LINE_PENCE).toBe(1_000_000);
    expect(pence('10000.00')).toBe(1_000_000);
    expect(refusal('10000.01')).toBe(
      'The most one line can hold is £10,000.00. Check the amount, or ask finance.',
    );
    expect(refusal('99999999999999999999999')).toMatch(/most one line can hold/);
    expect(refusal('250', { maxPence: 20_000 })).toMatch(/£200\.00/);
    expect(pence('200', { maxPence: 20_000 })).toBe(20_000);
  });
});

describe('formatPence and penceToDecimal', () => {
  it.each([
    [123456, '£1,234.56', '1234.56'],
    [0, '£0.00', '0.00'],
    [5, '£0.05', '0.05'],
    [100, '£1.00', '1.00'],
    [100_000_000, '£1,000,000.00', '1000000.00'],
    [-5, '-£0.05', '-0.05'],
  ])('shows %i pence as %s and %s', (value, shown, plain) => {
    expect(formatPence(value)).toBe(shown);
    expect(penceToDecimal(value)).toBe(plain);
  });

  it('refuses fractions of a penny: they are a bug, not an amount', () => {
    expect(() => formatPence(12.5)).toThrow(RangeError);
    expect(() => penceToDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('sumPence', () => {
  it('adds whole pence exactly where floating-point pounds drift', () => {
    const tenPences = Array.from({ length: 10 }, () => 10);
    expect(sumPence(tenPences)).toBe(100);
    // The same sum in pounds: 0.1 added ten times is 0.9999999999999999.
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(sumPence([])).toBe(0);
  });

  it('refuses fractional pence and totals beyond exact integers', () => {
    expect(() => sumPence([1, 0.5])).toThrow(/whole number of pence/);
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 1])).toThrow(/total/);
  });
});

describe('multiplyRate (round half up to the nearest penny)', () => {
  it('prices 12.3 miles at 45p as 554p (553.5p rounded up)', () => {
    expect(multiplyRate(45, 12.3, 1)).toBe(554);
  });

  it('rounds below a half down and a half or more up', () => {
    expect(multiplyRate(25, 0.1, 1)).toBe(3); // 2.5p → 3p
    expect(multiplyRate(24, 0.1, 1)).toBe(2); // 2.4p → 2p
    expect(multiplyRate(1333, 0.25, 2)).toBe(333); // 333.25p → 333p
    expect(multiplyRate(1334, 0.25, 2)).toBe(334); // 333.5p → 334p
  });

  it('multiplies exactly where floating point would not', () => {
    // 0.7 miles at 45p is 31.5p, but 0.7 * 45 in floating point is 31.499999999999996,
    // which a naive Math.round turns into 31p.
    expect(Math.round(0.7 * 45)).toBe(31);
    expect(multiplyRate(45, 0.7, 1)).toBe(32);
    expect(multiplyRate(100, 1.15, 2)).toBe(115); // 1.15 * 100 = 114.99999999999999
    expect(multiplyRate(1000, 1.005, 3)).toBe(1005); // 1.005 * 1000 = 1004.9999999999999
  });

  it('refuses more decimal places than the quantity allows, and negative rates', () => {
    expect(() => multiplyRate(45, 12.34, 1)).toThrow(/more than 1 decimal/);
    expect(() => multiplyRate(-45, 1, 1)).toThrow(/negative/);
  });

  it('scales quantities to whole units and refuses what does not fit', () => {
    expect(toScaled(12.3, 1)).toBe(123);
    expect(toScaled(9999.9, 1)).toBe(99999);
    expect(toScaled(2.25, 2)).toBe(225);
    expect(toScaled(12.34, 1)).toBeUndefined();
    expect(toScaled(-1, 1)).toBeUndefined();
    expect(toScaled(Number.NaN, 1)).toBeUndefined();
  });

  it('divides with integers only', () => {
    expect(roundHalfUpDivide(5535, 10)).toBe(554);
    expect(roundHalfUpDivide(5534, 10)).toBe(553);
    expect(roundHalfUpDivide(0, 10)).toBe(0);
    expect(() => roundHalfUpDivide(-5, 10)).toThrow(RangeError);
  });
});
