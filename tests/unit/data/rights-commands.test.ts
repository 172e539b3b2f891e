import { describe, expect, it } from 'vitest';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { erasePerson, subjectAccessBundle } from '../../../src-renderer/data/rights-commands';
import { attendanceCounts } from '../../../src-renderer/domain/people/attendance';
import { findPersonalData } from '../../../src-renderer/domain/people/personal-data-search';
import { ALI_ID, SAM_ID, buildRegister } from '../domain/people/register-fixture';
import { ctx, freshDb, snapshot } from './fresh-db';

async function seeded(): Promise<{ db: TwoFeetDb; register: ReturnType<typeof buildRegister> }> {
  const db = freshDb();
  const register = buildRegister();
  await db.people.bulkAdd(register.people);
  await db.memberships.bulkAdd(register.memberships);
  await db.attendance.bulkAdd(register.attendance);
  await db.consentRecords.bulkAdd(register.consentRecords);
  await db.equalityResponses.bulkAdd(register.equalityResponses);
  await db.auditLog.bulkAdd([
    {
      id: 'audit-consent',
      at: '2026-01-01T10:00:00.000Z',
      actor: 'Dana Facilitator',
      action: 'consent-recorded',
      summary: 'Recorded consent (3 purposes).',
      subject: { table: 'people', id: SAM_ID },
    },
    {
      id: 'audit-other',
      at: '2026-01-01T10:00:00.000Z',
      actor: 'Dana Facilitator',
      action: 'consent-recorded',
      summary: 'Recorded consent (1 purpose).',
      subject: { table: 'people', id: ALI_ID },
    },
  ]);
  return { db, register };
}

const samDetails = (register: ReturnType<typeof buildRegister>) => ({
  name: register.sam.name,
  email: register.sam.email,
  phone: register.sam.phone,
  address: register.sam.address,
});

describe('subject access', () => {
  it('gathers the person’s own records and the audit entries about them', async () => {
    const { db } = await seeded();
    const bundle = await subjectAccessBundle(db, SAM_ID, '2026-11-22T16:00:00.000Z');
    expect(bundle?.json.person.id).toBe(SAM_ID);
    expect(bundle?.json.consentRecords).toHaveLength(5);
    expect(bundle?.json.attendance.map((a) => a.id).sort()).toEqual(['a-1', 'a-2']);
    expect(bundle?.json.otherRecords.auditLog?.map((a) => a.id)).toEqual(['audit-consent']);
    expect(bundle?.sections.map((s) => s.heading)).toContain('Consent');
    expect(JSON.stringify(bundle)).not.toContain('Ali Khan');
  });

  it('answers undefined for someone not on the register', async () => {
    const { db } = await seeded();
    expect(await subjectAccessBundle(db, 'nobody', ctx().now)).toBeUndefined();
  });
});

describe('erasing a person', () => {
  it('leaves none of their details in any table, in one transaction with an audit entry', async () => {
    const { db, register } = await seeded();
    const countsBefore = attendanceCounts(register.attendance, 'ev-1');
    const result = await erasePerson(db, SAM_ID, { requestReference: 'ERASE-1' }, ctx());
    expect(result.ok).toBe(true);
    const after = await snapshot(db);
    expect(findPersonalData(after, samDetails(register))).toEqual([]);
    // The id survives only where a deletion must be remembered: the tombstones.
    const withId = findPersonalData(after, { id: SAM_ID, name: '' }).map((f) => f.table);
    expect(new Set(withId)).toEqual(new Set(['tombstones']));
    expect(await db.people.get(SAM_ID)).toBeUndefined();
    expect(await db.tombstones.get(SAM_ID)).toMatchObject({ table: 'people' });
    expect(await db.consentRecords.where('personId').equals(SAM_ID).count()).toBe(0);
    // Attendance is anonymised, so the event still counts who came.
    expect(attendanceCounts(await db.attendance.toArray(), 'ev-1')).toEqual(countsBefore);
    expect(await db.attendance.get('a-1')).toMatchObject({ personId: 'erased-a-1' });
  });

  it('writes an audit entry with counts and no personal data', async () => {
    const { db, register } = await seeded();
    await erasePerson(db, SAM_ID, {}, ctx());
    const entry = (await db.auditLog.toArray()).find((a) => a.action === 'person-erased');
    expect(entry?.summary).toMatch(/^Erased a person: deleted \d+ records, anonymised \d+\.$/);
    expect(findPersonalData({ audit: [entry] }, { ...samDetails(register), id: SAM_ID })).toEqual(
      [],
    );
    // Other people's records are left alone.
    expect(await db.auditLog.get('audit-other')).toMatchObject({
      subject: { table: 'people', id: ALI_ID },
    });
    expect((await db.people.get(ALI_ID))?.name).toBe('Ali Khan');
  });

  it('refuses a request reference that names the person, writing nothing', async () => {
    const { db } = await seeded();
    const before = await snapshot(db);
    const result = await erasePerson(db, SAM_ID, { requestReference: 'Sam Lee request' }, ctx());
    expect(result.ok === false && 'errors' in result && result.errors.requestReference).toMatch(
      /must not contain/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing if a write fails part of the way', async () => {
    const { db } = await seeded();
    await db.auditLog.add({ id: 'taken', at: ctx().now, actor: 'x', action: 'x', summary: 'x' });
    const before = await snapshot(db);
    await expect(erasePerson(db, SAM_ID, {}, ctx(), () => 'taken')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
