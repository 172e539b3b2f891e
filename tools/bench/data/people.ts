import {
  type Person,
  emptyPersonInput,
  personRecord,
  validatePerson,
} from '../../../src-renderer/domain/people/person';
import { addDays, daysBetween, timeOfDay, timestamp } from './calendar';
import {
  DIETARY_NOTES,
  EMAIL_DOMAINS,
  NAME_GROUPS,
  type NameGroup,
  PHONE_RANGES,
  PREFERRED_NAMES,
} from './names';
import type { Prng } from './prng';
import { PLACES, STREETS, postcodeLetters } from './uk';

/** A generated person: the stored record, and the parts a spreadsheet keeps in separate columns. */
export interface PersonPlan {
  record: Person;
  firstName: string;
  surname: string;
  /** Address line, town and postcode; empty strings when the person gave no address. */
  addressParts: readonly [string, string, string];
  /** A column the import does not take (health data): it only appears in the CSV. */
  dietary: string;
}

const SHARE = {
  email: 0.88,
  capitalisedEmail: 0.05,
  phone: 0.82,
  address: 0.55,
  flat: 0.15,
  preferredName: 0.55,
  pronouns: 0.35,
  theyThem: 0.08,
  dietary: 0.1,
  edited: 0.3,
} as const;

/**
 * `count` people as the app stores them: each input goes through the domain's validatePerson
 * (which tidies it, as the person form and the import do) and personRecord (which derives the
 * search words and the duplicate keys). Emails and phone numbers are unique, so no two people
 * are duplicates of each other and an import of them all finds no duplicates.
 *
 * Each person draws from their own stream (`person-<i>`), so the first people stay the same
 * when more are asked for; only the uniqueness of emails and phones depends on earlier people.
 */
export function generatePeople(p: Prng, count: number, today: string): PersonPlan[] {
  const plans: PersonPlan[] = [];
  const emails = new Set<string>();
  const phones = new Set<string>();
  const groupWeights = NAME_GROUPS.map((g) => [g, g.weight] as const);
  const placeKeys = Object.keys(PLACES) as (keyof typeof PLACES)[];

  for (let i = 0; i < count; i++) {
    const r = p.fork(`person-${i}`);
    const group: NameGroup = r.weighted(groupWeights);
    const female = r.chance(0.5);
    const firstName = r.pick(female ? group.female : group.male);
    const surname = r.pick(group.surnames);
    const name = `${firstName} ${surname}`;

    const shortForms = PREFERRED_NAMES[firstName];
    const preferredName = shortForms && r.chance(SHARE.preferredName) ? r.pick(shortForms) : '';
    const pronouns = !r.chance(SHARE.pronouns)
      ? ''
      : r.chance(SHARE.theyThem)
        ? 'they/them'
        : female
          ? r.weighted([
              ['she/her', 9],
              ['she/they', 1],
            ])
          : r.weighted([
              ['he/him', 9],
              ['he/they', 1],
            ]);

    const email = r.chance(SHARE.email)
      ? uniqueEmail(r, preferredName || firstName, surname, emails)
      : '';
    const phone = r.chance(SHARE.phone) ? uniquePhone(r, phones) : '';

    let addressParts: [string, string, string] = ['', '', ''];
    if (r.chance(SHARE.address)) {
      const place = PLACES[r.pick(placeKeys)];
      const street = `${r.int(1, 240)} ${r.pick(STREETS)}`;
      const line = r.chance(SHARE.flat) ? `Flat ${r.int(1, 24)}, ${street}` : street;
      const postcode = `${r.pick(place.districts)} ${r.int(1, 9)}${postcodeLetters(r)}`;
      addressParts = [line, place.town, postcode];
    }
    const dietary = r.chance(SHARE.dietary) ? r.pick(DIETARY_NOTES) : '';

    const checked = validatePerson({
      ...emptyPersonInput(),
      name,
      preferredName,
      pronouns,
      email,
      phone,
      address: addressParts.filter(Boolean).join(', '),
    });
    if (!checked.ok) {
      throw new Error(`Generated person ${i} is not valid: ${JSON.stringify(checked.errors)}`);
    }

    const createdDate = addDays(today, -r.int(1, 1500));
    const createdAt = timestamp(createdDate, timeOfDay(r.int(9 * 60, 19 * 60)));
    const edits = r.chance(SHARE.edited) ? r.int(1, 3) : 0;
    // An edit happened between creation and today (both included).
    const updatedAt =
      edits === 0
        ? createdAt
        : timestamp(
            addDays(createdDate, r.int(1, daysBetween(createdDate, today))),
            timeOfDay(r.int(9 * 60, 19 * 60)),
          );
    const record = personRecord(checked.value, {
      id: r.uuid(),
      createdAt,
      updatedAt,
      version: 1 + edits,
    });
    plans.push({ record, firstName, surname, addressParts, dietary });
  }
  return plans;
}

/** "Łukasz" → "lukasz", "Ó Súilleabháin" → "osuilleabhain", "Hughes-Lloyd" → "hughes-lloyd". */
export function asciiFold(text: string): string {
  const replaced = text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae');
  return replaced
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

function uniqueEmail(r: Prng, first: string, surname: string, taken: Set<string>): string {
  const f = asciiFold(first);
  const s = asciiFold(surname);
  const local = r.weighted<string>([
    [`${f}.${s}`, 6],
    [`${f}${s}`, 2],
    [`${f.charAt(0)}.${s}`, 2],
    [`${f}_${s}`, 1],
    [`${f}.${s}${r.int(1, 99)}`, 2],
    [`${s}${f.charAt(0)}`, 1],
  ]);
  const domain = r.weighted(EMAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  // Some people type their address with capitals; the app compares it in lower case.
  if (r.chance(SHARE.capitalisedEmail)) {
    return email.replace(/(^|[._])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return email;
}

/** A drama-range number not given to anyone yet, written the way people write numbers. */
function uniquePhone(r: Prng, taken: Set<string>): string {
  for (;;) {
    const range = r.weighted(PHONE_RANGES.map((x, i) => [x, i === 0 ? 6 : 1] as const));
    const digits = `${range.prefix}${String(r.int(0, 999)).padStart(range.digits, '0')}`;
    if (taken.has(digits)) continue;
    taken.add(digits);
    return formatPhone(r, digits, range.format);
  }
}

function formatPhone(r: Prng, d: string, format: string): string {
  const national = d.slice(1);
  switch (format) {
    case 'mobile':
      return r.weighted([
        [`${d.slice(0, 5)} ${d.slice(5)}`, 6],
        [d, 2],
        [`+44 ${national.slice(0, 4)} ${national.slice(4)}`, 2],
        [`+44${national}`, 1],
        [`${d.slice(0, 5)}-${d.slice(5, 8)}-${d.slice(8)}`, 1],
      ]);
    case 'area4':
      return r.weighted([
        [`${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, 6],
        [`(${d.slice(0, 4)}) ${d.slice(4, 7)} ${d.slice(7)}`, 2],
        [`+44 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`, 1],
      ]);
    case 'london':
      return r.weighted([
        [`${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, 5],
        [`+44 (0)${national.slice(0, 2)} ${national.slice(2, 6)} ${national.slice(6)}`, 1],
      ]);
    case 'area3':
      return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
    default:
      return `${d.slice(0, 5)} ${d.slice(5)}`;
  }
}

/** The columns of the generated spreadsheet, as a people list kept in Excel typically has them. */
export const CSV_HEADER = [
  'First name',
  'Surname',
  'Known as',
  'Pronouns',
  'Email address',
  'Phone',
  'Address line 1',
  'Town',
  'Postcode',
  'Dietary requirements',
] as const;

export const CSV_FILE_NAME = 'participants-register.csv';

/**
 * The people as a spreadsheet saved from Excel as "CSV UTF-8": a byte order mark, CRLF line
 * ends, cells quoted only when they hold a comma, a quotation mark or a line break.
 */
export function peopleCsv(plans: readonly PersonPlan[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const plan of plans) {
    const p = plan.record;
    lines.push(
      [
        plan.firstName,
        plan.surname,
        p.preferredName,
        p.pronouns,
        p.email,
        p.phone,
        ...plan.addressParts,
        plan.dietary,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
