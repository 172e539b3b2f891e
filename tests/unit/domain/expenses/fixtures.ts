import type { Claim } from '../../../../src-renderer/domain/expenses/claim';
import type {
  AmountLine,
  CareLine,
  MileageLine,
} from '../../../../src-renderer/domain/expenses/lines';
import type { ExpensePolicyInput } from '../../../../src-renderer/domain/expenses/policy';
import { defaultExpensePolicy } from '../../../../src-renderer/domain/expenses/policy';

export function policyFrom(
  effectiveFrom: string,
  change: (policy: ExpensePolicyInput) => void = () => undefined,
): ExpensePolicyInput {
  const policy = defaultExpensePolicy(effectiveFrom);
  change(policy);
  return policy;
}

export function mileage(partial: Partial<MileageLine> = {}): MileageLine {
  return {
    id: 'm1',
    category: 'mileage',
    date: '2026-11-22',
    description: '',
    receiptIds: [],
    amountPence: 0,
    vehicle: 'car-or-van',
    from: 'Leeds',
    to: 'York',
    miles: 10,
    passengers: 0,
    ...partial,
  };
}

export function amount(partial: Partial<AmountLine> = {}): AmountLine {
  return {
    id: 'a1',
    category: 'public-transport',
    date: '2026-11-22',
    description: 'Bus fare',
    receiptIds: ['r1'],
    amountPence: 450,
    ...partial,
  };
}

export function care(partial: Partial<CareLine> = {}): CareLine {
  return {
    id: 'c1',
    category: 'care-and-support',
    date: '2026-11-22',
    description: '',
    receiptIds: ['inv1'],
    amountPence: 0,
    kind: 'childcare',
    hours: 3,
    hourlyRatePence: 1200,
    ...partial,
  };
}

export function claim(partial: Partial<Claim> = {}): Claim {
  return {
    id: 'claim-1',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    version: 1,
    claimantId: 'person-1',
    claimantRole: 'participant',
    eventId: 'event-1',
    costCode: 'TF-001',
    lines: [],
    declaration: {
      notClaimedBefore: true,
      receiptsAttached: true,
      mileageIsActual: true,
      cheapestReasonableOption: true,
    },
    attendanceConfirmed: true,
    paymentDetailsRef: 'BANK-REF-1',
    status: 'draft',
    submittedAt: null,
    overrides: [],
    ...partial,
  };
}
