import { normalisePhone } from '../domain/people/contact';
import type { DuplicateCandidate, DuplicateMatch } from '../domain/people/duplicates';
import { duplicateKeys, findPossibleDuplicates } from '../domain/people/duplicates';
import type { Person, PersonField, PersonInput } from '../domain/people/person';
import { personRecord, validatePerson } from '../domain/people/person';
import { personConsentProblems } from '../domain/people/person-consent';
import { type CommandContext, createdMeta, nextMeta } from '../domain/record';
import type { FieldErrors } from '../domain/result';
import { hasErrors } from '../domain/result';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

/**
 * Adds a person to the register. A new person has no consent records yet, so access needs,
 * carer details and an emergency contact are refused here: they are added once consent is
 * recorded on the person's page.
 */
export async function createPerson(
  db: TwoFeetDb,
  input: PersonInput,
  ctx: CommandContext,
  id: string = newId(),
): Promise<CommandResult<Person, PersonField>> {
  return db.transaction('rw', [db.people, db.consentRecords], async () => {
    const checked = await checkPerson(db, id, input);
    if (!checked.ok) return checked;
    const person = personRecord(checked.value, createdMeta(id, ctx));
    await db.people.add(person);
    return { ok: true, value: person };
  });
}

/** `expectedVersion` is the version the form was opened with; a newer one means a conflict. */
export async function updatePerson(
  db: TwoFeetDb,
  id: string,
  input: PersonInput,
  expectedVersion: number,
  ctx: CommandContext,
): Promise<CommandResult<Person, PersonField>> {
  return db.transaction('rw', [db.people, db.consentRecords], async () => {
    const current = await db.people.get(id);
    if (!current) return { ok: false, conflict: NOT_FOUND };
    if (current.version !== expectedVersion) return { ok: false, conflict: STALE_EDIT };
    const checked = await checkPerson(db, id, input);
    if (!checked.ok) return checked;
    const person = personRecord(checked.value, nextMeta(current, ctx));
    await db.people.put(person);
    return { ok: true, value: person };
  });
}

/** The domain's field rules and the consent rules together, so every problem shows at once. */
async function checkPerson(
  db: TwoFeetDb,
  personId: string,
  input: PersonInput,
): Promise<{ ok: true; value: PersonInput } | { ok: false; errors: FieldErrors<PersonField> }> {
  const checked = validatePerson(input);
  const records = await db.consentRecords.where('personId').equals(personId).toArray();
  const consent = personConsentProblems(input, records);
  const errors: FieldErrors<PersonField> = { ...(checked.ok ? {} : checked.errors), ...consent };
  if (!checked.ok || hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: checked.value };
}

export interface PossibleDuplicate extends DuplicateMatch {
  person: Person;
}

/**
 * People already registered who look like the one being typed in (same email, or same name
 * and phone), found through the email and phone indexes rather than by reading everyone.
 */
export async function findDuplicatesOf(
  db: TwoFeetDb,
  person: Omit<DuplicateCandidate, 'id'>,
  excludeId?: string,
): Promise<PossibleDuplicate[]> {
  const keys = duplicateKeys(person);
  // Only a name and phone together make a match, so the phone is looked up only with a name.
  const phoneKey = keys.namePhone ? normalisePhone(person.phone) : '';
  const [byEmail, byPhone] = await Promise.all([
    keys.email ? db.people.where('emailKey').equals(keys.email).toArray() : [],
    phoneKey ? db.people.where('phoneKey').equals(phoneKey).toArray() : [],
  ]);
  const candidates = new Map<string, Person>();
  for (const p of [...byEmail, ...byPhone]) candidates.set(p.id, p);
  return findPossibleDuplicates(person, [...candidates.values()], excludeId).flatMap((match) => {
    const found = candidates.get(match.id);
    return found ? [{ ...match, person: found }] : [];
  });
}

/** What the person form edits: the stored record without its derived and meta fields. */
export function personInputOf(person: Person): PersonInput {
  return {
    name: person.name,
    preferredName: person.preferredName,
    pronouns: person.pronouns,
    email: person.email,
    phone: person.phone,
    address: person.address,
    access: { ...person.access },
    carerOrCompanion: { ...person.carerOrCompanion },
    emergencyContact: { ...person.emergencyContact },
  };
}
