import { describe, expect, it } from 'vitest';
import {
  removeEqualityResponses,
  saveEqualityResponse,
} from '../../../src-renderer/data/equality-commands';
import { answerState } from '../../../src-renderer/domain/people/equality';
import { consent, makePerson } from '../domain/people/fixtures';
import { ctx, freshDb, snapshot } from './fresh-db';

const PERSON_ID = 'p-ali';

async function seeded() {
  const db = freshDb();
  await db.people.add(makePerson(PERSON_ID, { name: 'Ali Khan', email: 'ali@example.org' }));
  return db;
}

describe('equality monitoring commands', () => {
  it('keeps "Prefer not to say" apart from a question left unanswered', async () => {
    const db = await seeded();
    const result = await saveEqualityResponse(
      db,
      {
        personId: PERSON_ID,
        answers: { age: '25-to-34', ethnicity: 'prefer-not-to-say' },
        givenAt: ctx().now,
      },
      undefined,
      ctx(),
    );
    expect(result.ok).toBe(true);
    const [stored] = await db.equalityResponses.toArray();
    expect(stored?.answers).toEqual({ age: '25-to-34', ethnicity: 'prefer-not-to-say' });
    expect(answerState(stored, 'ethnicity').kind).toBe('prefer-not-to-say');
    expect(answerState(stored, 'religion').kind).toBe('not-answered');
    expect((await db.auditLog.toArray()).map((a) => a.summary)).toEqual([
      'Saved equality monitoring answers.',
    ]);
  });

  it('refuses a special category answer without explicit consent, writing nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await saveEqualityResponse(
      db,
      {
        personId: PERSON_ID,
        answers: { age: '25-to-34', religion: 'buddhist' },
        givenAt: ctx().now,
      },
      undefined,
      ctx(),
    );
    expect(result.ok === false && 'errors' in result && result.errors['answers.religion']).toMatch(
      /explicit consent for religion or belief/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('accepts the answer once consent is given, and updates the one response in place', async () => {
    const db = await seeded();
    await db.consentRecords.add(
      consent('religion', 'granted', '2026-11-01T10:00:00.000Z', { personId: PERSON_ID }),
    );
    const first = await saveEqualityResponse(
      db,
      { personId: PERSON_ID, answers: { religion: 'buddhist' }, givenAt: ctx().now },
      undefined,
      ctx(),
    );
    expect(first.ok).toBe(true);
    const second = await saveEqualityResponse(
      db,
      { personId: PERSON_ID, answers: { religion: 'no-religion' }, givenAt: ctx().now },
      1,
      ctx('2026-11-23T10:00:00.000Z'),
    );
    expect(second.ok && second.value.version).toBe(2);
    expect(await db.equalityResponses.count()).toBe(1);
    const stale = await saveEqualityResponse(
      db,
      { personId: PERSON_ID, answers: { age: 'under-18' }, givenAt: ctx().now },
      1,
      ctx(),
    );
    expect(stale).toHaveProperty('conflict');
  });

  it('removes answers with a tombstone', async () => {
    const db = await seeded();
    await saveEqualityResponse(
      db,
      { personId: PERSON_ID, answers: { sex: 'female' }, givenAt: ctx().now },
      undefined,
      ctx(),
    );
    const removed = await removeEqualityResponses(db, PERSON_ID, ctx());
    expect(removed.ok && removed.value.removed).toBe(1);
    expect(await db.equalityResponses.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.table)).toEqual(['equalityResponses']);
  });
});
