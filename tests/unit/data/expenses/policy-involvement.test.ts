import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../../../src-renderer/data/expenses/claim-context';
import { recordInvolvement } from '../../../../src-renderer/data/expenses/involvement-commands';
import { saveLine } from '../../../../src-renderer/data/expenses/line-commands';
import { addPolicyVersion } from '../../../../src-renderer/data/expenses/policy-commands';
import { loadQueue, EMPTY_QUERY } from '../../../../src-renderer/data/expenses/queue';
import { financeCsv, payrollCsv } from '../../../../src-renderer/exports/expense-csv';
import { mileage, policyFrom } from '../../domain/expenses/fixtures';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { EVENT_ID, draftFor, seedEvent } from './expenses-fixture';

describe('policy versions', () => {
  it('starts from the built-in UK policy and keeps every version', async () => {
    const db = freshDb();
    expect((await loadPolicies(db)).map((p) => p.effectiveFrom)).toEqual(['2000-01-01']);
    const added = await addPolicyVersion(
      db,
      policyFrom('2026-12-01', (p) => {
        p.mileage.carOrVan = 50;
      }),
      ctx(),
    );
    expect(added.ok).toBe(true);
    expect((await loadPolicies(db)).map((p) => p.effectiveFrom)).toEqual([
      '2000-01-01',
      '2026-12-01',
    ]);
    expect((await db.auditLog.toArray()).map((a) => a.action)).toEqual(['expense-policy-added']);
  });

  it('refuses a second version from the same date, or a negative rate, writing nothing', async () => {
    const db = freshDb();
    await addPolicyVersion(db, policyFrom('2026-12-01'), ctx());
    const before = await snapshot(db);
    const same = await addPolicyVersion(db, policyFrom('2026-12-01'), ctx());
    expect(!same.ok && 'errors' in same && same.errors.effectiveFrom).toMatch(
      /same date|starts on this date/,
    );
    const negative = await addPolicyVersion(
      db,
      policyFrom('2027-01-01', (p) => {
        p.mileage.bicycle = -1;
      }),
      ctx(),
    );
    expect(!negative.ok && 'errors' in negative && negative.errors['mileage.bicycle']).toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a rate change applies to lines dated from its effective date', async () => {
    const db = freshDb();
    await seedEvent(db);
    await addPolicyVersion(
      db,
      policyFrom('2026-11-21', (p) => {
        p.mileage.carOrVan = 50;
      }),
      ctx(),
    );
    const claim = await draftFor(db);
    await saveLine(db, claim.id, mileage({ id: 'before', date: '2026-11-20', miles: 10 }), ctx());
    const saved = await saveLine(
      db,
      claim.id,
      mileage({ id: 'after', date: '2026-11-21', miles: 10 }),
      ctx(),
    );
    expect(saved.ok && saved.value.lines.map((l) => l.amountPence)).toEqual([450, 500]);
  });
});

describe('involvement payments', () => {
  it('prices by duration from the policy and keeps a declined payment at £0, out of payroll', async () => {
    const db = freshDb();
    await seedEvent(db);
    const paid = await recordInvolvement(
      db,
      { personId: 'p-sam', eventId: EVENT_ID, duration: 'full-day', declined: false },
      ctx(),
    );
    const declined = await recordInvolvement(
      db,
      { personId: 'p-jo', eventId: EVENT_ID, duration: 'up-to-4-hours', declined: true },
      ctx(),
    );
    expect(paid.ok && paid.value.amountPence).toBe(15_000);
    expect(declined.ok && declined.value.amountPence).toBe(0);
    expect(await db.involvementPayments.count()).toBe(2);
    const payments = await db.involvementPayments.toArray();
    const csv = payrollCsv(
      payments.map((p) => ({
        paymentId: p.id,
        payment: p,
        personName: p.personId,
        event: { title: 'Spring', date: '2026-11-20' },
      })),
    );
    expect(csv.rows).toBe(1);
    expect(csv.text).toContain('"150.00"');
  });

  it('writes nothing for someone not on the register', async () => {
    const db = freshDb();
    await seedEvent(db);
    const before = await snapshot(db);
    const ghost = await recordInvolvement(
      db,
      { personId: 'p-ghost', eventId: EVENT_ID, duration: 'full-day', declined: false },
      ctx(),
    );
    expect(!ghost.ok && 'errors' in ghost && ghost.errors.personId).toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the finance queue and CSV', () => {
  it('filters by claimant name and exports lines whose pence add up', async () => {
    const db = freshDb();
    await seedEvent(db);
    const sam = await draftFor(db, 'p-sam');
    await saveLine(db, sam.id, mileage({ id: 'm1', miles: 12.3 }), ctx());
    await saveLine(db, sam.id, mileage({ id: 'm2', miles: 0.1 }), ctx());
    await draftFor(db, 'p-jo', () => `jo-${Math.random()}`);
    const all = await loadQueue(db, EMPTY_QUERY);
    expect(all).toHaveLength(2);
    const onlySam = await loadQueue(db, { ...EMPTY_QUERY, claimant: 'lee' });
    expect(onlySam.map((r) => r.claimantName)).toEqual(['Sam Lee']);
    const csv = financeCsv(onlySam);
    expect(csv.ok && csv.rows).toBe(2);
    expect(csv.ok && csv.text.startsWith('\uFEFF"claim_id"')).toBe(true);
    // 12.3 × 45p = 553.5 → 554p; 0.1 × 45p = 4.5 → 5p.
    expect(csv.ok && csv.text).toContain('"554","5.54"');
    expect(csv.ok && csv.text).toContain('"5","0.05"');
  });
});
