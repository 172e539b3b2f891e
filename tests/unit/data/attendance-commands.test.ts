import { describe, expect, it } from 'vitest';
import {
  checkInAtEvent,
  checkInWalkIn,
  emptyWalkInInput,
  inviteToEvent,
  registerForEvent,
  undoCheckInAtEvent,
} from '../../../src-renderer/data/attendance-commands';
import type { TwoFeetDb } from '../../../src-renderer/data/db';
import { createEvent } from '../../../src-renderer/data/event-commands';
import { createTaskforce } from '../../../src-renderer/data/taskforce-commands';
import { emptyEventInput } from '../../../src-renderer/domain/event';
import type { ConsentDecision, ConsentRecord } from '../../../src-renderer/domain/people/consent';
import { emptyPersonInput, personRecord } from '../../../src-renderer/domain/people/person';
import { createdMeta } from '../../../src-renderer/domain/record';
import { emptyTaskforceInput } from '../../../src-renderer/domain/taskforce';
import { ctx, freshDb, snapshot } from './fresh-db';

const ref = { eventId: 'ev-1', personId: 'p-1' };

function contactConsent(id: string, decision: ConsentDecision, at: string): ConsentRecord {
  return {
    ...createdMeta(id, ctx(at)),
    personId: 'p-1',
    purpose: 'contactAboutEvents',
    decision,
    formId: 'form-1',
    formVersion: 1,
    wording: 'Contact me about future events.',
    method: 'paper',
    recordedBy: 'Sam Facilitator',
    at,
  };
}

/** An event and Luke, who has agreed to be contacted about events unless `consent` is false. */
async function seeded(consent = true): Promise<TwoFeetDb> {
  const db = freshDb();
  await createTaskforce(
    db,
    { ...emptyTaskforceInput(), name: 'LGBT & Cancer', theme: 'LGBT' },
    ctx(),
    'tf-1',
  );
  await createEvent(
    db,
    { ...emptyEventInput('tf-1'), title: 'Spring event', date: '2026-12-01', venueName: 'Hall' },
    ctx(),
    'ev-1',
  );
  const input = {
    ...emptyPersonInput(),
    name: 'Łukasz Nowak',
    preferredName: 'Luke',
    email: 'luke@example.org',
    phone: '07700 900123',
  };
  await db.people.add(personRecord(input, createdMeta('p-1', ctx())));
  if (consent) {
    await db.consentRecords.add(contactConsent('c-1', 'granted', '2026-11-01T10:00:00.000Z'));
  }
  return db;
}

describe('invite and register', () => {
  it('invites, then registering moves the invitation on; repeating changes nothing', async () => {
    const db = await seeded();
    const invited = await inviteToEvent(db, ref, ctx(), 'a-1');
    expect(invited.ok && invited.value.changed).toBe(true);
    expect(await db.attendance.get('a-1')).toMatchObject({ ...ref, status: 'invited', version: 1 });

    const before = await snapshot(db);
    const again = await inviteToEvent(db, ref, ctx('2026-11-22T11:00:00.000Z'), 'a-2');
    expect(again.ok && again.value.changed).toBe(false);
    expect(await snapshot(db)).toEqual(before);

    const registered = await registerForEvent(db, ref, ctx('2026-11-22T12:00:00.000Z'), 'a-3');
    expect(registered.ok && registered.value.changed).toBe(true);
    expect(await db.attendance.toArray()).toEqual([
      expect.objectContaining({ id: 'a-1', status: 'registered', version: 2 }),
    ]);
    const registeredSnapshot = await snapshot(db);
    await registerForEvent(db, ref, ctx('2026-11-22T13:00:00.000Z'), 'a-4');
    expect(await snapshot(db)).toEqual(registeredSnapshot);
  });

  it('refuses a person or event that no longer exists, writing nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    expect(await registerForEvent(db, { ...ref, personId: 'gone' }, ctx())).toHaveProperty(
      'conflict',
    );
    expect(await inviteToEvent(db, { ...ref, eventId: 'gone' }, ctx())).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('invitations follow consent to be contacted about events', () => {
  it('refuses to invite someone never asked, writing nothing; registering them still works', async () => {
    const db = await seeded(false);
    const before = await snapshot(db);
    const invited = await inviteToEvent(db, ref, ctx(), 'a-1');
    expect(invited).toEqual({ ok: false, conflict: expect.stringMatching(/not agreed/) });
    expect(await snapshot(db)).toEqual(before);
    const registered = await registerForEvent(db, ref, ctx(), 'a-2');
    expect(registered.ok).toBe(true);
    expect(await db.attendance.get('a-2')).toMatchObject({ status: 'registered' });
  });

  it('refuses once they have withdrawn the consent they gave', async () => {
    const db = await seeded();
    await db.consentRecords.add(contactConsent('c-2', 'withdrawn', '2026-11-10T10:00:00.000Z'));
    const before = await snapshot(db);
    expect(await inviteToEvent(db, ref, ctx(), 'a-1')).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('invites again after consent is given anew', async () => {
    const db = await seeded();
    await db.consentRecords.bulkAdd([
      contactConsent('c-2', 'withdrawn', '2026-11-10T10:00:00.000Z'),
      contactConsent('c-3', 'granted', '2026-11-15T10:00:00.000Z'),
    ]);
    const invited = await inviteToEvent(db, ref, ctx(), 'a-1');
    expect(invited.ok && invited.value.changed).toBe(true);
  });
});

describe('check-in', () => {
  it('checks a registered person in; a second check-in writes nothing and keeps the first time', async () => {
    const db = await seeded();
    await registerForEvent(db, ref, ctx(), 'a-1');
    const first = await checkInAtEvent(db, ref, ctx('2026-12-01T10:42:00.000Z', 'Door'), 'a-2');
    expect(first.ok && first.value.attendance).toMatchObject({
      id: 'a-1',
      status: 'checked-in',
      walkIn: false,
      checkedInAt: '2026-12-01T10:42:00.000Z',
      checkedInBy: 'Door',
    });
    const before = await snapshot(db);
    const second = await checkInAtEvent(db, ref, ctx('2026-12-01T10:50:00.000Z'), 'a-3');
    expect(second.ok && second.value.changed).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('checks in someone not on the list as a walk-in', async () => {
    const db = await seeded();
    await checkInAtEvent(db, ref, ctx(), 'a-1');
    expect(await db.attendance.get('a-1')).toMatchObject({ status: 'checked-in', walkIn: true });
  });

  it('undo puts an invited person back to invited, and undoing twice changes nothing', async () => {
    const db = await seeded();
    await inviteToEvent(db, ref, ctx(), 'a-1');
    await checkInAtEvent(db, ref, ctx('2026-12-01T10:42:00.000Z'));
    const undone = await undoCheckInAtEvent(db, ref, ctx('2026-12-01T10:43:00.000Z'));
    expect(undone.ok && undone.value?.changed).toBe(true);
    const stored = await db.attendance.get('a-1');
    expect(stored).toMatchObject({ status: 'invited', version: 3 });
    expect(stored).not.toHaveProperty('checkedInAt');
    const before = await snapshot(db);
    await undoCheckInAtEvent(db, ref, ctx('2026-12-01T10:44:00.000Z'));
    expect(await snapshot(db)).toEqual(before);
  });

  it('updates the record that counts when merged devices left two for one person', async () => {
    const db = await seeded();
    await inviteToEvent(db, ref, ctx('2026-11-20T10:00:00.000Z'), 'old');
    await db.attendance.add({
      ...createdMeta('newer', ctx('2026-11-21T10:00:00.000Z')),
      ...ref,
      status: 'registered',
      walkIn: false,
    });
    await checkInAtEvent(db, ref, ctx('2026-12-01T10:00:00.000Z'));
    expect(await db.attendance.get('newer')).toMatchObject({ status: 'checked-in' });
    expect(await db.attendance.get('old')).toMatchObject({ status: 'invited', version: 1 });
  });
});

describe('walk-in', () => {
  const walkIn = { ...emptyWalkInInput(), name: ' Nguyễn  Văn An ', pronouns: 'he/him' };

  it('adds the person and checks them in as a walk-in together', async () => {
    const db = await seeded();
    const result = await checkInWalkIn(db, 'ev-1', walkIn, ctx('2026-12-01T11:00:00.000Z'), {
      personId: 'p-new',
      attendanceId: 'a-new',
    });
    expect(result.ok).toBe(true);
    expect(await db.people.get('p-new')).toMatchObject({
      name: 'Nguyễn Văn An',
      pronouns: 'he/him',
      words: expect.arrayContaining(['nguyễn', 'an']),
      version: 1,
    });
    expect(await db.attendance.get('a-new')).toMatchObject({
      eventId: 'ev-1',
      personId: 'p-new',
      status: 'checked-in',
      walkIn: true,
      checkedInAt: '2026-12-01T11:00:00.000Z',
    });
  });

  it('shows field errors from the domain and writes nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await checkInWalkIn(
      db,
      'ev-1',
      { ...walkIn, name: '', email: 'not-an-email', phone: 'call me' },
      ctx(),
    );
    expect(result.ok).toBe(false);
    if (result.ok || !('errors' in result)) throw new Error('expected field errors');
    expect(result.errors.name).toBe('Enter their name.');
    expect(result.errors.email).toBeTruthy();
    expect(result.errors.phone).toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });

  it('does not add someone already in the register with the same email', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await checkInWalkIn(db, 'ev-1', { ...walkIn, email: 'LUKE@example.org' }, ctx());
    if (result.ok || !('errors' in result)) throw new Error('expected field errors');
    expect(result.errors.email).toMatch(/^Luke is already in the register/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves nothing behind when a write in the transaction fails', async () => {
    const db = await seeded();
    await inviteToEvent(db, ref, ctx(), 'taken');
    const before = await snapshot(db);
    // The attendance id is already used, so its add fails after the person was added.
    await expect(
      checkInWalkIn(db, 'ev-1', walkIn, ctx(), { personId: 'p-new', attendanceId: 'taken' }),
    ).rejects.toThrow();
    expect(await db.people.get('p-new')).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a walk-in for an event that no longer exists', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    expect(await checkInWalkIn(db, 'gone', walkIn, ctx())).toHaveProperty('conflict');
    expect(await snapshot(db)).toEqual(before);
  });
});
