import type { PersonInput } from './person';
import { emptyPersonInput } from './person';

/**
 * Which spreadsheet column feeds which part of a person. Access needs, carer details and
 * emergency contacts are deliberately not importable: each may only be kept with consent
 * recorded person by person (see person-consent.ts), which a spreadsheet cannot carry. They are
 * added on the person's page once that consent is recorded.
 */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'email',
  'phone',
  'address',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Surname',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  address: 'Address (several columns are joined)',
};

/** One entry per column, in column order; null means the column is not imported. */
export type ColumnMapping = (ImportField | null)[];

/** Address lines, town and postcode are often separate columns and are joined in order. */
const MANY_COLUMNS: ReadonlySet<ImportField> = new Set(['address']);

/**
 * Checked in order against the heading with case, spaces and punctuation removed, so that
 * "E-mail", "Email address" and "EMAIL" all match. More specific rules come first: "Emergency
 * contact phone" must not be taken for the person's own phone, nor its name for theirs.
 */
const RULES: readonly [RegExp, ImportField | null][] = [
  // Someone else's details, or health data: never guessed (see above).
  [/emergency|nextofkin|relationship|access|diet|carer|disab|allerg/, null],
  [/e?mail/, 'email'],
  [/mobile|phone|^tel|^mob$|contactnumber/, 'phone'],
  [/surname|lastname|familyname/, 'lastName'],
  [/firstname|forename|givenname|^first$/, 'firstName'],
  [/preferred|knownas|nickname/, 'preferredName'],
  [/pronoun/, 'pronouns'],
  [/address|postcode|zip|street|town|city|county/, 'address'],
  [/name|^participant$|^attendee$|^person$/, 'name'],
];

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = header.toLowerCase().replace(/[^a-z0-9]/g, '');
    const field = RULES.find(([pattern]) => pattern.test(key))?.[1] ?? null;
    if (field === null) return null;
    // The first column for a field wins; a second "Telephone" beside "Mobile" is left for the user.
    if (taken.has(field) && !MANY_COLUMNS.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** A message when the mapping cannot produce people; undefined when it can. */
export function checkMapping(mapping: ColumnMapping): string | undefined {
  const fields = mapping.filter((f): f is ImportField => f !== null);
  const has = (field: ImportField) => fields.includes(field);
  if (!has('name') && !has('firstName') && !has('lastName')) {
    return "Choose the column that holds each person's name, or their first name and surname.";
  }
  if (has('name') && (has('firstName') || has('lastName'))) {
    return 'Choose either a full name column, or first name and surname columns, but not both.';
  }
  for (const field of IMPORT_FIELDS) {
    if (!MANY_COLUMNS.has(field) && fields.filter((f) => f === field).length > 1) {
      return `Only one column can be "${IMPORT_FIELD_LABELS[field]}".`;
    }
  }
  return undefined;
}

/** The person a row describes, before any checking. */
export function mapRow(cells: readonly string[], mapping: ColumnMapping): PersonInput {
  const values = new Map<ImportField, string[]>();
  mapping.forEach((field, index) => {
    const cell = (cells[index] ?? '').trim();
    if (field === null || cell === '') return;
    values.set(field, [...(values.get(field) ?? []), cell]);
  });
  const one = (field: ImportField) => values.get(field)?.[0] ?? '';
  const person = emptyPersonInput();
  person.name = one('name') || [one('firstName'), one('lastName')].filter(Boolean).join(' ');
  person.preferredName = one('preferredName');
  person.pronouns = one('pronouns');
  person.email = one('email');
  person.phone = one('phone');
  person.address = (values.get('address') ?? []).join(', ');
  return person;
}
