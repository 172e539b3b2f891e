import { describe, expect, it } from 'vitest';
import type { InvolvementPaymentInput } from '../../../../src-renderer/domain/expenses/involvement';
import {
  payableInvolvement,
  priceInvolvement,
} from '../../../../src-renderer/domain/expenses/involvement';
import { policyFrom } from './fixtures';

const policies = [
  policyFrom('2026-04-06'),
  policyFrom('2027-04-06', (p) => {
    p.involvementPence['full-day'] = 16_000;
  }),
];

const input = (partial: Partial<InvolvementPaymentInput> = {}): InvolvementPaymentInput => ({
  personId: 'person-1',
  eventId: 'event-1',
  duration: 'full-day',
  declined: false,
  ...partial,
});

describe('priceInvolvement', () => {
  it('pays £150 for a day and £75 for up to 4 hours by default', () => {
    const day = priceInvolvement(input(), '2026-11-22', policies);
    const half = priceInvolvement(input({ duration: 'up-to-4-hours' }), '2026-11-22', policies);
    expect(day.ok && day.value.amountPence).toBe(15_000);
    expect(half.ok && half.value.amountPence).toBe(7_500);
    expect(day.ok && day.value.policyEffectiveFrom).toBe('2026-04-06');
  });

  it('uses the rate in force on the event date', () => {
    const before = priceInvolvement(input(), '2027-04-05', policies);
    const after = priceInvolvement(input(), '2027-04-06', policies);
    expect(before.ok && before.value.amountPence).toBe(15_000);
    expect(after.ok && after.value.amountPence).toBe(16_000);
  });

  it('keeps a declined payment as a record of £0', () => {
    const declined = priceInvolvement(input({ declined: true }), '2026-11-22', policies);
    expect(declined).toEqual({
      ok: true,
      value: { ...input({ declined: true }), amountPence: 0, policyEffectiveFrom: '2026-04-06' },
    });
  });

  it('says what is missing', () => {
    const result = priceInvolvement(
      input({ personId: '', eventId: ' ', duration: 'weekend' as 'full-day' }),
      '2026-11-22',
      policies,
    );
    expect(result.ok ? {} : result.errors).toEqual({
      personId: 'Choose who took part.',
      eventId: 'Choose the event.',
      duration: 'Choose how long they took part: up to 4 hours or a full day.',
    });
    const noPolicy = priceInvolvement(input(), '2026-01-01', policies);
    expect(noPolicy.ok ? '' : noPolicy.errors.eventDate).toMatch(/No expense policy is in force/);
  });
});

describe('payableInvolvement', () => {
  it('leaves out declined and £0 payments', () => {
    const paid = { ...input(), amountPence: 15_000, policyEffectiveFrom: '2026-04-06' };
    const declined = {
      ...input({ declined: true }),
      amountPence: 0,
      policyEffectiveFrom: '2026-04-06',
    };
    const zeroRate = { ...input(), amountPence: 0, policyEffectiveFrom: '2026-04-06' };
    expect(payableInvolvement([declined, paid, zeroRate])).toEqual([paid]);
  });
});
