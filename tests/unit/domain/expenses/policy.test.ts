import { describe, expect, it } from 'vitest';
import type { ExpensePolicyInput } from '../../../../src-renderer/domain/expenses/policy';
import {
  defaultExpensePolicy,
  policyInForce,
  validatePolicy,
} from '../../../../src-renderer/domain/expenses/policy';

describe('defaultExpensePolicy', () => {
  const policy = defaultExpensePolicy('2026-04-06');

  it('matches HMRC mileage rates and NHS England PPV payments', () => {
    expect(policy.effectiveFrom).toBe('2026-04-06');
    expect(policy.mileage).toEqual({
      carOrVan: 45,
      carOrVanAfterThreshold: 25,
      thresholdMiles: 10_000,
      motorcycle: 24,
      bicycle: 20,
      passenger: 5,
    });
    expect(policy.involvementPence).toEqual({ 'up-to-4-hours': 7_500, 'full-day': 15_000 });
    expect(policy.claimDeadlineMonths).toBe(3);
    expect(policy.maxLinePence).toBe(1_000_000);
  });

  it('requires a receipt for every line except mileage, and caps nothing', () => {
    expect(policy.receiptAbovePence.mileage).toBeNull();
    expect(policy.receiptAbovePence.parking).toBe(0);
    expect(policy.receiptAbovePence['care-and-support']).toBe(0);
    expect(Object.values(policy.receiptAbovePence).filter((v) => v === 0)).toHaveLength(7);
    expect(Object.values(policy.capsPence).every((cap) => cap === null)).toBe(true);
  });
});

describe('policyInForce', () => {
  const versions = [
    { id: 'b', effectiveFrom: '2027-01-01' },
    { id: 'a', effectiveFrom: '2026-01-01' },
    { id: 'c', effectiveFrom: '2028-06-01' },
  ];

  it('picks the latest version that started on or before the date, in any order', () => {
    expect(policyInForce(versions, '2026-06-30')?.id).toBe('a');
    expect(policyInForce(versions, '2026-12-31')?.id).toBe('a');
    expect(policyInForce(versions, '2027-01-01')?.id).toBe('b');
    expect(policyInForce(versions, '2030-01-01')?.id).toBe('c');
  });

  it('finds nothing before the first version or in an empty list', () => {
    expect(policyInForce(versions, '2025-12-31')).toBeUndefined();
    expect(policyInForce([], '2026-06-30')).toBeUndefined();
  });
});

describe('validatePolicy', () => {
  function edited(change: (p: ExpensePolicyInput) => void): ExpensePolicyInput {
    const policy = defaultExpensePolicy('2026-04-06');
    change(policy);
    return policy;
  }

  it('accepts the defaults', () => {
    expect(validatePolicy(defaultExpensePolicy('2026-04-06'), []).ok).toBe(true);
  });

  it('refuses a second version from the same date', () => {
    const result = validatePolicy(defaultExpensePolicy('2026-04-06'), [
      { effectiveFrom: '2025-04-06' },
      { effectiveFrom: '2026-04-06' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.effectiveFrom).toMatch(/Another version/);
  });

  it('refuses a date that is not real', () => {
    const result = validatePolicy(defaultExpensePolicy('2026-02-30'), []);
    expect(result.ok ? undefined : result.errors.effectiveFrom).toBe('Enter a real date.');
  });

  it('refuses negative and fractional rates, caps and thresholds, field by field', () => {
    const result = validatePolicy(
      edited((p) => {
        p.mileage.carOrVan = -1;
        p.mileage.passenger = 4.5;
        p.capsPence.taxi = -100;
        p.receiptAbovePence.meals = 0.5;
        p.involvementPence['full-day'] = -15_000;
      }),
      [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['mileage.carOrVan']).toBe('This cannot be negative.');
    expect(result.errors['mileage.passenger']).toBe('Enter a whole number of pence per mile.');
    expect(result.errors['caps.taxi']).toBe('This cannot be negative.');
    expect(result.errors['receipts.meals']).toBe('Enter a whole number of pence.');
    expect(result.errors['involvement.full-day']).toBe('This cannot be negative.');
    expect(result.errors['mileage.bicycle']).toBeUndefined();
  });

  it('accepts a rate of zero and a cap of zero, but not a zero threshold or deadline', () => {
    expect(
      validatePolicy(
        edited((p) => {
          p.mileage.passenger = 0;
          p.capsPence.taxi = 0;
        }),
        [],
      ).ok,
    ).toBe(true);
    const result = validatePolicy(
      edited((p) => {
        p.mileage.thresholdMiles = 0;
        p.claimDeadlineMonths = 0;
        p.maxLinePence = 0;
      }),
      [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['mileage.thresholdMiles']).toBe('Enter 1 or more.');
    expect(result.errors.claimDeadlineMonths).toBe('Enter 1 or more.');
    expect(result.errors.maxLinePence).toMatch(/more than £0/);
  });

  it('catches pounds typed as pence in a mileage rate', () => {
    const result = validatePolicy(
      edited((p) => {
        p.mileage.carOrVan = 4500;
      }),
      [],
    );
    expect(result.ok ? undefined : result.errors['mileage.carOrVan']).toBe(
      'Enter no more than 1,000 pence per mile.',
    );
  });
});
