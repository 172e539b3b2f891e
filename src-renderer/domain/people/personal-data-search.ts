import { normaliseEmail, normalisePhone } from './contact';
import { forEachString, isObject, mapStrings } from './record-walk';

/**
 * Finding a person's details anywhere, whatever the field is called: the proof that an erasure
 * left nothing behind, and the way a subject-access bundle blanks out other people.
 *
 * Matching is generous, as a checker should be: names case-insensitively as whole words with
 * any spacing, emails case-insensitively, phone numbers whatever their spacing or prefix
 * ("07700 900123", "+44 7700-900-123"), ids as whole tokens. A first name alone (or a
 * one-word preferred name) is not searched for: it would match too many other people.
 */
export interface PersonalDetails {
  id?: string;
  name: string;
  preferredName?: string;
  email?: string;
  phone?: string;
  address?: string;
  emergencyContact?: { name: string; phone: string };
}

export type DetailKind =
  | 'id'
  | 'name'
  | 'preferred name'
  | 'email'
  | 'phone'
  | 'address'
  | 'emergency contact name'
  | 'emergency contact phone';

export interface Needle {
  kind: DetailKind;
  pattern: RegExp;
}

const MIN_ADDRESS = 8;

export function needlesFor(details: PersonalDetails): Needle[] {
  const needles: Needle[] = [];
  const add = (kind: DetailKind, pattern: RegExp | undefined) => {
    if (pattern) needles.push({ kind, pattern });
  };
  if (details.id)
    add('id', new RegExp(`(?<![A-Za-z0-9_-])${escape(details.id)}(?![A-Za-z0-9_-])`, 'g'));
  add('name', wordsPattern(details.name));
  // A one-word preferred name is a first name: searching for it alone would hit other people.
  const preferred = details.preferredName?.trim() ?? '';
  if (/\s/.test(preferred) && normalise(preferred) !== normalise(details.name)) {
    add('preferred name', wordsPattern(preferred));
  }
  const email = normaliseEmail(details.email ?? '');
  if (email) add('email', new RegExp(escape(email), 'giu'));
  add('phone', phonePattern(details.phone ?? ''));
  const address = (details.address ?? '').trim();
  if (address.length >= MIN_ADDRESS) add('address', wordsPattern(address));
  add('emergency contact name', wordsPattern(details.emergencyContact?.name ?? ''));
  add('emergency contact phone', phonePattern(details.emergencyContact?.phone ?? ''));
  return needles;
}

/** "Sam  Lee" → /(?<![\p{L}\p{N}])sam\s+lee(?![\p{L}\p{N}])/giu, accents as typed. */
function wordsPattern(text: string): RegExp | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.join('').length < 2) return undefined;
  const body = words.map(escape).join('[\\s,]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Any spacing or punctuation between digits, and any way of writing the UK prefix. */
function phonePattern(phone: string): RegExp | undefined {
  const key = normalisePhone(phone);
  if (!key) return undefined;
  const gap = '[\\s\\-.()/]*';
  if (key.startsWith('+44')) {
    const digits = key.slice(3).split('').join(gap);
    const prefix = `(?:(?:\\+|00)${gap}44${gap}(?:\\(0\\)${gap})?|0)?`;
    return new RegExp(`(?<!\\d)${prefix}${digits}(?!\\d)`, 'g');
  }
  const digits = key.slice(1).split('').join(gap);
  return new RegExp(`(?<!\\d)(?:\\+|00)?${gap}${digits}(?!\\d)`, 'g');
}

export interface PersonalDataFinding {
  table: string;
  /** The record's id when it has one, else its position in the table. */
  record: string;
  path: string;
  found: DetailKind;
}

/** Every place in every table where one of the person's details appears. */
export function findPersonalData(
  allTables: Readonly<Record<string, readonly unknown[]>>,
  person: PersonalDetails,
): PersonalDataFinding[] {
  const needles = needlesFor(person);
  const findings: PersonalDataFinding[] = [];
  for (const [table, records] of Object.entries(allTables)) {
    records.forEach((record, index) => {
      const label = isObject(record) && typeof record.id === 'string' ? record.id : `#${index}`;
      forEachString(record, (text, path) => {
        for (const needle of needles) {
          if (matches(needle.pattern, text)) {
            findings.push({ table, record: label, path, found: needle.kind });
          }
        }
      });
    });
  }
  return findings;
}

/** True when the value holds any of the person's details anywhere inside it. */
export function mentions(value: unknown, needles: readonly Needle[]): boolean {
  let found = false;
  forEachString(value, (text) => {
    if (!found && needles.some((needle) => matches(needle.pattern, text))) found = true;
  });
  return found;
}

/** A copy with each of the person's details replaced by `replacement`, the rest untouched. */
export function replaceDetails<T>(value: T, needles: readonly Needle[], replacement: string): T {
  return mapStrings(value, (text) =>
    needles.reduce((result, needle) => result.replace(needle.pattern, replacement), text),
  );
}

export function matchesNeedle(needle: Needle, text: string): boolean {
  return matches(needle.pattern, text);
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
}

function escape(text: string): string {
  // Only the characters that are special outside a character class: the "u" flag rejects others.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
