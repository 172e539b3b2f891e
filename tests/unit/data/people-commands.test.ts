import { describe, expect, it } from 'vitest';
import {
  createPerson,
  findDuplicatesOf,
  personInputOf,
  updatePerson,
} from '../../../src-renderer/data/people-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import type { ConsentPurpose } from '../../../src-renderer/domain/people/consent-purposes';
import type { ConsentDecision } from '../../../src-renderer/domain/people/consent';
import { type PersonInput, emptyPersonInput } from '../../../src-renderer/domain/people/person';
import { ctx, freshDb, snapshot } from './fresh-db';

const sam: PersonInput = {
  ...emptyPersonInput(),
  name: '  Sam   Lee ',
  preferredName: 'Sam',
  email: 'Sam.Lee@Example.org',
  phone: '07700 900123',
};

async function giveConsent(
  db: TwoFeetDb,
  personId: string,
  purpose: ConsentPurpose,
  decision: ConsentDecision = 'granted',
  at = '2026-11-22T09:00:00.000Z',
) {
  await db.consentRecords.add({
    id: `${personId}-${purpose}-${decision}-${at}`,
    personId,
    purpose,
    decision,
    formId: 'form-1',
    formVersion: 1,
    wording: 'I agree.',
    method: 'on-screen',
    recordedBy: 'Sam Facilitator',
    at,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

describe('createPerson', () => {
  it('stores the tidied person with search words, duplicate keys and version 1', async () => {
    const db = freshDb();
    const result = await createPerson(db, sam, ctx(), 'p-1');
    expect(result.ok).toBe(true);
    const stored = await db.people.get('p-1');
    expect(stored).toMatchObject({
      id: 'p-1',
      name: 'Sam Lee',
      email: 'Sam.Lee@Example.org',
      emailKey: 'sam.lee@example.org',
      phoneKey: '+447700900123',
      version: 1,
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(stored?.words).toEqual(expect.arrayContaining(['sam', 'lee', '07700900123']));
  });

  it('writes nothing when the input is invalid, and reports every field', async () => {
    const db = freshDb();
    const result = await createPerson(
      db,
      { ...sam, name: ' ', email: 'not-an-email', phone: '12' },
      ctx(),
    );
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('errors.name', 'Enter their name.');
    expect(result).toHaveProperty('errors.email');
    expect(result).toHaveProperty('errors.phone');
    expect(await db.people.count()).toBe(0);
  });

  it('refuses access needs, a carer and an emergency contact without consent', async () => {
    const db = freshDb();
    const result = await createPerson(
      db,
      {
        ...sam,
        access: { ...sam.access, stepFree: true },
        carerOrCompanion: { comes: true, notes: '' },
        emergencyContact: { name: 'Jo Lee', phone: '07700 900456', relationship: 'Sister' },
      },
      ctx(),
    );
    expect(result.ok).toBe(false);
    if (result.ok || !('errors' in result)) return;
    expect(result.errors.access).toMatch(/explicit consent for health data/);
    expect(result.errors.carerOrCompanion).toMatch(/explicit consent for health data/);
    expect(result.errors.emergencyContact).toMatch(/agrees to their details being kept/);
    expect(await db.people.count()).toBe(0);
  });
});

describe('updatePerson', () => {
  it('saves access needs once health consent is recorded, and bumps the version', async () => {
    const db = freshDb();
    await createPerson(db, sam, ctx(), 'p-1');
    const withNeeds = { ...sam, access: { ...sam.access, hearingLoop: true } };
    const refused = await updatePerson(db, 'p-1', withNeeds, 1, ctx());
    expect(refused).toHaveProperty('errors.access');
    expect((await db.people.get('p-1'))?.access.hearingLoop).toBe(false);

    await giveConsent(db, 'p-1', 'health');
    const saved = await updatePerson(db, 'p-1', withNeeds, 1, ctx('2026-11-22T11:00:00.000Z'));
    expect(saved.ok).toBe(true);
    const stored = await db.people.get('p-1');
    expect(stored?.access.hearingLoop).toBe(true);
    expect(stored?.version).toBe(2);
    expect(stored?.updatedAt).toBe('2026-11-22T11:00:00.000Z');
    expect(stored?.createdAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('refuses health details again after the consent is withdrawn', async () => {
    const db = freshDb();
    await createPerson(db, sam, ctx(), 'p-1');
    await giveConsent(db, 'p-1', 'health');
    await giveConsent(db, 'p-1', 'health', 'withdrawn', '2026-11-22T09:30:00.000Z');
    const result = await updatePerson(
      db,
      'p-1',
      { ...sam, carerOrCompanion: { comes: true, notes: 'Partner' } },
      1,
      ctx(),
    );
    expect(result).toHaveProperty('errors.carerOrCompanion');
  });

  it('refuses a stale edit and one of a person who no longer exists, writing nothing', async () => {
    const db = freshDb();
    await createPerson(db, sam, ctx(), 'p-1');
    expect((await updatePerson(db, 'p-1', { ...sam, pronouns: 'they/them' }, 1, ctx())).ok).toBe(
      true,
    );
    const before = await snapshot(db);
    const stale = await updatePerson(db, 'p-1', { ...sam, name: 'Overwritten' }, 1, ctx());
    expect(stale).toHaveProperty('conflict');
    const missing = await updatePerson(db, 'nobody', sam, 1, ctx());
    expect(missing).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('round-trips the stored person through the form input', async () => {
    const db = freshDb();
    const created = await createPerson(db, sam, ctx(), 'p-1');
    if (!created.ok) throw new Error('not created');
    const input = personInputOf(created.value);
    expect(Object.keys(input).sort()).toEqual(Object.keys(emptyPersonInput()).sort());
    expect(input.name).toBe('Sam Lee');
  });
});

describe('findDuplicatesOf', () => {
  it('finds people with the same email, or the same name and phone, but not themselves', async () => {
    const db = freshDb();
    await createPerson(db, sam, ctx(), 'p-1');
    await createPerson(
      db,
      { ...emptyPersonInput(), name: 'Alex Kay', phone: '+44 7700 900999' },
      ctx(),
      'p-2',
    );
    await createPerson(
      db,
      { ...emptyPersonInput(), name: 'Someone Else', phone: '07700 900999' },
      ctx(),
      'p-3',
    );
    const byEmail = await findDuplicatesOf(db, {
      name: 'S. Lee',
      email: ' sam.lee@example.ORG ',
      phone: '',
    });
    expect(byEmail.map((d) => [d.person.id, d.reason])).toEqual([['p-1', 'email']]);
    const byNamePhone = await findDuplicatesOf(db, {
      name: 'alex  kay',
      email: '',
      phone: '07700900999',
    });
    expect(byNamePhone.map((d) => [d.person.id, d.reason])).toEqual([['p-2', 'name-and-phone']]);
    expect(await findDuplicatesOf(db, sam, 'p-1')).toEqual([]);
  });
});

describe('the register order', () => {
  it('stores a sort key, so the sortName index lists people A to Z whatever their case or accents', async () => {
    const db = freshDb();
    for (const name of [
      'Zara Ahmed',
      'Łukasz Nowak',
      'amy Lowercase',
      'Émile Durand',
      'Ben Cole',
    ]) {
      const result = await createPerson(db, { ...emptyPersonInput(), name }, ctx());
      expect(result.ok).toBe(true);
    }
    const lukasz = await db.people.where('sortName').equals('lukasz nowak').first();
    expect(lukasz?.name).toBe('Łukasz Nowak');
    const ordered = await db.people.orderBy('sortName').toArray();
    expect(ordered.map((p) => p.name)).toEqual([
      'amy Lowercase',
      'Ben Cole',
      'Émile Durand',
      'Łukasz Nowak',
      'Zara Ahmed',
    ]);
  });

  it('keeps the sort key in step with the name when it is edited', async () => {
    const db = freshDb();
    const created = await createPerson(db, { ...emptyPersonInput(), name: 'Ann Lee' }, ctx());
    if (!created.ok) throw new Error('not created');
    await updatePerson(
      db,
      created.value.id,
      { ...emptyPersonInput(), name: 'Øyvind Berg' },
      1,
      ctx(),
    );
    expect((await db.people.get(created.value.id))?.sortName).toBe('oyvind berg');
  });
});
