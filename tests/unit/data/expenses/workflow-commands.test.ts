import { describe, expect, it, vi } from 'vitest';
import { setDeclaration } from '../../../../src-renderer/data/expenses/claim-commands';
import { attachReceipt, saveLine } from '../../../../src-renderer/data/expenses/line-commands';
import { addPolicyVersion } from '../../../../src-renderer/data/expenses/policy-commands';
import {
  addOverride,
  changeClaimStatus,
  markClaimsPaid,
} from '../../../../src-renderer/data/expenses/workflow-commands';
import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { amount, policyFrom } from '../../domain/expenses/fixtures';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { PNG, counter, draftFor, seedEvent } from './expenses-fixture';

const ALL_TICKED = {
  notClaimedBefore: true,
  receiptsAttached: true,
  mileageIsActual: true,
  cheapestReasonableOption: true,
};
const SOON = '2026-11-21T10:00:00.000Z';

async function readyClaim(db: TwoFeetDb, claimantId = 'p-sam', ids = counter('c')) {
  const claim = await draftFor(db, claimantId, ids);
  await saveLine(db, claim.id, amount({ id: `l-${claimantId}`, date: '2026-11-20' }), ctx());
  await attachReceipt(db, claim.id, `l-${claimantId}`, { fileName: 'r.png', bytes: PNG }, ctx());
  await setDeclaration(db, claim.id, ALL_TICKED, ctx());
  return claim;
}

describe('workflow commands', () => {
  it('moves a claim through submit, reject with a reason, reopen, submit, approve and paid, audited', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await readyClaim(db);
    const steps: [Parameters<typeof changeClaimStatus>[2], string][] = [
      ['submitted', ''],
      ['rejected', 'Receipt unreadable'],
      ['draft', ''],
      ['submitted', ''],
      ['approved', ''],
      ['paid', ''],
    ];
    for (const [to, reason] of steps) {
      const moved = await changeClaimStatus(db, claim.id, to, reason, ctx(SOON, 'Fin Ance'));
      expect(moved.ok, `to ${to}`).toBe(true);
    }
    const stored = await db.claims.get(claim.id);
    expect(stored?.status).toBe('paid');
    expect(stored?.submittedAt).toBe(SOON);
    expect(stored?.trail.map((e) => [e.from, e.to, e.by, e.reason ?? ''])).toEqual([
      ['draft', 'submitted', 'Fin Ance', ''],
      ['submitted', 'rejected', 'Fin Ance', 'Receipt unreadable'],
      ['rejected', 'draft', 'Fin Ance', ''],
      ['draft', 'submitted', 'Fin Ance', ''],
      ['submitted', 'approved', 'Fin Ance', ''],
      ['approved', 'paid', 'Fin Ance', ''],
    ]);
    const audit = (await db.auditLog.toArray()).filter((a) => a.subject?.id === claim.id);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'claim-submitted',
        'claim-rejected',
        'claim-draft',
        'claim-approved',
        'claim-paid',
      ]),
    );
    expect(audit.some((a) => a.summary.includes('unreadable'))).toBe(false);
  });

  it('refuses to submit with every reason, and to reject without one, writing nothing', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    await saveLine(db, claim.id, amount({ id: 'l-1' }), ctx());
    const before = await snapshot(db);
    const submit = await changeClaimStatus(db, claim.id, 'submitted', '', ctx());
    expect(!submit.ok && 'errors' in submit && submit.errors.status).toMatch(
      /needs a receipt.*|must confirm/,
    );
    expect(await snapshot(db)).toEqual(before);

    const ready = await readyClaim(db, 'p-sam', counter('d'));
    await changeClaimStatus(db, ready.id, 'submitted', '', ctx());
    const beforeReject = await snapshot(db);
    const noReason = await changeClaimStatus(db, ready.id, 'rejected', '  ', ctx());
    expect(!noReason.ok && 'errors' in noReason && noReason.errors.status).toMatch(/reason/);
    const skip = await changeClaimStatus(db, ready.id, 'paid', '', ctx());
    expect(!skip.ok && 'errors' in skip && skip.errors.status).toMatch(/cannot be marked paid/);
    expect(await snapshot(db)).toEqual(beforeReject);
  });

  it('leaves the claim as it was when the audit write fails', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await readyClaim(db);
    const before = await snapshot(db);
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(changeClaimStatus(db, claim.id, 'submitted', '', ctx())).rejects.toThrow(
      'The disk is full',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('will not approve until check-in confirms attendance', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await readyClaim(db, 'p-jo');
    expect((await changeClaimStatus(db, claim.id, 'submitted', '', ctx())).ok).toBe(true);
    const approve = await changeClaimStatus(db, claim.id, 'approved', '', ctx());
    expect(!approve.ok && 'errors' in approve && approve.errors.status).toMatch(/attended/);
  });

  it('needs an override with a reason for a line over its cap', async () => {
    const db = freshDb();
    await seedEvent(db);
    await addPolicyVersion(
      db,
      policyFrom('2026-01-01', (p) => {
        p.capsPence['public-transport'] = 400;
      }),
      ctx(),
    );
    const claim = await readyClaim(db);
    const refused = await changeClaimStatus(db, claim.id, 'submitted', '', ctx());
    expect(!refused.ok && 'errors' in refused && refused.errors.status).toMatch(/over the limit/);
    const noReason = await addOverride(
      db,
      claim.id,
      { kind: 'over-cap', lineId: 'l-p-sam', amountPence: 450, by: 'Pat', reason: '' },
      ctx(),
    );
    expect(!noReason.ok && 'errors' in noReason && noReason.errors.reason).toBeTruthy();
    const ok = await addOverride(
      db,
      claim.id,
      { kind: 'over-cap', lineId: 'l-p-sam', amountPence: 450, by: 'Pat', reason: 'Rail strike' },
      ctx(),
    );
    expect(ok.ok).toBe(true);
    expect((await changeClaimStatus(db, claim.id, 'submitted', '', ctx())).ok).toBe(true);
  });

  it('marks an exported batch paid in one step, leaving claims that are not approved', async () => {
    const db = freshDb();
    await seedEvent(db);
    const a = await readyClaim(db, 'p-sam', counter('a'));
    const b = await readyClaim(db, 'p-jo', counter('b'));
    await changeClaimStatus(db, a.id, 'submitted', '', ctx());
    await changeClaimStatus(db, a.id, 'approved', '', ctx());
    const result = await markClaimsPaid(db, [a.id, b.id, 'gone'], ctx());
    expect(result.ok && result.value).toEqual({ paid: 1, refused: 2 });
    expect((await db.claims.get(a.id))?.status).toBe('paid');
    expect((await db.claims.get(b.id))?.status).toBe('draft');
  });
});
