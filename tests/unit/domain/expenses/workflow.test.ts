import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../../../src-renderer/domain/expenses/claim';
import { CLAIM_STATUSES } from '../../../../src-renderer/domain/expenses/claim';
import type { QueueItem, WorkflowClaim } from '../../../../src-renderer/domain/expenses/workflow';
import {
  allowedNext,
  changeStatus,
  filterQueue,
  markBatchPaid,
  queueTotals,
} from '../../../../src-renderer/domain/expenses/workflow';
import { amount, claim } from './fixtures';

const facilitator = { actor: 'Jo Facilitator', now: '2026-11-22T16:00:00.000Z' };
const finance = { actor: 'Asha Finance', now: '2026-11-30T10:00:00.000Z' };

function at(status: ClaimStatus, partial: Partial<WorkflowClaim> = {}): WorkflowClaim {
  return { id: 'claim-1', status, submittedAt: null, attendanceConfirmed: true, ...partial };
}

function moved(result: ReturnType<typeof changeStatus<WorkflowClaim>>) {
  if (!result.ok) throw new Error(`expected the change to be allowed: ${result.message}`);
  return result;
}

describe('changeStatus', () => {
  it('walks a claim from draft to paid through a rejection, with an audit entry each time', () => {
    const trail = [];
    let current = at('draft');
    const steps: [ClaimStatus, typeof facilitator, string?][] = [
      ['submitted', facilitator],
      ['rejected', finance, 'Train receipt missing'],
      ['draft', facilitator],
      ['submitted', { ...facilitator, now: '2026-12-01T09:00:00.000Z' }],
      ['approved', finance],
      ['paid', { ...finance, now: '2026-12-05T10:00:00.000Z' }],
    ];
    for (const [to, ctx, reason] of steps) {
      const result = moved(changeStatus(current, to, ctx, reason));
      current = result.claim;
      trail.push(result.audit);
    }
    expect(current.status).toBe('paid');
    expect(trail).toEqual([
      {
        claimId: 'claim-1',
        from: 'draft',
        to: 'submitted',
        by: 'Jo Facilitator',
        at: '2026-11-22T16:00:00.000Z',
      },
      {
        claimId: 'claim-1',
        from: 'submitted',
        to: 'rejected',
        by: 'Asha Finance',
        at: '2026-11-30T10:00:00.000Z',
        reason: 'Train receipt missing',
      },
      {
        claimId: 'claim-1',
        from: 'rejected',
        to: 'draft',
        by: 'Jo Facilitator',
        at: '2026-11-22T16:00:00.000Z',
      },
      {
        claimId: 'claim-1',
        from: 'draft',
        to: 'submitted',
        by: 'Jo Facilitator',
        at: '2026-12-01T09:00:00.000Z',
      },
      {
        claimId: 'claim-1',
        from: 'submitted',
        to: 'approved',
        by: 'Asha Finance',
        at: '2026-11-30T10:00:00.000Z',
      },
      {
        claimId: 'claim-1',
        from: 'approved',
        to: 'paid',
        by: 'Asha Finance',
        at: '2026-12-05T10:00:00.000Z',
      },
    ]);
  });

  it('keeps the first submission time when a fixed claim is sent again', () => {
    const first = moved(changeStatus(at('draft'), 'submitted', facilitator));
    expect(first.claim.submittedAt).toBe('2026-11-22T16:00:00.000Z');
    const again = moved(
      changeStatus({ ...first.claim, status: 'draft' }, 'submitted', {
        ...facilitator,
        now: '2027-06-01T09:00:00.000Z',
      }),
    );
    expect(again.claim.submittedAt).toBe('2026-11-22T16:00:00.000Z');
  });

  it('refuses a rejection without a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const result = changeStatus(at('submitted'), 'rejected', finance, reason);
      expect(result).toEqual({
        ok: false,
        message: 'Enter the reason for rejecting it, so the claimant knows what to fix.',
      });
    }
  });

  it('refuses to approve until attendance is confirmed', () => {
    const result = changeStatus(
      at('submitted', { attendanceConfirmed: false }),
      'approved',
      finance,
    );
    expect(result.ok ? '' : result.message).toMatch(/Confirm the claimant attended/);
  });

  it('refuses every change not on the map, with a message', () => {
    const legal = new Set([
      'draft→submitted',
      'submitted→approved',
      'submitted→rejected',
      'rejected→draft',
      'approved→paid',
    ]);
    for (const from of CLAIM_STATUSES) {
      for (const to of CLAIM_STATUSES) {
        const result = changeStatus(at(from), to, finance, 'A reason');
        expect(result.ok, `${from}→${to}`).toBe(legal.has(`${from}→${to}`));
      }
    }
    expect(changeStatus(at('draft'), 'paid', finance)).toEqual({
      ok: false,
      message: 'A draft claim cannot be marked paid. Submit it first.',
    });
    expect(changeStatus(at('paid'), 'draft', finance)).toEqual({
      ok: false,
      message: 'A paid claim cannot be marked draft. It has been paid and can no longer change.',
    });
    expect(changeStatus(at('rejected'), 'submitted', finance, 'x')).toMatchObject({
      message: expect.stringMatching(/Reopen it as a draft/),
    });
  });

  it('lists what may come next', () => {
    expect(allowedNext('submitted')).toEqual(['approved', 'rejected']);
    expect(allowedNext('paid')).toEqual([]);
  });

  it('does not change the claim it was given', () => {
    const original = at('draft');
    changeStatus(original, 'submitted', facilitator);
    expect(original).toEqual(at('draft'));
  });
});

describe('markBatchPaid', () => {
  it('marks approved claims paid and lists the rest untouched', () => {
    const result = markBatchPaid(
      [at('approved', { id: 'a' }), at('submitted', { id: 's' }), at('approved', { id: 'b' })],
      finance,
    );
    expect(result.paid.map((p) => [p.claim.id, p.claim.status, p.audit.to])).toEqual([
      ['a', 'paid', 'paid'],
      ['b', 'paid', 'paid'],
    ]);
    expect(result.refused).toEqual([
      { claimId: 's', message: 'A submitted claim cannot be marked paid.' },
    ]);
  });
});

describe('finance queue', () => {
  const item = (
    id: string,
    partial: Parameters<typeof claim>[0],
    eventDate: string,
  ): QueueItem => ({
    claim: claim({ id, ...partial }),
    eventDate,
  });
  const queue = [
    item(
      'c1',
      { status: 'submitted', eventId: 'e1', lines: [amount({ amountPence: 1_000 })] },
      '2026-11-22',
    ),
    item(
      'c2',
      {
        status: 'approved',
        eventId: 'e1',
        claimantId: 'p2',
        lines: [amount({ amountPence: 250 }), amount({ id: 'a2', amountPence: 5 })],
      },
      '2026-11-22',
    ),
    item(
      'c3',
      { status: 'submitted', eventId: 'e2', lines: [amount({ amountPence: 99 })] },
      '2027-01-10',
    ),
    item('c4', { status: 'paid', eventId: 'e3', lines: [] }, '2026-10-01'),
  ];
  const ids = (items: readonly QueueItem[]) => items.map((i) => i.claim.id);

  it('filters by event, status, event date range and claimant', () => {
    expect(ids(filterQueue(queue, {}))).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ids(filterQueue(queue, { eventId: 'e1' }))).toEqual(['c1', 'c2']);
    expect(ids(filterQueue(queue, { statuses: ['submitted'] }))).toEqual(['c1', 'c3']);
    expect(ids(filterQueue(queue, { statuses: [] }))).toHaveLength(4);
    expect(ids(filterQueue(queue, { from: '2026-11-22', to: '2026-12-31' }))).toEqual(['c1', 'c2']);
    expect(ids(filterQueue(queue, { to: '2026-10-01' }))).toEqual(['c4']);
    expect(ids(filterQueue(queue, { claimantId: 'p2' }))).toEqual(['c2']);
    expect(ids(filterQueue(queue, { eventId: 'e1', statuses: ['approved', 'paid'] }))).toEqual([
      'c2',
    ]);
  });

  it('totals claims, lines and pence, overall and by status', () => {
    const totals = queueTotals(queue);
    expect(totals).toMatchObject({ claims: 4, lines: 4, totalPence: 1_354 });
    expect(totals.byStatus).toEqual({
      draft: { claims: 0, totalPence: 0 },
      submitted: { claims: 2, totalPence: 1_099 },
      approved: { claims: 1, totalPence: 255 },
      rejected: { claims: 0, totalPence: 0 },
      paid: { claims: 1, totalPence: 0 },
    });
  });
});
