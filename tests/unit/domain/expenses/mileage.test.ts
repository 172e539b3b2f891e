import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../../../src-renderer/domain/expenses/claim';
import type { ClaimLine, MileageLine } from '../../../../src-renderer/domain/expenses/lines';
import {
  priceClaimLines,
  priorCarOrVanMileage,
} from '../../../../src-renderer/domain/expenses/mileage';
import { amount, care, mileage, policyFrom } from './fixtures';

const policies = [policyFrom('2026-04-06')];
/** Tenths of a mile, as the running totals hold them. */
const miles = (n: number) => Math.round(n * 10);

function amounts(lines: readonly ClaimLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((l) => [l.id, l.amountPence]));
}

function split(lines: readonly ClaimLine[], id: string) {
  const line = lines.find((l) => l.id === id) as MileageLine | undefined;
  return line?.split;
}

describe('pricing a car or van journey', () => {
  it('pays 45p a mile under the threshold', () => {
    const { lines, problems } = priceClaimLines([mileage({ miles: 10 })], policies, {});
    expect(problems).toEqual([]);
    expect(lines[0]?.amountPence).toBe(450);
    expect(split(lines, 'm1')).toMatchObject({
      taxYear: '2026-27',
      firstMiles: 10,
      firstAmountPence: 450,
      secondMiles: 0,
      secondAmountPence: 0,
    });
  });

  it('rounds each part half up to the penny: 12.3 miles at 45p is £5.54', () => {
    const { lines } = priceClaimLines([mileage({ miles: 12.3 })], policies, {});
    expect(lines[0]?.amountPence).toBe(554);
  });

  it('adds 5p a mile for each passenger', () => {
    const { lines } = priceClaimLines([mileage({ miles: 10, passengers: 2 })], policies, {});
    expect(lines[0]?.amountPence).toBe(450 + 100);
    expect(split(lines, 'm1')).toMatchObject({ passengers: 2, passengerAmountPence: 100 });
  });
});

describe('the 10,000-mile threshold', () => {
  it('splits the journey that crosses it, in the middle of a claim, taking lines in date order', () => {
    const claimLines = [
      mileage({ id: 'third', date: '2026-11-23', miles: 10 }),
      mileage({ id: 'first', date: '2026-11-20', miles: 5 }),
      amount({ id: 'bus', date: '2026-11-21' }),
      mileage({ id: 'second', date: '2026-11-22', miles: 12.3 }),
    ];
    const { lines } = priceClaimLines(claimLines, policies, { '2026-27': miles(9_990) });
    expect(lines.map((l) => l.id)).toEqual(['third', 'first', 'bus', 'second']);
    expect(amounts(lines)).toEqual({
      first: 225, // 5 miles at 45p: 9,995 used
      second: 225 + 183, // 5 at 45p, then 7.3 at 25p = 182.5p → 183p
      third: 250, // all 10 at 25p
      bus: 450,
    });
    expect(split(lines, 'second')).toMatchObject({
      firstMiles: 5,
      firstRatePence: 45,
      secondMiles: 7.3,
      secondRatePence: 25,
      secondAmountPence: 183,
    });
  });

  it('pays the whole line at 45p when it ends exactly at 10,000, and the next at 25p', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'to-threshold', date: '2026-11-22', miles: 10 }),
        mileage({ id: 'after', date: '2026-11-22', miles: 1 }),
      ],
      policies,
      { '2026-27': miles(9_990) },
    );
    expect(amounts(lines)).toEqual({ 'to-threshold': 450, after: 25 });
    expect(split(lines, 'to-threshold')?.secondMiles).toBe(0);
  });

  it('pays 25p from the first mile when 10,000 were already claimed', () => {
    const { lines } = priceClaimLines([mileage({ miles: 4 })], policies, {
      '2026-27': miles(10_000),
    });
    expect(lines[0]?.amountPence).toBe(100);
  });

  it('counts tenths exactly: 9,999.9 miles used leaves 0.1 mile at 45p', () => {
    const { lines } = priceClaimLines([mileage({ miles: 1 })], policies, {
      '2026-27': miles(9_999.9),
    });
    // 0.1 at 45p = 4.5p → 5p; 0.9 at 25p = 22.5p → 23p.
    expect(split(lines, 'm1')).toMatchObject({ firstMiles: 0.1, secondMiles: 0.9 });
    expect(lines[0]?.amountPence).toBe(5 + 23);
  });

  it('never splits the passenger payment', () => {
    const { lines } = priceClaimLines([mileage({ miles: 12.3, passengers: 1 })], policies, {
      '2026-27': miles(9_995),
    });
    // 5 at 45p = 225p; 7.3 at 25p = 183p; passenger 12.3 at 5p = 61.5p → 62p.
    expect(lines[0]?.amountPence).toBe(225 + 183 + 62);
  });

  it('starts again on 6 April: 5 April counts towards the old tax year', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'new-year', date: '2027-04-06', miles: 10 }),
        mileage({ id: 'old-year', date: '2027-04-05', miles: 10 }),
      ],
      policies,
      { '2026-27': miles(9_995) },
    );
    expect(amounts(lines)).toEqual({ 'old-year': 225 + 125, 'new-year': 450 });
    expect(split(lines, 'new-year')?.taxYear).toBe('2027-28');
  });

  it('treats motorcycles and bicycles at their flat rates, outside the car running total', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'motorbike', date: '2026-11-20', vehicle: 'motorcycle', miles: 100 }),
        mileage({ id: 'bike', date: '2026-11-21', vehicle: 'bicycle', miles: 10 }),
        mileage({ id: 'car', date: '2026-11-22', miles: 10 }),
      ],
      policies,
      { '2026-27': miles(9_995) },
    );
    expect(amounts(lines)).toEqual({ motorbike: 2_400, bike: 200, car: 225 + 125 });
    expect(split(lines, 'motorbike')).toMatchObject({ firstRatePence: 24, secondMiles: 0 });
  });
});

describe('a rate change on an effective date', () => {
  const changed = [
    ...policies,
    policyFrom('2027-01-01', (p) => {
      p.mileage.carOrVan = 50;
      p.mileage.carOrVanAfterThreshold = 30;
      p.mileage.passenger = 6;
    }),
  ];

  it('uses the old rate the day before and the new rate from the day itself', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'before', date: '2026-12-31', miles: 10, passengers: 1 }),
        mileage({ id: 'on', date: '2027-01-01', miles: 10, passengers: 1 }),
      ],
      changed,
      {},
    );
    expect(amounts(lines)).toEqual({ before: 450 + 50, on: 500 + 60 });
    expect(split(lines, 'before')?.policyEffectiveFrom).toBe('2026-04-06');
    expect(split(lines, 'on')?.policyEffectiveFrom).toBe('2027-01-01');
  });

  it('keeps one running total across the change and splits at the new rates', () => {
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'before', date: '2026-12-31', miles: 10 }),
        mileage({ id: 'on', date: '2027-01-01', miles: 10 }),
      ],
      changed,
      { '2026-27': miles(9_985) },
    );
    // before: 10 at 45p (9,995 used); on: 5 at 50p + 5 at 30p.
    expect(amounts(lines)).toEqual({ before: 450, on: 250 + 150 });
  });
});

describe('lines that cannot be priced, and other lines', () => {
  it('reports a journey before any policy and leaves it at £0', () => {
    const { lines, problems } = priceClaimLines(
      [mileage({ date: '2026-01-01', amountPence: 999 })],
      policies,
      {},
    );
    expect(lines[0]?.amountPence).toBe(0);
    expect(problems).toEqual([
      { lineId: 'm1', message: expect.stringMatching(/No expense policy/) },
    ]);
  });

  it('reports miles with too many decimal places or a missing date', () => {
    const { problems } = priceClaimLines(
      [mileage({ id: 'x', miles: 12.34 }), mileage({ id: 'y', date: '' })],
      policies,
      {},
    );
    expect(problems.map((p) => p.lineId)).toEqual(['x', 'y']);
  });

  it('works out care as hours × rate and leaves typed amounts alone', () => {
    const { lines } = priceClaimLines(
      [care({ hours: 2.5, hourlyRatePence: 1_234 }), amount({ amountPence: 1_999 })],
      policies,
      {},
    );
    expect(amounts(lines)).toEqual({ c1: 3_085, a1: 1_999 });
  });

  it('does not change the lines it was given', () => {
    const line = mileage({ miles: 10 });
    priceClaimLines([line], policies, {});
    expect(line.amountPence).toBe(0);
    expect(line.split).toBeUndefined();
  });
});

describe('priorCarOrVanMileage', () => {
  const claimOf = (
    id: string,
    status: ClaimStatus,
    lines: ClaimLine[],
    claimantId = 'person-1',
  ) => ({ id, claimantId, status, lines });

  it('adds car and van miles from submitted, approved and paid claims, per tax year', () => {
    const totals = priorCarOrVanMileage(
      [
        claimOf('s', 'submitted', [mileage({ miles: 100.5 })]),
        claimOf('a', 'approved', [mileage({ miles: 0.1 }), mileage({ miles: 0.2 })]),
        claimOf('p', 'paid', [mileage({ date: '2027-04-05', miles: 50 })]),
        claimOf('new-year', 'paid', [mileage({ date: '2027-04-06', miles: 7 })]),
      ],
      'person-1',
      'current',
    );
    // 100.5 + 0.1 + 0.2 + 50 miles, counted in tenths so 0.1 + 0.2 is exact.
    expect(totals).toEqual({ '2026-27': 1508, '2027-28': 70 });
  });

  it('leaves out drafts, rejected claims, the claim being priced, others and flat-rate vehicles', () => {
    const totals = priorCarOrVanMileage(
      [
        claimOf('d', 'draft', [mileage({ miles: 1 })]),
        claimOf('r', 'rejected', [mileage({ miles: 2 })]),
        claimOf('current', 'submitted', [mileage({ miles: 4 })]),
        claimOf('other-person', 'approved', [mileage({ miles: 8 })], 'person-2'),
        claimOf('m', 'approved', [
          mileage({ vehicle: 'motorcycle', miles: 16 }),
          amount({ amountPence: 3_200 }),
        ]),
        claimOf('counted', 'approved', [mileage({ miles: 32 })]),
      ],
      'person-1',
      'current',
    );
    expect(totals).toEqual({ '2026-27': 320 });
  });

  it('feeds the next claim so earlier claims use up the 45p miles', () => {
    const earlier = Array.from({ length: 5 }, (_, i) =>
      mileage({ id: `e${i}`, date: '2027-04-05', miles: 2_000 }),
    );
    const prior = priorCarOrVanMileage(
      [claimOf('earlier', 'approved', earlier)],
      'person-1',
      'current',
    );
    const { lines } = priceClaimLines(
      [
        mileage({ id: 'same-year', date: '2027-04-05', miles: 10 }),
        mileage({ id: 'next-year', date: '2027-04-06', miles: 10 }),
      ],
      policies,
      prior,
    );
    expect(amounts(lines)).toEqual({ 'same-year': 250, 'next-year': 450 });
  });
});
