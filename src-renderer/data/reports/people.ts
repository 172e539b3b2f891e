import type { ConsentRecord } from '../../domain/people/consent';
import type { Person } from '../../domain/people/person';
import type { TwoFeetDb } from '../db';

/** The people a report may name and their consent records, for the naming rule to decide. */
export async function peopleWithConsent(
  db: TwoFeetDb,
  personIds: Iterable<string>,
): Promise<{ people: Person[]; consent: ConsentRecord[] }> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return { people: [], consent: [] };
  const [found, consent] = await Promise.all([
    db.people.bulkGet(ids),
    db.consentRecords.where('personId').anyOf(ids).toArray(),
  ]);
  return { people: found.flatMap((p) => (p ? [p] : [])), consent };
}
