import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { TwoFeetDb } from '../../src-renderer/data/db';
import { validateEvent } from '../../src-renderer/domain/event';
import { validateTaskforce } from '../../src-renderer/domain/taskforce';
import { searchWords } from '../../src-renderer/domain/text';
import { BENCH_TODAY } from '../../tools/bench/data/calendar';
import {
  FULL_SIZES,
  generateDataset,
  storedTables,
  summarise,
} from '../../tools/bench/data/dataset';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the benchmark dataset', () => {
  const dataset = generateDataset();

  // Generating and fingerprinting the whole dataset takes seconds, more on a busy machine.
  const SLOW = 120_000;
  // Every group's fingerprint covers all its rows (receipt bytes too): equal summaries, equal data.
  const same = (a: typeof dataset, b: typeof dataset) =>
    expect(summarise(a, 'x')).toEqual(summarise(b, 'x'));

  it(
    'is the same on every run, without Math.random',
    () => {
      const random = vi.spyOn(Math, 'random');
      same(generateDataset(), dataset);
      expect(random).not.toHaveBeenCalled();
      expect(summarise(generateDataset('another seed'), 'x')).not.toEqual(summarise(dataset, 'x'));
    },
    SLOW,
  );

  it('has not changed: results are only comparable on the same dataset', { timeout: SLOW }, () => {
    // If you changed the generator on purpose, update these fingerprints, and say in the
    // change that bench results from before it are not comparable with those after.
    const summary = summarise(dataset, 'default');
    // Taskforces and events: the same since before people were added.
    expect(summary.fingerprint).toBe('168109e6fa5a8f8a');
    // People and their CSV (tests/bench/people.test.ts checks them). The records are made by
    // the app's personRecord(), so this also changes when the app derives something new from a
    // person (it did when sortName was added): the stored rows, and so the results, differ.
    expect(summary.people.fingerprint).toBe('658404e276da0283');
  });

  it(
    'has the sizes the issues ask for, with past, today and upcoming events',
    { timeout: SLOW },
    () => {
      expect(dataset.taskforces).toHaveLength(FULL_SIZES.taskforces);
      expect(dataset.events).toHaveLength(FULL_SIZES.events);
      const { events } = summarise(dataset, 'default');
      expect(events.past).toBeGreaterThan(100);
      expect(events.upcoming).toBeGreaterThan(30);
      expect(events.today).toBeGreaterThan(0);
      for (const taskforce of dataset.taskforces) {
        expect(dataset.events.some((e) => e.taskforceId === taskforce.id)).toBe(true);
      }
    },
  );

  it('gives each table group its own random stream', { timeout: SLOW }, () => {
    // The later groups small: only the streams of taskforces, events and people are compared.
    const small = {
      ...FULL_SIZES,
      attendanceAndMovements: 200,
      rounds: 10,
      surveyResponses: 100,
      claims: 10,
      receipts: 10,
    };
    const moreEvents = generateDataset(undefined, { ...small, events: 400, people: 10 });
    expect(moreEvents.taskforces).toEqual(dataset.taskforces);
    expect(moreEvents.people).toEqual(dataset.people.slice(0, 10));
    const fewerPeople = generateDataset(undefined, { ...small, people: 10 });
    expect(fewerPeople.taskforces).toEqual(dataset.taskforces);
    expect(fewerPeople.events).toEqual(dataset.events);
  });

  it('holds taskforces as the app stores them: valid input, unique names and ids', () => {
    const ids = new Set<string>();
    for (const taskforce of dataset.taskforces) {
      const { id, createdAt, updatedAt, version, ...input } = taskforce;
      expect(validateTaskforce(input)).toEqual({ ok: true, value: input });
      expect(id).toMatch(UUID_V4);
      ids.add(id);
      expect(updatedAt >= createdAt).toBe(true);
      expect(createdAt.slice(0, 10) <= BENCH_TODAY).toBe(true);
      expect(version).toBeGreaterThanOrEqual(1);
    }
    expect(ids.size).toBe(dataset.taskforces.length);
    expect(new Set(dataset.taskforces.map((t) => t.name)).size).toBe(dataset.taskforces.length);
  });

  it('holds events as the app stores them: valid input and their search words', () => {
    const taskforceIds = new Set(dataset.taskforces.map((t) => t.id));
    const ids = new Set<string>();
    for (const event of dataset.events) {
      const { id, createdAt, updatedAt, version, words, ...input } = event;
      expect(validateEvent(input)).toEqual({ ok: true, value: input });
      expect(words).toEqual(searchWords(event.title, event.venueName, event.venueAddress));
      expect(taskforceIds.has(event.taskforceId)).toBe(true);
      expect(id).toMatch(UUID_V4);
      ids.add(id);
      expect(updatedAt >= createdAt).toBe(true);
      expect(createdAt.slice(0, 10) <= BENCH_TODAY).toBe(true);
      expect(version).toBeGreaterThanOrEqual(1);
    }
    expect(ids.size).toBe(dataset.events.length);
  });

  it('writes through TwoFeetDb in one transaction and reads back unchanged', async () => {
    const db = new TwoFeetDb(`bench-${Math.floor(performance.now())}`);
    const tables = Object.entries(storedTables(dataset));
    await db.transaction(
      'rw',
      tables.map(([name]) => name),
      () => Promise.all(tables.map(([name, rows]) => db.table(name).bulkPut(rows))),
    );
    expect(await db.taskforces.orderBy('id').toArray()).toEqual(
      [...dataset.taskforces].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.events.count()).toBe(dataset.events.length);
    const inLeeds = dataset.events.filter((e) => e.words.includes('leeds')).length;
    expect(inLeeds).toBeGreaterThan(0);
    expect(await db.events.where('words').equals('leeds').count()).toBe(inLeeds);
    db.close();
  });
});
