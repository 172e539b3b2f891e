import type { RecordMeta } from '../record';
import type { FieldErrors, Validated } from '../result';
import { hasErrors } from '../result';
import { LIMITS, checkText, searchWords } from '../text';
import { checkEmail, checkPhone, normaliseEmail, normalisePhone } from './contact';

/**
 * Access needs say something about a person's health, so they are only kept with explicit
 * consent for health data (see person-consent.ts). Each is a plain flag or a short note.
 */
export interface AccessNeeds {
  stepFree: boolean;
  hearingLoop: boolean;
  largePrint: boolean;
  easyRead: boolean;
  interpreterBsl: boolean;
  /** Which language, e.g. "British Sign Language (BSL)" or "Polish"; kept only when needed. */
  interpreterLanguage: string;
  dietary: string;
  other: string;
}

export const ACCESS_NEED_LABELS = {
  stepFree: 'Step-free access',
  hearingLoop: 'Hearing loop',
  largePrint: 'Large print',
  easyRead: 'Easy read',
  interpreterBsl: 'Interpreter or BSL',
  dietary: 'Dietary needs',
  other: 'Other access needs',
} as const;

export interface CarerOrCompanion {
  comes: boolean;
  notes: string;
}

export interface EmergencyContact {
  name: string;
  phone: string;
  relationship: string;
}

/** What a facilitator types into the person form. */
export interface PersonInput {
  name: string;
  /** What they like to be called: shown on badges and at check-in. */
  preferredName: string;
  pronouns: string;
  email: string;
  phone: string;
  address: string;
  access: AccessNeeds;
  carerOrCompanion: CarerOrCompanion;
  emergencyContact: EmergencyContact;
}

export interface Person extends PersonInput, RecordMeta {
  /** Lower-case words of the names, email and phone, indexed for search as you type. */
  words: string[];
  /** normaliseEmail(email), indexed to spot the same person entered twice; "" when none. */
  emailKey: string;
  /** normalisePhone(phone), "+44…"; "" when none or unreadable. */
  phoneKey: string;
  /** sortKey(name), indexed so that the register is listed in the order people expect. */
  sortName: string;
}

export type PersonField =
  | 'name'
  | 'preferredName'
  | 'pronouns'
  | 'email'
  | 'phone'
  | 'address'
  | 'access'
  | 'access.interpreterLanguage'
  | 'access.dietary'
  | 'access.other'
  | 'carerOrCompanion'
  | 'carerOrCompanion.notes'
  | 'emergencyContact'
  | 'emergencyContact.name'
  | 'emergencyContact.phone'
  | 'emergencyContact.relationship';

const PRONOUNS_MAX = 40;
const ADDRESS_MAX = 500;

export function validatePerson(input: PersonInput): Validated<PersonInput, PersonField> {
  const text = (value: string, label: string, required: boolean, max: number = LIMITS.shortText) =>
    checkText(value, { label, required, max });
  const { access, carerOrCompanion: carer, emergencyContact: contact } = input;
  const contactGiven = [contact.name, contact.phone, contact.relationship].some((v) => v.trim());
  const errors: FieldErrors<PersonField> = {
    name: text(input.name, 'their name', true, LIMITS.name),
    preferredName: text(input.preferredName, 'the preferred name', false, LIMITS.name),
    pronouns: text(input.pronouns, 'the pronouns', false, PRONOUNS_MAX),
    email: text(input.email, 'the email address', false) ?? checkEmail(input.email),
    phone: text(input.phone, 'the phone number', false, 40) ?? checkPhone(input.phone),
    address: text(input.address, 'the address', false, ADDRESS_MAX),
    'access.interpreterLanguage': access.interpreterBsl
      ? text(access.interpreterLanguage, 'the language to interpret, for example BSL', true, 80)
      : undefined,
    'access.dietary': text(access.dietary, 'the dietary needs', false),
    'access.other': text(access.other, 'the other access needs', false, 1000),
    'carerOrCompanion.notes': text(carer.notes, 'the notes about the carer or companion', false),
    'emergencyContact.name': contactGiven
      ? text(contact.name, "the emergency contact's name", true, LIMITS.name)
      : undefined,
    'emergencyContact.phone': contactGiven
      ? (text(contact.phone, "the emergency contact's phone number", true, 40) ??
        checkPhone(contact.phone))
      : undefined,
    'emergencyContact.relationship': text(contact.relationship, 'the relationship', false, 80),
  };
  if (hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: tidyPerson(input) };
}

/** Trims every text and drops notes that belong to a box left unticked. */
function tidyPerson(input: PersonInput): PersonInput {
  const { access, carerOrCompanion: carer, emergencyContact: contact } = input;
  return {
    name: collapse(input.name),
    preferredName: collapse(input.preferredName),
    pronouns: input.pronouns.trim(),
    email: input.email.trim(),
    phone: input.phone.trim(),
    address: input.address.trim(),
    access: {
      ...access,
      interpreterLanguage: access.interpreterBsl ? access.interpreterLanguage.trim() : '',
      dietary: access.dietary.trim(),
      other: access.other.trim(),
    },
    carerOrCompanion: { comes: carer.comes, notes: carer.comes ? carer.notes.trim() : '' },
    emergencyContact: {
      name: collapse(contact.name),
      phone: contact.phone.trim(),
      relationship: contact.relationship.trim(),
    },
  };
}

/** The stored record for a validated input: the derived search and duplicate keys included. */
export function personRecord(value: PersonInput, meta: RecordMeta): Person {
  return {
    ...value,
    ...meta,
    words: personWords(value),
    emailKey: normaliseEmail(value.email),
    phoneKey: normalisePhone(value.phone),
    sortName: sortKey(value.name),
  };
}

/** Letters that do not decompose into a base letter and an accent, spelt as English readers sort them. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/**
 * A name's place in an A to Z list, comparable as plain text (so an index can hold it): case,
 * accents and spacing ignored. "Łukasz" → "lukasz", "Ó Súilleabháin" → "o suilleabhain",
 * "émile" sorts with "Emile", between "Ella" and "Eve".
 */
export function sortKey(name: string): string {
  return name
    .toLocaleLowerCase('en-GB')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðħıßæœþ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

export function personWords(
  person: Pick<PersonInput, 'name' | 'preferredName' | 'email' | 'phone'>,
): string[] {
  const phoneDigits = person.phone.replace(/\D/g, '');
  return searchWords(person.name, person.preferredName, person.email, phoneDigits);
}

/** The name to greet someone by: their preferred name when they gave one. */
export function displayName(person: Pick<PersonInput, 'name' | 'preferredName'>): string {
  return person.preferredName.trim() || person.name.trim();
}

export function hasAccessNeeds(access: AccessNeeds): boolean {
  return (
    access.stepFree ||
    access.hearingLoop ||
    access.largePrint ||
    access.easyRead ||
    access.interpreterBsl ||
    access.dietary.trim() !== '' ||
    access.other.trim() !== ''
  );
}

/** Short labels for a badge or check-in row, e.g. ["Step-free access", "Interpreter: BSL"]. */
export function accessNeedsSummary(access: AccessNeeds): string[] {
  const list: string[] = [];
  if (access.stepFree) list.push(ACCESS_NEED_LABELS.stepFree);
  if (access.hearingLoop) list.push(ACCESS_NEED_LABELS.hearingLoop);
  if (access.largePrint) list.push(ACCESS_NEED_LABELS.largePrint);
  if (access.easyRead) list.push(ACCESS_NEED_LABELS.easyRead);
  if (access.interpreterBsl)
    list.push(`Interpreter: ${access.interpreterLanguage.trim() || 'BSL'}`);
  if (access.dietary.trim()) list.push(`Dietary: ${access.dietary.trim()}`);
  if (access.other.trim()) list.push(access.other.trim());
  return list;
}

export function emptyAccessNeeds(): AccessNeeds {
  return {
    stepFree: false,
    hearingLoop: false,
    largePrint: false,
    easyRead: false,
    interpreterBsl: false,
    interpreterLanguage: '',
    dietary: '',
    other: '',
  };
}

export function emptyPersonInput(): PersonInput {
  return {
    name: '',
    preferredName: '',
    pronouns: '',
    email: '',
    phone: '',
    address: '',
    access: emptyAccessNeeds(),
    carerOrCompanion: { comes: false, notes: '' },
    emergencyContact: { name: '', phone: '', relationship: '' },
  };
}

function collapse(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}
