import { createClaim } from '../../../../src-renderer/data/expenses/claim-commands';
import type { StoredClaim } from '../../../../src-renderer/data/expenses/records';
import type { TwoFeetDb } from '../../../../src-renderer/data/db';
import { checkIn } from '../../../../src-renderer/domain/people/attendance';
import type { TaskforceEvent } from '../../../../src-renderer/domain/event';
import { emptyEventInput } from '../../../../src-renderer/domain/event';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { makePerson } from '../../domain/people/fixtures';
import { ctx } from '../fresh-db';

export const EVENT_ID = 'e-1';
export const EVENT_DATE = '2026-11-20';

export function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A PNG's first bytes: enough for the receipt check to know it is a photo. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** An event on EVENT_DATE, Sam (checked in) and Jo (not). */
export async function seedEvent(db: TwoFeetDb): Promise<void> {
  const event: TaskforceEvent = {
    ...emptyEventInput('t-1'),
    ...createdMeta(EVENT_ID, ctx()),
    title: 'Spring gathering',
    date: EVENT_DATE,
    words: ['spring', 'gathering'],
  };
  await db.events.add(event);
  await db.people.bulkAdd([
    makePerson('p-sam', { name: 'Sam Lee' }),
    makePerson('p-jo', { name: 'Jo Khan' }),
  ]);
  await db.attendance.add(
    checkIn(undefined, { eventId: EVENT_ID, personId: 'p-sam' }, 'a-sam', ctx()).attendance,
  );
}

export async function draftFor(
  db: TwoFeetDb,
  claimantId = 'p-sam',
  ids = counter('c'),
): Promise<StoredClaim> {
  const made = await createClaim(
    db,
    {
      claimantId,
      claimantRole: 'participant',
      eventId: EVENT_ID,
      costCode: 'HC-1',
      paymentDetailsRef: '',
    },
    ctx(),
    ids,
  );
  if (!made.ok) throw new Error(`claim not created: ${JSON.stringify(made)}`);
  return made.value;
}
