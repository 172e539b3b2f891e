import type { FieldErrors } from '../result';
import type { ConsentRecord } from './consent';
import { canStoreSpecialCategory, currentConsent } from './consent';
import type { PersonField, PersonInput } from './person';
import { emptyAccessNeeds, hasAccessNeeds } from './person';

/**
 * Which parts of a person's record need which consent before they may be kept.
 *
 * - Access needs (dietary needs included, as they often reveal an allergy or condition) and
 *   whether a carer comes say something about health: special category data, so they need
 *   explicit consent for health data.
 * - The emergency contact is someone else's details, kept for the person's sake: only while the
 *   person consents to their details being kept.
 *
 * Name and contact details themselves are not checked here: a walk-in is registered first and
 * asked for consent straight after, in the same visit.
 */
export function personConsentProblems(
  input: PersonInput,
  records: readonly ConsentRecord[],
): FieldErrors<PersonField> {
  const errors: FieldErrors<PersonField> = {};
  const health = canStoreSpecialCategory(records, 'health');
  if (!health && hasAccessNeeds(input.access)) {
    errors.access =
      'Access needs say something about health, so they can only be kept with explicit consent for health data. Record that consent first, or leave access needs empty.';
  }
  if (!health && (input.carerOrCompanion.comes || input.carerOrCompanion.notes.trim() !== '')) {
    errors.carerOrCompanion =
      'Whether a carer comes says something about health, so it can only be kept with explicit consent for health data. Record that consent first.';
  }
  if (hasEmergencyContact(input) && currentConsent(records, 'keepDetails').status !== 'granted') {
    errors.emergencyContact =
      'An emergency contact can only be kept while the person agrees to their details being kept. Record that consent first.';
  }
  return errors;
}

export interface RemovedDetails {
  person: PersonInput;
  /** Plain-English notes of what was removed, for the confirmation message; empty when nothing. */
  removed: string[];
}

/**
 * The person without whatever their current consent no longer covers, e.g. straight after
 * health consent is withdrawn. The caller saves the result in the same transaction as the
 * withdrawal so the two never disagree.
 */
export function withoutUnconsentedDetails(
  person: PersonInput,
  records: readonly ConsentRecord[],
): RemovedDetails {
  const problems = personConsentProblems(person, records);
  const removed: string[] = [];
  let result = person;
  if (problems.access) {
    result = { ...result, access: emptyAccessNeeds() };
    removed.push('access needs');
  }
  if (problems.carerOrCompanion) {
    result = { ...result, carerOrCompanion: { comes: false, notes: '' } };
    removed.push('carer or companion details');
  }
  if (problems.emergencyContact) {
    result = { ...result, emergencyContact: { name: '', phone: '', relationship: '' } };
    removed.push('emergency contact');
  }
  return { person: result, removed };
}

function hasEmergencyContact(input: PersonInput): boolean {
  const { name, phone, relationship } = input.emergencyContact;
  return [name, phone, relationship].some((value) => value.trim() !== '');
}
