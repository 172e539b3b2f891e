import { describe, expect, it } from 'vitest';
import { TwoFeetDb } from '../../../src-renderer/data/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../src-renderer/data/schema';
import { seedAtVersion } from './fresh-db';

const v1Taskforce = {
  id: 'tf-1',
  name: 'LGBT & Cancer',
  theme: 'LGBT communities',
  description: '',
  communities: [],
  startDate: '2026-01-10',
  status: 'active',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  version: 1,
};

const v1Event = {
  id: 'ev-1',
  taskforceId: 'tf-1',
  title: 'Spring Engagement Event',
  date: '2026-04-18',
  startTime: '10:00',
  endTime: '15:00',
  venueName: 'Leeds Community Centre',
  venueAddress: '1 Park Row, Leeds',
  access: { stepFree: true, hearingLoop: false, quietRoom: true, accessibleToilets: true },
  accessNotes: '',
  safeguardingLead: 'Ana',
  counsellorOnDuty: '',
  ladderRung: 'involving',
  notes: '',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  version: 1,
};

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with a date and a reason each', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => {
      expect(schema.version).toBe(index + 1);
      expect(schema.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(schema.why.length).toBeGreaterThan(10);
    });
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.length);
  });
});

describe('upgrade 1 → 2: event word index and tombstones', () => {
  it('backfills search words for existing events and keeps every field', async () => {
    const name = await seedAtVersion(1, { taskforces: [v1Taskforce], events: [v1Event] });
    const db = new TwoFeetDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const event = await db.events.get('ev-1');
    expect(event).toEqual({
      ...v1Event,
      words: ['spring', 'engagement', 'event', 'leeds', 'community', 'centre', '1', 'park', 'row'],
    });
    expect(await db.taskforces.get('tf-1')).toEqual(v1Taskforce);
    expect(await db.events.where('words').startsWith('engag').primaryKeys()).toEqual(['ev-1']);
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });
});

describe('upgrade 2 → 3: people, consent, attendance, equality and audit', () => {
  it('keeps taskforces and events and adds the new, empty tables', async () => {
    const v2Event = { ...v1Event, words: ['spring'] };
    const name = await seedAtVersion(2, { taskforces: [v1Taskforce], events: [v2Event] });
    const db = new TwoFeetDb(name);
    await db.open();
    expect(await db.events.toArray()).toEqual([v2Event]);
    for (const table of [
      db.people,
      db.memberships,
      db.attendance,
      db.consentForms,
      db.consentRecords,
      db.equalityResponses,
      db.auditLog,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    db.close();
  });
});

describe('upgrade 3 → 4: the register in A to Z order', () => {
  const v3Person = (id: string, name: string) => ({
    id,
    name,
    preferredName: '',
    pronouns: '',
    email: '',
    phone: '',
    address: '',
    access: {
      stepFree: false,
      hearingLoop: false,
      largePrint: false,
      easyRead: false,
      interpreterBsl: false,
      interpreterLanguage: '',
      dietary: '',
      other: '',
    },
    carerOrCompanion: { comes: false, notes: '' },
    emergencyContact: { name: '', phone: '', relationship: '' },
    words: name.toLowerCase().split(' '),
    emailKey: '',
    phoneKey: '',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    version: 1,
  });

  it('backfills a sort key for everyone, keeps every field, and orders by it', async () => {
    const people = [
      v3Person('p-1', 'Zara Ahmed'),
      v3Person('p-2', 'Łukasz Nowak'),
      v3Person('p-3', 'amy lowercase'),
      v3Person('p-4', 'Émile Durand'),
      v3Person('p-5', 'Bea Ørsted'),
    ];
    const name = await seedAtVersion(3, { people });
    const db = new TwoFeetDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.people.get('p-2')).toEqual({ ...people[1], sortName: 'lukasz nowak' });
    expect(await db.people.get('p-4')).toMatchObject({ sortName: 'emile durand' });
    const ordered = await db.people.orderBy('sortName').toArray();
    expect(ordered.map((p) => p.name)).toEqual([
      'amy lowercase',
      'Bea Ørsted',
      'Émile Durand',
      'Łukasz Nowak',
      'Zara Ahmed',
    ]);
    // The old index walked code points: lower case and Ł came after Z.
    expect((await db.people.orderBy('name').toArray()).map((p) => p.id)).toEqual([
      'p-5',
      'p-1',
      'p-3',
      'p-4',
      'p-2',
    ]);
    db.close();
  });
});

describe('upgrade 4 → 5: the open-space board', () => {
  it('keeps people and events and adds the six board tables, empty and indexed', async () => {
    const v4Event = { ...v1Event, words: ['spring'] };
    const v4Person = {
      id: 'p-1',
      name: 'Zara Ahmed',
      preferredName: '',
      words: ['zara', 'ahmed'],
      emailKey: '',
      phoneKey: '',
      sortName: 'zara ahmed',
      version: 1,
    };
    const name = await seedAtVersion(4, {
      taskforces: [v1Taskforce],
      events: [v4Event],
      people: [v4Person],
    });
    const db = new TwoFeetDb(name, 5);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.events.toArray()).toEqual([v4Event]);
    expect(await db.people.toArray()).toEqual([v4Person]);
    expect(await db.taskforces.get('tf-1')).toEqual(v1Taskforce);
    expect(await db.people.where('sortName').startsWith('zara').primaryKeys()).toEqual(['p-1']);
    const board = [
      db.boardTopics,
      db.boardSlots,
      db.boardSpaces,
      db.boardCells,
      db.boardMovements,
      db.boardGroupRecords,
    ];
    for (const table of board) expect(await table.count(), table.name).toBe(0);
    // Queried through IndexedDB itself, so a missing index would fail here.
    expect(await db.boardTopics.where('[eventId+status]').equals(['ev-1', 'queued']).count()).toBe(
      0,
    );
    expect(await db.boardMovements.where('[eventId+slotId]').equals(['ev-1', 's-1']).count()).toBe(
      0,
    );
    expect(await db.boardCells.where('topicId').equals('t-1').count()).toBe(0);
    db.close();
  });
});

describe('upgrade 5 → 6: timer, voting, surveys and expenses', () => {
  const v6 = SCHEMA_VERSIONS.find((schema) => schema.version === 6);

  it('keeps the board and people, and adds every new table empty with its indexes', async () => {
    const v5Topic = {
      id: 't-1',
      eventId: 'ev-1',
      title: 'Getting to appointments',
      status: 'queued',
      version: 1,
    };
    const name = await seedAtVersion(5, {
      taskforces: [v1Taskforce],
      events: [{ ...v1Event, words: ['spring'] }],
      boardTopics: [v5Topic],
    });
    const db = new TwoFeetDb(name, 6);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.boardTopics.toArray()).toEqual([v5Topic]);
    expect(await db.taskforces.get('tf-1')).toEqual(v1Taskforce);

    const stores = Object.entries(v6?.stores ?? {});
    expect(stores.length).toBeGreaterThan(10);
    for (const [tableName, spec] of stores) {
      const table = db.table(tableName);
      expect(await table.count(), tableName).toBe(0);
      // Every declared index answers a query through IndexedDB itself: a missing one throws.
      const indexes = (spec ?? '').split(',').slice(1);
      for (const raw of indexes) {
        const index = raw.trim().replace(/^[&*]/, '');
        const key = index.startsWith('[')
          ? index
              .slice(1, -1)
              .split('+')
              .map(() => 'x')
          : 'x';
        expect(await table.where(index).equals(key).count(), `${tableName}.${index}`).toBe(0);
      }
    }
    db.close();
  });
});
