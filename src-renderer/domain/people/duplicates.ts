import { normaliseEmail, normalisePhone } from './contact';

/**
 * The same person entered twice is found by the same email address, or by the same name and
 * phone number together. A name alone is not enough (two people can share one) and nor is a
 * phone alone (a household or a care home may share one).
 */
export type DuplicateReason = 'email' | 'name-and-phone';

export interface DuplicateCandidate {
  id: string;
  name: string;
  email: string;
  phone: string;
}

export interface DuplicateKeys {
  email: string;
  namePhone: string;
}

/** "  José  García " → "jose garcia": case, spacing and accents do not make a new person. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Empty keys ("") mean "nothing to compare" and never match. */
export function duplicateKeys(person: Omit<DuplicateCandidate, 'id'>): DuplicateKeys {
  const email = normaliseEmail(person.email);
  const name = normaliseName(person.name);
  const phone = normalisePhone(person.phone);
  return { email, namePhone: name && phone ? `${name}|${phone}` : '' };
}

export interface DuplicateIndex {
  byEmail: Map<string, string>;
  byNamePhone: Map<string, string>;
}

/** Index people once, then look each new person up in constant time (imports of 5,000 rows). */
export function buildDuplicateIndex(people: readonly DuplicateCandidate[]): DuplicateIndex {
  const index: DuplicateIndex = { byEmail: new Map(), byNamePhone: new Map() };
  for (const person of people) addToIndex(index, person.id, duplicateKeys(person));
  return index;
}

/** The first id indexed under a key stays: later entries are the duplicates of it. */
export function addToIndex(index: DuplicateIndex, id: string, keys: DuplicateKeys): void {
  if (keys.email && !index.byEmail.has(keys.email)) index.byEmail.set(keys.email, id);
  if (keys.namePhone && !index.byNamePhone.has(keys.namePhone)) {
    index.byNamePhone.set(keys.namePhone, id);
  }
}

export interface DuplicateMatch {
  id: string;
  reason: DuplicateReason;
}

export function lookUpDuplicate(
  index: DuplicateIndex,
  keys: DuplicateKeys,
  excludeId?: string,
): DuplicateMatch | undefined {
  const byEmail = keys.email ? index.byEmail.get(keys.email) : undefined;
  if (byEmail !== undefined && byEmail !== excludeId) return { id: byEmail, reason: 'email' };
  const byNamePhone = keys.namePhone ? index.byNamePhone.get(keys.namePhone) : undefined;
  if (byNamePhone !== undefined && byNamePhone !== excludeId) {
    return { id: byNamePhone, reason: 'name-and-phone' };
  }
  return undefined;
}

/**
 * Everyone already on the register who looks like the person being typed in; the person form
 * shows these as a warning ("Is this Sam Lee, already registered?"). Pass the person's own id
 * when editing so they do not match themselves.
 */
export function findPossibleDuplicates(
  person: Omit<DuplicateCandidate, 'id'>,
  people: readonly DuplicateCandidate[],
  excludeId?: string,
): DuplicateMatch[] {
  const keys = duplicateKeys(person);
  const matches: DuplicateMatch[] = [];
  for (const other of people) {
    if (other.id === excludeId) continue;
    const otherKeys = duplicateKeys(other);
    if (keys.email && keys.email === otherKeys.email)
      matches.push({ id: other.id, reason: 'email' });
    else if (keys.namePhone && keys.namePhone === otherKeys.namePhone) {
      matches.push({ id: other.id, reason: 'name-and-phone' });
    }
  }
  return matches;
}

export const DUPLICATE_REASON_TEXT: Record<DuplicateReason, string> = {
  email: 'the same email address',
  'name-and-phone': 'the same name and phone number',
};
