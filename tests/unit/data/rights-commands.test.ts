import { describe, expect, it } from 'vitest';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { createForm } from '../../../src-renderer/data/consent-commands';
import {
  erasePerson,
  recordSubjectAccess,
  subjectAccessBundle,
} from '../../../src-renderer/data/rights-commands';
import type { Attendance } from '../../../src-renderer/domain/people/attendance';
import { defaultFormInput } from '../../../src-renderer/domain/people/consent-form';
import { CONSENT_PURPOSES } from '../../../src-renderer/domain/people/consent-purposes';
import { ERASED_TEXT } from '../../../src-renderer/domain/people/erasure';
import { consent, makePerson } from '../domain/people/fixtures';
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

describe('erasing someone who also used the app', () => {
  const MAY = 'p-7f3c91';
  const mayCtx = ctx('2026-06-01T10:00:00.000Z', 'May');

  /** May (a one-word name, which is also an ordinary word) recorded and checked in Ola. */
  async function seededWithMay() {
    const db = freshDb();
    await db.people.bulkAdd([
      makePerson(MAY, { name: 'May', email: 'may@example.org', phone: '07700 900777' }),
      makePerson('p-ola', { name: 'Ola Ade', email: 'ola@example.org' }),
    ]);
    const input = defaultFormInput('Consent', CONSENT_PURPOSES);
    const wording = 'We may take photos at events. You may say no at any time.';
    const created = await createForm(
      db,
      {
        ...input,
        statements: input.statements.map((s) =>
          s.purpose === 'photosAndRecordings' ? { ...s, wording } : s,
        ),
      },
      mayCtx,
    );
    if (!created.ok) throw new Error('form not created');
    await db.consentRecords.add({
      ...consent('keepDetails', 'granted', mayCtx.now, { id: 'c-ola', personId: 'p-ola' }),
      recordedBy: 'May',
    });
    const attendance: Attendance = {
      id: 'a-ola',
      createdAt: mayCtx.now,
      updatedAt: mayCtx.now,
      version: 1,
      eventId: 'ev-1',
      personId: 'p-ola',
      status: 'checked-in',
      walkIn: false,
      checkedInAt: mayCtx.now,
      checkedInBy: 'May',
    };
    await db.attendance.add(attendance);
    return { db, form: created.value, wording };
  }

  it('anonymises who recorded and checked in others, and never changes form wording', async () => {
    const { db, form, wording } = await seededWithMay();
    const result = await erasePerson(db, MAY, {}, ctx());
    expect(result.ok).toBe(true);
    const after = await snapshot(db);
    const may = { name: 'May', email: 'may@example.org', phone: '07700 900777' };
    // The only "May" left is the ordinary word in the form's wording.
    const findings = findPersonalData(after, may);
    expect(findings.map((f) => f.table)).toEqual(['consentForms']);
    expect(findings.every((f) => f.path.endsWith('.wording'))).toBe(true);
    const { consentForms, ...rest } = after;
    expect(findPersonalData(rest, may)).toEqual([]);
    expect(consentForms).toEqual([
      { ...form, createdBy: ERASED_TEXT, version: 2, updatedAt: ctx().now },
    ]);
    expect(
      (await db.consentForms.get(form.id))?.statements.find(
        (s) => s.purpose === 'photosAndRecordings',
      )?.wording,
    ).toBe(wording);
    // Ola's own records keep everything but who did it.
    expect(await db.consentRecords.get('c-ola')).toMatchObject({
      personId: 'p-ola',
      recordedBy: ERASED_TEXT,
    });
    expect(await db.attendance.get('a-ola')).toMatchObject({
      personId: 'p-ola',
      checkedInBy: ERASED_TEXT,
    });
    expect((await db.people.get('p-ola'))?.name).toBe('Ola Ade');
  });

  it('replaces a name in a field that holds names only when the whole name matches', async () => {
    const { db } = await seededWithMay();
    await db.attendance.update('a-ola', { checkedInBy: 'May Ellis' });
    await erasePerson(db, MAY, {}, ctx());
    expect((await db.attendance.get('a-ola'))?.checkedInBy).toBe('May Ellis');
  });
});

describe('recording a subject access request', () => {
  it('writes an audit entry about the person, with the date received and no personal data', async () => {
    const { db, register } = await seeded();
    const result = await recordSubjectAccess(
      db,
      SAM_ID,
      { format: 'pdf', receivedOn: '2026-11-01' },
      ctx(),
      () => 'audit-sar',
    );
    expect(result.ok).toBe(true);
    const entry = await db.auditLog.get('audit-sar');
    expect(entry).toEqual({
      id: 'audit-sar',
      at: ctx().now,
      actor: 'Sam Facilitator',
      action: 'subject-access-given',
      summary:
        'Gave a copy of everything held (subject access request), as PDF. Request received on 2026-11-01.',
      subject: { table: 'people', id: SAM_ID },
    });
    expect(findPersonalData({ audit: [entry?.summary] }, samDetails(register))).toEqual([]);
  });

  it('leaves the date out when none was given, and refuses someone not on the register', async () => {
    const { db } = await seeded();
    await recordSubjectAccess(db, SAM_ID, { format: 'json' }, ctx(), () => 'audit-json');
    expect((await db.auditLog.get('audit-json'))?.summary).toBe(
      'Gave a copy of everything held (subject access request), as JSON.',
    );
    const before = await snapshot(db);
    expect(await recordSubjectAccess(db, 'nobody', { format: 'pdf' }, ctx())).toHaveProperty(
      'conflict',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
