import { describe, expect, it } from 'vitest';
import { attendanceCounts } from '../../../../src-renderer/domain/people/attendance';
import type { Attendance } from '../../../../src-renderer/domain/people/attendance';
import type { ErasureInput, TaggedRecord } from '../../../../src-renderer/domain/people/erasure';
import {
  ERASED_TEXT,
  applyErasurePlan,
  planErasure,
} from '../../../../src-renderer/domain/people/erasure';
import { findPersonalData } from '../../../../src-renderer/domain/people/personal-data-search';
import {
  financeRule,
  financialYearEnd,
  retainUntil,
} from '../../../../src-renderer/domain/people/retention';
import { at, makePerson } from './fixtures';
import type { Register } from './register-fixture';
import { ALI_ID, SAM_ID, allTables, buildRegister } from './register-fixture';

const eraseCtx = at('2026-11-22T16:00:00.000Z', 'Morgan Data Lead');

const expenseRule = financeRule({
  table: 'expenseClaims',
  paidOnField: 'paidOn',
  personalFields: ['claimantName', 'address', 'payment', 'lines.*.note'],
});

function erasureInput(register: Register, extra: Partial<ErasureInput> = {}): ErasureInput {
  // The data layer hands over every record of every other table (and other people's records);
  // the plan leaves alone whatever does not concern the person.
  const otherRecords: TaggedRecord[] = [
    ...register.people
      .filter((p) => p.id !== SAM_ID)
      .map((record) => ({ table: 'people', record: { ...record } })),
    ...Object.entries(register.other).flatMap(([table, records]) =>
      records.map((record) => ({ table, record })),
    ),
  ];
  return {
    person: register.sam,
    memberships: register.memberships,
    attendance: register.attendance,
    consentRecords: register.consentRecords,
    equalityResponses: register.equalityResponses,
    otherRecords,
    rules: [expenseRule],
    today: '2026-11-22',
    requestReference: 'ERASE-2026-004',
    ...extra,
  };
}

function erase(register: Register) {
  const plan = planErasure(erasureInput(register), eraseCtx, 'audit-erase-1');
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  return { plan: plan.value, after: applyErasurePlan(allTables(register), plan.value) };
}

describe('erasing a person', () => {
  it('finds the person all over the register before erasure (the search works)', () => {
    const register = buildRegister();
    const tables = new Set(findPersonalData(allTables(register), register.sam).map((f) => f.table));
    expect([...tables].sort()).toEqual([
      'attendance',
      'consentRecords',
      'equalityResponses',
      'expenseClaims',
      'groupMovements',
      'memberships',
      'people',
      'topics',
    ]);
  });

  it('leaves none of their personal data in any table afterwards', () => {
    const register = buildRegister();
    const { after } = erase(register);
    expect(findPersonalData(after, register.sam)).toEqual([]);
  });

  it('deletes their own records and anonymises what must be kept', () => {
    const register = buildRegister();
    const { plan } = erase(register);
    const deleted = plan.deletes.map((d) => `${d.table}:${d.id}`).sort();
    expect(deleted).toEqual([
      'consentRecords:c-1',
      'consentRecords:c-2',
      'consentRecords:c-3',
      'consentRecords:c-4',
      'consentRecords:c-5',
      'equalityResponses:eq-1',
      'expenseClaims:claim-draft',
      'expenseClaims:claim-old',
      'memberships:m-1',
      'memberships:m-2',
      `people:${SAM_ID}`,
    ]);
    const anonymised = plan.anonymises.map((a) => `${a.table}:${a.id}`).sort();
    expect(anonymised).toEqual([
      'attendance:a-1',
      'attendance:a-2',
      'expenseClaims:claim-paid',
      'groupMovements:move-1',
      `people:${ALI_ID}`,
      'topics:topic-1',
    ]);
  });

  it('keeps a paid claim for six years after its financial year, with amounts and no personal details', () => {
    const register = buildRegister();
    const { plan, after } = erase(register);
    const step = plan.anonymises.find((a) => a.id === 'claim-paid');
    expect(step?.keepUntil).toBe('2033-03-31');
    const claim = after.expenseClaims?.find((c) => c.id === 'claim-paid');
    expect(claim).toMatchObject({
      claimantName: ERASED_TEXT,
      address: ERASED_TEXT,
      payment: { accountName: ERASED_TEXT, sortCode: ERASED_TEXT, accountNumber: ERASED_TEXT },
      totalPence: 1350,
      paidOn: '2026-04-10',
      status: 'paid',
      personId: 'erased-claim-paid',
      version: 2,
      updatedAt: '2026-11-22T16:00:00.000Z',
    });
    expect(claim?.lines).toEqual([
      { category: 'mileage', miles: 30, amountPence: 1350, note: ERASED_TEXT },
    ]);
  });

  it('leaves other people and unrelated records exactly as they were', () => {
    const register = buildRegister();
    const before = allTables(register);
    const { after } = erase(register);
    for (const table of ['feedback', 'equalityResponses'] as const) {
      expect(after[table]?.filter((r) => r.personId !== SAM_ID)).toEqual(
        before[table]?.filter((r) => r.personId !== SAM_ID),
      );
    }
    expect(after.expenseClaims?.find((c) => c.id === 'claim-ali')).toEqual(
      before.expenseClaims?.find((c) => c.id === 'claim-ali'),
    );
    expect(after.topics?.find((t) => t.id === 'topic-2')).toEqual(
      before.topics?.find((t) => t.id === 'topic-2'),
    );
    expect(after.memberships?.map((m) => m.id)).toEqual(['m-3', 'm-4']);
    // Ali's own details (not Ali's emergency contact, who is Sam) are all still there.
    const aliOwn = {
      id: ALI_ID,
      name: 'Ali Khan',
      email: register.ali.email,
      phone: register.ali.phone,
    };
    expect(findPersonalData(after, aliOwn)).toEqual(findPersonalData(before, aliOwn));
    expect(findPersonalData(after, aliOwn).length).toBeGreaterThan(10);
  });

  it('replaces mentions inside shared records but keeps the rest of them', () => {
    const register = buildRegister();
    const { after } = erase(register);
    const topic = after.topics?.find((t) => t.id === 'topic-1');
    expect(topic?.title).toBe('Access to screening');
    expect(topic?.convenerIds).toEqual(['erased-topic-1', ALI_ID]);
    expect(topic?.description).toBe(
      `Proposed by ${ERASED_TEXT} with Ali Khan. Questions to ${ERASED_TEXT} or ${ERASED_TEXT}.`,
    );
    const ali = after.people?.find((p) => p.id === ALI_ID);
    expect(ali?.emergencyContact).toEqual({
      name: ERASED_TEXT,
      phone: ERASED_TEXT,
      relationship: 'Friend',
    });
    expect(ali?.name).toBe('Ali Khan');
  });

  it('keeps attendance counts for past events', () => {
    const register = buildRegister();
    const before = attendanceCounts(register.attendance, 'ev-1');
    const { after } = erase(register);
    expect(attendanceCounts(after.attendance as unknown as Attendance[], 'ev-1')).toEqual(before);
    expect(before.checkedIn).toBe(2);
  });

  it('writes an audit entry of who, when and how many, with no personal data', () => {
    const register = buildRegister();
    const { plan, after } = erase(register);
    expect(plan.audit).toMatchObject({
      id: 'audit-erase-1',
      action: 'person-erased',
      actor: 'Morgan Data Lead',
      at: '2026-11-22T16:00:00.000Z',
      deleted: {
        people: 1,
        memberships: 2,
        consentRecords: 5,
        equalityResponses: 1,
        expenseClaims: 2,
      },
      anonymised: { people: 1, attendance: 2, expenseClaims: 1, topics: 1, groupMovements: 1 },
      keptUntil: '2033-03-31',
      requestReference: 'ERASE-2026-004',
    });
    expect(findPersonalData({ auditLog: [plan.audit] }, register.sam)).toEqual([]);
    expect(JSON.stringify(plan.audit)).not.toContain(SAM_ID);
    expect(after.auditLog?.map((a) => a.id)).toEqual(['audit-0', 'audit-erase-1']);
  });

  it('refuses a request reference that contains personal data', () => {
    const register = buildRegister();
    const plan = planErasure(
      erasureInput(register, { requestReference: 'Erase Sam Lee' }),
      eraseCtx,
      'a',
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.errors.requestReference).toMatch(/must not contain the person's name/);
  });

  it('leaves a detail another registered person shares (a household phone) in their records', () => {
    const register = buildRegister();
    const bea = { ...register.bea, phone: '07700 900123' };
    register.people = [register.sam, register.ali, bea];
    const plan = planErasure(erasureInput(register), eraseCtx, 'a');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.sharedDetails).toEqual(['phone']);
    expect(plan.value.anonymises.some((a) => a.id === bea.id)).toBe(false);
    const after = applyErasurePlan(allTables(register), plan.value);
    expect(after.people?.find((p) => p.id === bea.id)?.phone).toBe('07700 900123');
    const remaining = findPersonalData(after, register.sam).map((f) => f.found);
    expect(new Set(remaining)).toEqual(new Set(['phone']));
  });

  it('does not touch the emergency contact’s own record when the contact is registered too', () => {
    const register = buildRegister();
    const jo = makePerson('p-jo', { name: 'Jo Lee', phone: '07700 900456' });
    register.people = [...register.people, jo];
    const plan = planErasure(erasureInput(register), eraseCtx, 'a');
    expect(plan.ok && plan.value.anonymises.some((a) => a.id === 'p-jo')).toBe(false);
    expect(plan.ok && plan.value.sharedDetails).toEqual([]);
  });

  it('deletes a paid claim once its retention period is over', () => {
    const register = buildRegister();
    const plan = planErasure(erasureInput(register, { today: '2033-04-01' }), eraseCtx, 'a');
    expect(plan.ok && plan.value.deletes.some((d) => d.id === 'claim-paid')).toBe(true);
    const still = planErasure(erasureInput(register, { today: '2033-03-31' }), eraseCtx, 'a');
    expect(still.ok && still.value.anonymises.some((d) => d.id === 'claim-paid')).toBe(true);
  });
});

describe('retention dates', () => {
  it('finds the end of the financial year a date falls in', () => {
    expect(financialYearEnd('2026-03-31')).toBe('2026-03-31');
    expect(financialYearEnd('2026-04-01')).toBe('2027-03-31');
    expect(financialYearEnd('2026-12-31', { month: 12, day: 31 })).toBe('2026-12-31');
    expect(financialYearEnd('2027-01-01', { month: 12, day: 31 })).toBe('2027-12-31');
  });

  it('keeps finance records six years from the end of the financial year', () => {
    expect(retainUntil('2026-04-10')).toBe('2033-03-31');
    expect(retainUntil('2026-02-10')).toBe('2032-03-31');
    expect(retainUntil('2024-02-10', { month: 2, day: 29 })).toBe('2030-02-28');
  });
});
