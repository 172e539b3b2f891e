import { describe, expect, it } from 'vitest';
import type { ClaimLine } from '../../../../src-renderer/domain/expenses/lines';
import {
  careAmountPence,
  describeLine,
  parseHours,
  parseMiles,
  parsePassengers,
  validateLine,
} from '../../../../src-renderer/domain/expenses/lines';
import { amount, care, mileage } from './fixtures';

function errorsOf(line: ClaimLine, max?: number) {
  const result = validateLine(line, max);
  return result.ok ? {} : result.errors;
}

describe('parsing miles, hours and passengers typed in the form', () => {
  it('reads miles to one decimal place', () => {
    expect(parseMiles('12.3')).toEqual({ ok: true, value: 12.3 });
    expect(parseMiles(' 40 ')).toEqual({ ok: true, value: 40 });
    expect(parseMiles('12.34')).toEqual({
      ok: false,
      message: 'Enter miles to no more than 1 decimal place, for example 12.5.',
    });
  });

  it.each([
    ['', /Enter the miles/],
    ['-3', /cannot be negative/],
    ['0', /more than 0/],
    ['1e3', /digits only/],
    ['.', /digits only/],
    ['2000.1', /at most 2,000 miles/],
  ])('refuses %j as miles', (text, message) => {
    const result = parseMiles(text);
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  it('reads hours to two decimal places and refuses "2:30"', () => {
    expect(parseHours('2.25')).toEqual({ ok: true, value: 2.25 });
    expect(parseHours('2:30').ok).toBe(false);
    expect(parseHours('2.255').ok).toBe(false);
    expect(parseHours('169').ok).toBe(false);
  });

  it('reads passengers as a whole number, blank meaning none', () => {
    expect(parsePassengers('')).toEqual({ ok: true, value: 0 });
    expect(parsePassengers('3')).toEqual({ ok: true, value: 3 });
    expect(parsePassengers('1.5').ok).toBe(false);
    expect(parsePassengers('17').ok).toBe(false);
  });
});

describe('validateLine', () => {
  it('accepts a complete line of each kind, trimming text', () => {
    const result = validateLine(mileage({ from: ' Leeds ', to: 'York ', description: ' note ' }));
    expect(result.ok && result.value).toMatchObject({
      from: 'Leeds',
      to: 'York',
      description: 'note',
    });
    expect(validateLine(amount()).ok).toBe(true);
    expect(validateLine(care()).ok).toBe(true);
  });

  it('says what is missing on a mileage line, field by field', () => {
    expect(
      errorsOf(mileage({ date: '2026-13-01', from: '', to: ' ', miles: 0, passengers: -1 })),
    ).toEqual({
      date: 'Enter the date of the journey or cost.',
      from: 'Enter where from.',
      to: 'Enter where to.',
      miles: 'Enter more than 0 miles.',
      passengers: 'Enter the number of passengers as a whole number.',
    });
    expect(errorsOf(mileage({ miles: 12.34 })).miles).toMatch(/no more than 1 decimal place/);
  });

  it('allows passengers only in a car or van, as HMRC does', () => {
    expect(errorsOf(mileage({ vehicle: 'motorcycle', passengers: 1 })).passengers).toBe(
      'Passengers can only be claimed for a car or van.',
    );
    expect(validateLine(mileage({ vehicle: 'car-or-van', passengers: 1 })).ok).toBe(true);
  });

  it('refuses zero, negative, fractional and absurd amounts', () => {
    expect(errorsOf(amount({ amountPence: 0 })).amountPence).toBe(
      'The amount must be more than £0.00.',
    );
    expect(errorsOf(amount({ amountPence: -100 })).amountPence).toBe(
      'The amount cannot be negative.',
    );
    expect(errorsOf(amount({ amountPence: 12.5 })).amountPence).toMatch(/pounds and pence/);
    expect(errorsOf(amount({ amountPence: 1_000_001 })).amountPence).toMatch(/over £10,000.00/);
    expect(errorsOf(amount({ amountPence: 5_001 }), 5_000).amountPence).toMatch(/over £50.00/);
  });

  it('requires a description for "other" only', () => {
    expect(errorsOf(amount({ category: 'other', description: '' })).description).toBe(
      'Enter a description.',
    );
    expect(validateLine(amount({ category: 'parking', description: '' })).ok).toBe(true);
  });

  it('works out care as hours × rate and refuses a total over the maximum', () => {
    const result = validateLine(care({ hours: 2.5, hourlyRatePence: 1_234, amountPence: 1 }));
    expect(result.ok && result.value.amountPence).toBe(3_085);
    expect(errorsOf(care({ hours: 100, hourlyRatePence: 20_000 })).amountPence).toMatch(
      /Hours × rate is over £10,000.00/,
    );
    expect(errorsOf(care({ hours: 1.255 })).hours).toMatch(/2 decimal places/);
    expect(errorsOf(care({ hourlyRatePence: 0 })).hourlyRatePence).toMatch(/more than £0.00/);
  });

  it('prices care by the documented rounding rule', () => {
    expect(careAmountPence(0.25, 1_333)).toBe(333); // 333.25p
    expect(careAmountPence(0.5, 1_333)).toBe(667); // 666.5p
  });
});

describe('describeLine', () => {
  it('says what a line is in words', () => {
    expect(describeLine(mileage({ miles: 12.3, passengers: 2 }))).toBe(
      'Car or van: Leeds to York, 12.3 miles, 2 passengers',
    );
    expect(describeLine(mileage({ passengers: 1, description: 'return' }))).toBe(
      'Car or van: Leeds to York, 10 miles, 1 passenger — return',
    );
    expect(describeLine(care({ hours: 2.5, hourlyRatePence: 1_250 }))).toBe(
      'Childcare: 2.5 hours at £12.50 an hour',
    );
    expect(describeLine(amount({ description: ' Bus fare ' }))).toBe('Bus fare');
  });
});
