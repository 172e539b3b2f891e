import { describe, expect, it } from 'vitest';
import {
  createForm,
  recordConsent,
  reviseConsentForm,
  withdrawConsent,
} from '../../../src-renderer/data/consent-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { defaultFormInput } from '../../../src-renderer/domain/people/consent-form';
import type { ConsentFormVersion } from '../../../src-renderer/domain/people/consent-form';
import { CONSENT_PURPOSES } from '../../../src-renderer/domain/people/consent-purposes';
import { currentConsent } from '../../../src-renderer/domain/people/consent';
import { emptyAccessNeeds } from '../../../src-renderer/domain/people/person';
import { createdMeta } from '../../../src-renderer/domain/record';
import { consent, makePerson } from '../domain/people/fixtures';
import { ctx, freshDb, snapshot } from './fresh-db';

const PERSON_ID = 'p-sam';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

async function withForm(db: TwoFeetDb): Promise<ConsentFormVersion> {
  const created = await createForm(db, defaultFormInput('Consent', CONSENT_PURPOSES), ctx());
  if (!created.ok) throw new Error('form not created');
  return created.value;
}

async function seedPerson(db: TwoFeetDb) {
  const person = makePerson(PERSON_ID, {
    name: 'Sam Lee',
    email: 'sam@example.org',
    phone: '07700 900123',
    access: { ...emptyAccessNeeds(), stepFree: true },
    carerOrCompanion: { comes: true, notes: 'Support worker' },
    emergencyContact: { name: 'Jo Lee', phone: '07700 900456', relationship: 'Sister' },
  });
  await db.people.add(person);
  return person;
}

describe('consent form commands', () => {
  it('creates version 1 and revises it into version 2, leaving version 1 as it was', async () => {
    const db = freshDb();
    const v1 = await withForm(db);
    expect(v1.formVersion).toBe(1);
    const statements = v1.statements.map((s) =>
      s.purpose === 'photosAndRecordings' ? { ...s, wording: 'Photos may be taken.' } : s,
    );
    const v2 = await reviseConsentForm(
      db,
      v1.id,
      { title: v1.title, statements },
      ctx('2026-11-23T10:00:00.000Z'),
    );
    expect(v2.ok && v2.value.formVersion).toBe(2);
    expect(await db.consentForms.get(v1.id)).toEqual(v1);
    expect(await db.consentForms.count()).toBe(2);
    const actions = (await db.auditLog.toArray()).map((a) => a.action).sort();
    expect(actions).toEqual(['consent-form-created', 'consent-form-revised']);
  });

  it('refuses a revision that changes nothing, or explicit consent that does not name its kind', async () => {
    const db = freshDb();
    const v1 = await withForm(db);
    const before = await snapshot(db);
    const same = await reviseConsentForm(db, v1.id, v1, ctx());
    expect(same).toEqual({ ok: false, errors: { statements: expect.stringMatching(/Nothing/) } });
    const vague = v1.statements.map((s) =>
      s.purpose === 'ethnicity' ? { ...s, wording: 'I agree to tell you about myself.' } : s,
    );
    const refused = await reviseConsentForm(
      db,
      v1.id,
      { title: v1.title, statements: vague },
      ctx(),
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && 'errors' in refused && refused.errors['statement.ethnicity']).toMatch(
      /mention ethnicity/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to revise a version that is no longer the latest', async () => {
    const db = freshDb();
    const v1 = await withForm(db);
    const changed = (text: string) =>
      v1.statements.map((s) => (s.purpose === 'anonymousQuotes' ? { ...s, wording: text } : s));
    await reviseConsentForm(db, v1.id, { title: v1.title, statements: changed('A') }, ctx());
    const stale = await reviseConsentForm(
      db,
      v1.id,
      { title: v1.title, statements: changed('B') },
      ctx(),
    );
    expect(stale).toHaveProperty('conflict');
    expect(await db.consentForms.count()).toBe(2);
  });
});

describe('recording consent', () => {
  it('appends records with the exact wording and never changes existing ones', async () => {
    const db = freshDb();
    const form = await withForm(db);
    await seedPerson(db);
    const earlier = consent('keepDetails', 'granted', '2026-01-01T10:00:00.000Z', {
      id: 'c-old',
      personId: PERSON_ID,
    });
    await db.consentRecords.add(earlier);
    const result = await recordConsent(
      db,
      {
        personId: PERSON_ID,
        form,
        answers: { keepDetails: 'refused', photosAndRecordings: 'granted', health: 'not-asked' },
        method: 'paper',
        at: '2026-11-20T09:00:00.000Z',
      },
      ctx(),
      counter('id'),
    );
    expect(result.ok).toBe(true);
    const records = await db.consentRecords.orderBy('id').toArray();
    expect(records).toHaveLength(3);
    expect(records.find((r) => r.id === 'c-old')).toEqual(earlier);
    const photos = records.find((r) => r.purpose === 'photosAndRecordings');
    expect(photos).toMatchObject({
      decision: 'granted',
      formVersion: 1,
      method: 'paper',
      recordedBy: 'Sam Facilitator',
      at: '2026-11-20T09:00:00.000Z',
      wording: form.statements.find((s) => s.purpose === 'photosAndRecordings')?.wording,
    });
    expect(records.some((r) => r.purpose === 'health')).toBe(false);
    const audit = await db.auditLog.toArray();
    // "No" to keeping their details: the emergency contact (and, without health consent, the
    // access needs and carer details) go in the same transaction.
    expect(audit.map((a) => a.summary)).toEqual([
      'Created consent form version 1.',
      'Recorded consent (2 purposes). Removed details it no longer covers.',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Sam Lee|sam@example|07700/);
    expect((await db.people.get(PERSON_ID))?.emergencyContact).toEqual({
      name: '',
      phone: '',
      relationship: '',
    });
  });

  it('a "No" to health data given earlier removes access needs and health answers', async () => {
    const db = freshDb();
    const form = await withForm(db);
    await seedPerson(db);
    await db.consentRecords.bulkAdd([
      consent('keepDetails', 'granted', '2026-01-01T10:00:00.000Z', {
        id: 'c-keep',
        personId: PERSON_ID,
      }),
      consent('health', 'granted', '2026-01-01T10:00:00.000Z', {
        id: 'c-health',
        personId: PERSON_ID,
      }),
    ]);
    await db.equalityResponses.add({
      ...createdMeta('eq-1', ctx()),
      personId: PERSON_ID,
      answers: { age: '35-to-44', disability: 'yes' },
      givenAt: ctx().now,
    });
    const result = await recordConsent(
      db,
      {
        personId: PERSON_ID,
        form,
        answers: { health: 'refused' },
        method: 'verbal',
        at: '2026-11-22T09:00:00.000Z',
      },
      ctx(),
    );
    expect(result.ok && result.value.removedDetails).toEqual([
      'access needs',
      'carer or companion details',
    ]);
    expect(result.ok && result.value.removedAnswers).toBe(1);
    const person = await db.people.get(PERSON_ID);
    expect(person?.access).toEqual(emptyAccessNeeds());
    expect(person?.carerOrCompanion).toEqual({ comes: false, notes: '' });
    expect(person?.emergencyContact.name).toBe('Jo Lee');
    expect((await db.equalityResponses.get('eq-1'))?.answers).toEqual({ age: '35-to-44' });
    // Withdrawing is now refused (nothing is given), but nothing was left behind to clean up.
    const records = await db.consentRecords.where('personId').equals(PERSON_ID).toArray();
    expect(currentConsent(records, 'health').status).toBe('refused');
  });

  it('checks the answers against the stored form version, not the copy it was given', async () => {
    const db = freshDb();
    const form = await withForm(db);
    await seedPerson(db);
    const stored = form.statements.find((s) => s.purpose === 'keepDetails')?.wording;
    const doctored = {
      ...form,
      statements: form.statements.map((s) =>
        s.purpose === 'keepDetails' ? { ...s, wording: 'Something else entirely.' } : s,
      ),
    };
    const result = await recordConsent(
      db,
      {
        personId: PERSON_ID,
        form: doctored,
        answers: { keepDetails: 'granted' },
        method: 'verbal',
        at: ctx().now,
      },
      ctx(),
    );
    expect(result.ok && result.value.records.map((r) => r.wording)).toEqual([stored]);

    const before = await snapshot(db);
    const missing = await recordConsent(
      db,
      {
        personId: PERSON_ID,
        form: { ...form, id: 'no-such-form' },
        answers: { keepDetails: 'granted' },
        method: 'verbal',
        at: ctx().now,
      },
      ctx(),
    );
    expect(missing).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when no statement was answered or no method chosen', async () => {
    const db = freshDb();
    const form = await withForm(db);
    await seedPerson(db);
    const before = await snapshot(db);
    const none = await recordConsent(
      db,
      { personId: PERSON_ID, form, answers: {}, method: 'verbal', at: ctx().now },
      ctx(),
    );
    expect(none.ok === false && 'errors' in none && none.errors.answers).toBeTruthy();
    const noMethod = await recordConsent(
      db,
      { personId: PERSON_ID, form, answers: { keepDetails: 'granted' }, method: '', at: ctx().now },
      ctx(),
    );
    expect(noMethod.ok === false && 'errors' in noMethod && noMethod.errors.method).toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write in the transaction fails', async () => {
    const db = freshDb();
    const form = await withForm(db);
    await seedPerson(db);
    await db.auditLog.add({ id: 'taken', at: ctx().now, actor: 'x', action: 'x', summary: 'x' });
    const before = await snapshot(db);
    // The records get fresh ids; the audit entry gets an id that already exists, so it fails.
    const ids = ['r-1', 'r-2', 'taken'];
    await expect(
      recordConsent(
        db,
        {
          personId: PERSON_ID,
          form,
          answers: { keepDetails: 'granted', contactAboutEvents: 'granted' },
          method: 'verbal',
          at: ctx().now,
        },
        ctx(),
        () => ids.shift() ?? 'spare',
      ),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('withdrawing consent', () => {
  async function seedWithHealthConsent(db: TwoFeetDb) {
    await seedPerson(db);
    const granted = [
      consent('keepDetails', 'granted', '2026-01-01T10:00:00.000Z', {
        id: 'c-keep',
        personId: PERSON_ID,
      }),
      consent('health', 'granted', '2026-01-01T10:00:00.000Z', {
        id: 'c-health',
        personId: PERSON_ID,
      }),
    ];
    await db.consentRecords.bulkAdd(granted);
    await db.equalityResponses.add({
      ...createdMeta('eq-1', ctx()),
      personId: PERSON_ID,
      answers: { age: '35-to-44', disability: 'yes', pregnancyMaternity: 'prefer-not-to-say' },
      givenAt: ctx().now,
    });
    return granted;
  }

  it('adds a withdrawal record and removes what it no longer covers, in one go', async () => {
    const db = freshDb();
    const granted = await seedWithHealthConsent(db);
    const result = await withdrawConsent(
      db,
      PERSON_ID,
      { purpose: 'health', method: 'verbal', at: '2026-11-22T09:59:00.000Z' },
      ctx(),
    );
    expect(result.ok && result.value.removedDetails).toEqual([
      'access needs',
      'carer or companion details',
    ]);
    expect(result.ok && result.value.removedAnswers).toBe(1);
    const records = await db.consentRecords.toArray();
    expect(records).toHaveLength(3);
    for (const record of granted) expect(await db.consentRecords.get(record.id)).toEqual(record);
    expect(currentConsent(records, 'health').status).toBe('withdrawn');
    const person = await db.people.get(PERSON_ID);
    expect(person?.access).toEqual(emptyAccessNeeds());
    expect(person?.carerOrCompanion).toEqual({ comes: false, notes: '' });
    expect(person?.emergencyContact.name).toBe('Jo Lee');
    expect(person?.version).toBe(2);
    const response = await db.equalityResponses.get('eq-1');
    expect(response?.answers).toEqual({ age: '35-to-44', pregnancyMaternity: 'prefer-not-to-say' });
    const audit = await db.auditLog.toArray();
    expect(audit.map((a) => a.action)).toEqual(['consent-withdrawn']);
    expect(JSON.stringify(audit)).not.toMatch(/Sam Lee|sam@example|07700/);
  });

  it('refuses to withdraw consent that is not currently given, writing nothing', async () => {
    const db = freshDb();
    await seedWithHealthConsent(db);
    const before = await snapshot(db);
    const result = await withdrawConsent(
      db,
      PERSON_ID,
      { purpose: 'photosAndRecordings', method: 'verbal', at: ctx().now },
      ctx(),
    );
    expect(result.ok === false && 'errors' in result && result.errors.purpose).toMatch(
      /no consent to withdraw/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back the withdrawal if removing details fails', async () => {
    const db = freshDb();
    await seedWithHealthConsent(db);
    await db.auditLog.add({ id: 'taken', at: ctx().now, actor: 'x', action: 'x', summary: 'x' });
    const before = await snapshot(db);
    const ids = ['w-1', 'taken'];
    await expect(
      withdrawConsent(
        db,
        PERSON_ID,
        { purpose: 'health', method: 'paper', at: ctx().now },
        ctx(),
        () => ids.shift() ?? 'spare',
      ),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
