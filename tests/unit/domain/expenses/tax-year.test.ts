import { describe, expect, it } from 'vitest';
import {
  addMonths,
  claimDeadline,
  isLate,
} from '../../../../src-renderer/domain/expenses/deadline';
import { taxYearLabel, taxYearOf } from '../../../../src-renderer/domain/expenses/tax-year';
import { policyFrom } from './fixtures';

describe('taxYearOf', () => {
  it('puts 5 April in the tax year that is ending and 6 April in the new one', () => {
    expect(taxYearOf('2027-04-05').label).toBe('2026-27');
    expect(taxYearOf('2027-04-06').label).toBe('2027-28');
  });

  it('gives the first and last day of the year', () => {
    expect(taxYearOf('2026-11-22')).toEqual({
      startYear: 2026,
      label: '2026-27',
      firstDay: '2026-04-06',
      lastDay: '2027-04-05',
    });
    expect(taxYearOf('2027-01-01').label).toBe('2026-27');
    expect(taxYearOf('2026-04-06').firstDay).toBe('2026-04-06');
    expect(taxYearOf('2026-03-31').label).toBe('2025-26');
  });

  it('labels the turn of the century with two digits', () => {
    expect(taxYearLabel(2099)).toBe('2099-00');
    expect(taxYearLabel(2009)).toBe('2009-10');
  });

  it('refuses something that is not a date', () => {
    expect(() => taxYearOf('2026-02-30')).toThrow(RangeError);
    expect(() => taxYearOf('')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-22', 3, '2027-02-22'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-15', 3, '2027-01-15'],
    ['2026-12-31', 12, '2027-12-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('claim deadline', () => {
  const policies = [policyFrom('2026-01-01')];

  it('is 3 months after the event by default: on time on the day, late the day after', () => {
    const deadline = claimDeadline('2026-11-22', policies);
    expect(deadline).toBe('2027-02-22');
    expect(isLate('2027-02-22', '2027-02-22')).toBe(false);
    expect(isLate('2027-02-22', '2027-02-23')).toBe(true);
    expect(isLate('2027-02-22', '2026-11-22')).toBe(false);
  });

  it('uses the deadline of the policy in force on the event date', () => {
    const withChange = [
      ...policies,
      policyFrom('2026-11-01', (p) => {
        p.claimDeadlineMonths = 1;
      }),
    ];
    expect(claimDeadline('2026-10-31', withChange)).toBe('2027-01-31');
    expect(claimDeadline('2026-11-01', withChange)).toBe('2026-12-01');
  });

  it('is unknown when no policy covers the event date', () => {
    expect(claimDeadline('2025-12-31', policies)).toBeUndefined();
    expect(claimDeadline('not a date', policies)).toBeUndefined();
  });
});
