import type { ConsentRecord } from './consent';
import { allowsSharing, consentRecordsByPerson } from './consent';
import { compareIds } from './instants';
import type { Person } from './person';
import { displayName } from './person';

/**
 * The "keep in touch" list members take home. It holds only people whose current consent allows
 * their contact details to be shared, and only the details that consent names (name, email,
 * phone) — never pronouns, an address, access needs or anything else on the record.
 */
export interface KeepInTouchEntry {
  personId: string;
  name: string;
  preferredName: string;
  email: string;
  phone: string;
}

export function keepInTouchList(
  people: readonly Person[],
  consentRecords: readonly ConsentRecord[],
): KeepInTouchEntry[] {
  const byPerson = consentRecordsByPerson(consentRecords);
  return people
    .filter((person) => allowsSharing(byPerson.get(person.id) ?? []))
    .map((person) => ({
      personId: person.id,
      name: person.name,
      preferredName: displayName(person) === person.name ? '' : person.preferredName,
      email: person.email,
      phone: person.phone,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || compareIds(a.personId, b.personId));
}
