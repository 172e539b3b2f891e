import { describe, expect, it } from 'vitest';
import type { CheckContext, ClaimCheck } from '../../../../src-renderer/domain/expenses/checks';
import {
  blockingChecks,
  canSubmit,
  checkClaim,
  overrideCovers,
  validateOverride,
} from '../../../../src-renderer/domain/expenses/checks';
import type { ClaimOverride } from '../../../../src-renderer/domain/expenses/claim';
import { amount, care, claim, mileage, policyFrom } from './fixtures';

const policies = [
  policyFrom('2026-04-06', (p) => {
    p.capsPence.taxi = 3_000;
    p.receiptAbovePence.parking = 500;
  }),
];

function context(partial: Partial<CheckContext> = {}): CheckContext {
  return { policies, eventDate: '2026-11-22', asOf: '2026-11-22', otherClaims: [], ...partial };
}

const kinds = (checks: readonly ClaimCheck[]) => checks.map((c) => `${c.kind}:${c.lineId ?? ''}`);

const lateOverride: ClaimOverride = {
  kind: 'late',
  by: 'Asha Patel (finance)',
  reason: 'Claimant was in hospital',
  at: '2027-03-01T09:00:00.000Z',
};

describe('missing receipts', () => {
  it('needs a receipt for every line except mileage by default', () => {
    const checks = checkClaim(
      claim({
        lines: [
          amount({ id: 'bus', receiptIds: [] }),
          mileage({ id: 'car', amountPence: 450 }),
          care({ id: 'care', receiptIds: [], amountPence: 3_600 }),
        ],
      }),
      context(),
    );
    expect(kinds(checks)).toEqual(['missing-receipt:bus', 'missing-receipt:care']);
    expect(checks[0]).toMatchObject({
      severity: 'must-fix',
      message: 'Public transport (standard class): £4.50 needs a receipt.',
    });
    expect(checks[0]?.whatToDo).toMatch(/Attach a photo or PDF of the receipt/);
    expect(checks[1]?.message).toBe('Care and support: £36.00 needs an invoice.');
    expect(checks[1]?.whatToDo).toMatch(/^Attach a photo or PDF of the invoice\./);
  });

  it('uses the threshold in the policy: at it no receipt, above it a receipt', () => {
    const checks = checkClaim(
      claim({
        lines: [
          amount({ id: 'at', category: 'parking', amountPence: 500, receiptIds: [] }),
          amount({ id: 'above', category: 'parking', amountPence: 501, receiptIds: [] }),
          amount({ id: 'attached', category: 'parking', amountPence: 900, receiptIds: ['r'] }),
        ],
      }),
      context(),
    );
    expect(kinds(checks)).toEqual(['missing-receipt:above']);
  });
});

describe('caps and overrides', () => {
  const overCap = claim({
    lines: [
      amount({ id: 'taxi', category: 'taxi', amountPence: 3_001, description: 'Agreed by Sam' }),
    ],
  });

  it('flags a line over its cap as needing an override, but not one at the cap', () => {
    const checks = checkClaim(overCap, context());
    expect(checks).toEqual([
      expect.objectContaining({
        kind: 'over-cap',
        severity: 'needs-override',
        lineId: 'taxi',
        amountPence: 3_001,
        message: 'Taxi (where agreed): £30.01 is over the limit of £30.00 a line.',
      }),
    ]);
    const atCap = claim({
      lines: [amount({ category: 'taxi', amountPence: 3_000, description: 'Agreed by Sam' })],
    });
    expect(checkClaim(atCap, context())).toEqual([]);
  });

  it('lets an override for that line and amount through, and nothing else', () => {
    const checks = checkClaim(overCap, context());
    const override = (partial: Partial<ClaimOverride>): ClaimOverride => ({
      kind: 'over-cap',
      lineId: 'taxi',
      amountPence: 3_001,
      by: 'Asha Patel',
      reason: 'No bus after 9pm',
      at: '2026-11-23T09:00:00.000Z',
      ...partial,
    });
    expect(canSubmit(overCap, checks, []).ok).toBe(false);
    expect(canSubmit(overCap, checks, [override({})])).toEqual({ ok: true });
    expect(canSubmit(overCap, checks, [override({ amountPence: 5_000 })]).ok).toBe(true);
    // Raising the amount after the override needs a new one.
    expect(canSubmit(overCap, checks, [override({ amountPence: 3_000 })]).ok).toBe(false);
    expect(canSubmit(overCap, checks, [override({ lineId: 'another' })]).ok).toBe(false);
    expect(canSubmit(overCap, checks, [lateOverride]).ok).toBe(false);
  });

  it('uses the cap of the policy in force on the line date', () => {
    const withoutCaps = [...policies, policyFrom('2027-01-01')];
    const line = amount({ category: 'taxi', amountPence: 5_000, description: 'agreed' });
    const before = checkClaim(
      claim({ lines: [{ ...line, date: '2026-12-31' }] }),
      context({ policies: withoutCaps }),
    );
    const after = checkClaim(
      claim({ lines: [{ ...line, date: '2027-01-01' }] }),
      context({ policies: withoutCaps }),
    );
    expect(kinds(before)).toEqual(['over-cap:a1']);
    expect(kinds(after)).toEqual([]);
  });
});

describe('late claims', () => {
  const lines = [amount()];

  it('is on time exactly 3 months after the event and late one day after', () => {
    expect(checkClaim(claim({ lines }), context({ asOf: '2027-02-22' }))).toEqual([]);
    const late = checkClaim(claim({ lines }), context({ asOf: '2027-02-23' }));
    expect(late).toEqual([
      {
        kind: 'late',
        severity: 'needs-override',
        message:
          'This claim is late: claims for the event on Sunday 22 November 2026 were due by Monday 22 February 2027.',
        whatToDo: 'Ask an authorised person in finance to accept it late and record why.',
      },
    ]);
  });

  it('needs a late override to submit', () => {
    const late = claim({ lines });
    const checks = checkClaim(late, context({ asOf: '2027-03-01' }));
    const refused = canSubmit(late, checks, []);
    expect(refused.ok ? [] : refused.reasons).toEqual([
      expect.stringMatching(/This claim is late/),
    ]);
    expect(canSubmit(late, checks, [lateOverride])).toEqual({ ok: true });
  });

  it('says so when no policy covers the event date', () => {
    const checks = checkClaim(claim({ lines }), context({ eventDate: '2025-01-01' }));
    expect(checks[0]).toMatchObject({ kind: 'no-policy', severity: 'must-fix' });
    expect(checks[0]?.message).toBe('No expense policy is in force on Wednesday 1 January 2025.');
  });
});

describe('duplicate lines', () => {
  it('flags the second of two equal lines in the same claim as a warning', () => {
    const checks = checkClaim(
      claim({
        lines: [
          amount({ id: 'out' }),
          amount({ id: 'back' }),
          amount({ id: 'dearer', amountPence: 451 }),
          amount({ id: 'next-day', date: '2026-11-23' }),
          amount({ id: 'parking', category: 'parking' }),
        ],
      }),
      context(),
    );
    expect(kinds(checks)).toEqual(['duplicate-line:back']);
    expect(checks[0]).toMatchObject({
      severity: 'warning',
      message:
        'Public transport (standard class) on Sunday 22 November 2026 for £4.50 appears twice in this claim.',
    });
    expect(canSubmit(claim({ lines: [amount(), amount()] }), checks, []).ok).toBe(true);
  });

  it("flags a line already in the same claimant's other claim, not someone else's", () => {
    const mine = claim({ id: 'mine', lines: [amount({ id: 'fare' })] });
    const earlier = claim({ id: 'earlier', status: 'approved', lines: [amount({ id: 'old' })] });
    const theirs = claim({ id: 'theirs', claimantId: 'person-2', lines: [amount()] });
    expect(kinds(checkClaim(mine, context({ otherClaims: [theirs] })))).toEqual([]);
    const checks = checkClaim(mine, context({ otherClaims: [theirs, earlier, mine] }));
    expect(checks).toEqual([
      expect.objectContaining({ kind: 'duplicate-line', lineId: 'fare', otherClaimId: 'earlier' }),
    ]);
  });
});

describe('other checks', () => {
  it('warns when attendance is not confirmed, without blocking', () => {
    const unconfirmed = claim({ lines: [amount()], attendanceConfirmed: false });
    const checks = checkClaim(unconfirmed, context());
    expect(kinds(checks)).toEqual(['attendance-not-confirmed:']);
    expect(canSubmit(unconfirmed, checks, []).ok).toBe(true);
  });

  it('asks who agreed a taxi or accommodation when the description is empty', () => {
    const checks = checkClaim(
      claim({
        lines: [
          amount({ id: 't', category: 'taxi', description: '', amountPence: 1_000 }),
          amount({ id: 'h', category: 'accommodation', description: 'Agreed by Sam on 1 Nov' }),
        ],
      }),
      context(),
    );
    expect(kinds(checks)).toEqual(['needs-agreement:t']);
  });

  it('reports an incomplete line as must-fix with its first problem', () => {
    const checks = checkClaim(claim({ lines: [amount({ id: 'x', amountPence: 0 })] }), context());
    expect(checks).toEqual([
      expect.objectContaining({
        kind: 'invalid-line',
        severity: 'must-fix',
        lineId: 'x',
        message:
          'A public transport (standard class) line is not complete: The amount must be more than £0.00.',
      }),
    ]);
  });
});

describe('canSubmit', () => {
  it('lists every reason: no lines, no cost code, unticked declaration, blocking checks', () => {
    const draft = claim({
      costCode: ' ',
      declaration: {
        notClaimedBefore: true,
        receiptsAttached: false,
        mileageIsActual: true,
        cheapestReasonableOption: true,
      },
    });
    const result = canSubmit(draft, checkClaim(draft, context({ asOf: '2027-06-01' })), []);
    expect(result.ok ? [] : result.reasons).toEqual([
      'Add at least one cost to claim.',
      'Enter the cost code, so finance can pay it.',
      'The claimant must confirm: “I have attached receipts or invoices for the costs that need them.”',
      expect.stringMatching(/This claim is late/),
    ]);
  });

  it('is ready when nothing blocks', () => {
    const ready = claim({ lines: [amount()] });
    expect(canSubmit(ready, checkClaim(ready, context()), [])).toEqual({ ok: true });
  });

  it('never lets an override cover a must-fix check', () => {
    const missing: ClaimCheck = {
      kind: 'missing-receipt',
      severity: 'must-fix',
      lineId: 'a1',
      message: 'm',
      whatToDo: 'w',
    };
    const anyOverride: ClaimOverride = {
      ...lateOverride,
      kind: 'over-cap',
      lineId: 'a1',
      amountPence: 1,
    };
    expect(overrideCovers(missing, anyOverride)).toBe(false);
    expect(blockingChecks([missing], [anyOverride, lateOverride])).toEqual([missing]);
  });
});

describe('validateOverride', () => {
  it('needs who authorised it and why', () => {
    const result = validateOverride({ kind: 'late', by: ' ', reason: '' }, '2027-03-01T09:00:00Z');
    expect(result.ok ? {} : result.errors).toEqual({
      by: 'Enter who authorised it.',
      reason: 'Enter the reason.',
    });
  });

  it('needs the line and amount for a cap override, and stamps the time', () => {
    const missingLine = validateOverride(
      { kind: 'over-cap', by: 'Asha', reason: 'Late bus' },
      '2027-03-01T09:00:00Z',
    );
    expect(missingLine.ok ? '' : missingLine.errors.lineId).toBe('Choose the line over its limit.');
    const ok = validateOverride(
      { kind: 'over-cap', lineId: 'taxi', amountPence: 3_001, by: ' Asha ', reason: ' Late bus ' },
      '2027-03-01T09:00:00Z',
    );
    expect(ok.ok && ok.value).toEqual({
      kind: 'over-cap',
      lineId: 'taxi',
      amountPence: 3_001,
      by: 'Asha',
      reason: 'Late bus',
      at: '2027-03-01T09:00:00Z',
    });
  });
});
