import type { ConsentRecord } from '../people/consent';
import { allowsSharing, consentRecordsByPerson } from '../people/consent';
import type { Person } from '../people/person';
import { displayName } from '../people/person';

/** Names for a report: only people who agreed to be shared with members; the rest counted. */
export interface NamedAndCounted {
  /** A to Z. */
  names: string[];
  /** People who did not agree to be named (or are no longer on the register). */
  others: number;
}

const BY_NAME = new Intl.Collator('en-GB');

export function namesWithConsent(
  personIds: readonly string[],
  people: readonly Person[],
  consent: readonly ConsentRecord[],
): NamedAndCounted {
  const byId = new Map(people.map((p) => [p.id, p]));
  const records = consentRecordsByPerson(consent);
  const names: string[] = [];
  let others = 0;
  for (const id of new Set(personIds)) {
    const person = byId.get(id);
    if (person && allowsSharing(records.get(id) ?? [])) names.push(displayName(person));
    else others += 1;
  }
  return { names: names.sort((a, b) => BY_NAME.compare(a, b)), others };
}

/** How a person is named in a report: their name with consent, otherwise "a participant". */
export function nameOrParticipant(
  personId: string,
  people: readonly Person[],
  consent: readonly ConsentRecord[],
): string {
  const [name] = namesWithConsent([personId], people, consent).names;
  return name ?? 'A participant';
}
