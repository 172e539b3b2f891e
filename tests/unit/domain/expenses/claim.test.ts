import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../../src-renderer/domain/expenses/claim';
import {
  claimTotals,
  emptyClaimInput,
  unticked,
  validateClaim,
} from '../../../../src-renderer/domain/expenses/claim';
import { priceClaimLines } from '../../../../src-renderer/domain/expenses/mileage';
import { amount, care, claim, mileage, policyFrom } from './fixtures';

describe('claimTotals', () => {
  it('adds line amounts into subtotals per category and a total, in whole pence', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'm1', miles: 12.3 }), // 554p
        mileage({ id: 'm2', miles: 0.7 }), // 31.5p → 32p
        amount({ id: 'bus1', amountPence: 245 }),
        amount({ id: 'bus2', amountPence: 245 }),
        amount({ id: 'park', category: 'parking', amountPence: 350 }),
        care({ hours: 2.5, hourlyRatePence: 1_234 }), // 3,085p
      ],
      [policyFrom('2026-04-06')],
      {},
    );
    const totals = claimTotals(lines);
    expect(totals.byCategory).toEqual({
      mileage: 586,
      'public-transport': 490,
      parking: 350,
      taxi: 0,
      accommodation: 0,
      meals: 0,
      'care-and-support': 3_085,
      other: 0,
    });
    expect(totals.totalPence).toBe(586 + 490 + 350 + 3_085);
    expect(totals.lineCount).toBe(6);
  });

  it('totals many small amounts with no drift', () => {
    const lines = Array.from({ length: 1_000 }, (_, i) => amount({ id: `l${i}`, amountPence: 10 }));
    expect(claimTotals(lines).totalPence).toBe(10_000);
  });

  it('is zero for a claim with no lines, and refuses a fractional amount', () => {
    expect(claimTotals([]).totalPence).toBe(0);
    expect(() => claimTotals([amount({ amountPence: 0.5 })])).toThrow(/whole number of pence/);
  });
});

describe('validateClaim', () => {
  const input = (partial: Partial<ClaimInput>): ClaimInput => ({
    ...emptyClaimInput('event-1', 'person-1'),
    ...partial,
  });

  it('accepts a participant claim and trims its text', () => {
    const result = validateClaim(input({ costCode: ' TF-001 ', paymentDetailsRef: ' REF ' }));
    expect(result.ok && result.value).toMatchObject({
      costCode: 'TF-001',
      paymentDetailsRef: 'REF',
    });
  });

  it('needs a claimant and an event', () => {
    const result = validateClaim(input({ claimantId: '', eventId: '' }));
    expect(result.ok ? {} : result.errors).toMatchObject({
      claimantId: 'Choose who is claiming.',
      eventId: 'Choose the event this claim is for.',
    });
  });

  it('asks a carer or companion for the participant they came with, not themselves', () => {
    const carer = validateClaim(input({ claimantRole: 'carer' }));
    expect(carer.ok ? '' : carer.errors.onBehalfOfPersonId).toBe(
      'Choose the participant this carer came with.',
    );
    const self = validateClaim(
      input({ claimantRole: 'companion', onBehalfOfPersonId: 'person-1' }),
    );
    expect(self.ok ? '' : self.errors.onBehalfOfPersonId).toMatch(/choose the participant/);
    const ok = validateClaim(input({ claimantRole: 'carer', onBehalfOfPersonId: 'person-2' }));
    expect(ok.ok && ok.value.onBehalfOfPersonId).toBe('person-2');
  });

  it('drops a left-over "came with" when the claimant is a participant', () => {
    const result = validateClaim(input({ onBehalfOfPersonId: 'person-2' }));
    expect(result.ok && 'onBehalfOfPersonId' in result.value).toBe(false);
  });
});

describe('unticked', () => {
  it('lists the declaration boxes still to tick', () => {
    expect(unticked(claim().declaration)).toEqual([]);
    expect(
      unticked({
        notClaimedBefore: true,
        receiptsAttached: false,
        mileageIsActual: true,
        cheapestReasonableOption: false,
      }),
    ).toEqual(['receiptsAttached', 'cheapestReasonableOption']);
  });
});
