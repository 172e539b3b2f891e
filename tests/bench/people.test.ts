import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TwoFeetDb } from '../../src-renderer/data/db';
import { buildImportPreview, rowsToImport } from '../../src-renderer/domain/people/csv-import';
import { duplicateKeys } from '../../src-renderer/domain/people/duplicates';
import { guessMapping } from '../../src-renderer/domain/people/import-columns';
import {
  type Person,
  type PersonInput,
  personRecord,
  personWords,
  validatePerson,
} from '../../src-renderer/domain/people/person';
import { checkLooksLikeSpreadsheet } from '../../src-renderer/domain/people/spreadsheet-check';
import { readCsv } from '../../src-renderer/features/people/import/read-spreadsheet';
import { searchTerms } from '../../src-renderer/features/people/use-people-page';
import { BENCH_TODAY } from '../../tools/bench/data/calendar';
import { FULL_SIZES, generateDataset } from '../../tools/bench/data/dataset';
import { CSV_HEADER, asciiFold } from '../../tools/bench/data/people';
import { PEOPLE_QUERY, measuredQueries } from '../../tools/bench/operations/people-search';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What a person form or an import row holds: the stored record without what is derived. */
function inputOf(p: Person): PersonInput {
  return {
    name: p.name,
    preferredName: p.preferredName,
    pronouns: p.pronouns,
    email: p.email,
    phone: p.phone,
    address: p.address,
    access: p.access,
    carerOrCompanion: p.carerOrCompanion,
    emergencyContact: p.emergencyContact,
  };
}

/** As usePeoplePage: the *words index for the first term, the other terms on those. */
function matching(people: readonly Person[], query: string): number {
  const [first, ...rest] = searchTerms(query);
  if (first === undefined) return people.length;
  return people.filter((p) =>
    [first, ...rest].every((term) => p.words.some((word) => word.startsWith(term))),
  ).length;
}

describe('the benchmark people', () => {
  const dataset = generateDataset();
  const { people } = dataset;

  it('are as many as the issue asks for (5,000)', () => {
    expect(FULL_SIZES.people).toBe(5000);
    expect(people).toHaveLength(5000);
  });

  it(
    'are stored exactly as the app stores them: validated, with their words and keys',
    { timeout: 60_000 },
    () => {
      const ids = new Set<string>();
      for (const person of people) {
        const input = inputOf(person);
        const checked = validatePerson(input);
        expect(checked).toEqual({ ok: true, value: input });
        const { id, createdAt, updatedAt, version } = person;
        expect(personRecord(input, { id, createdAt, updatedAt, version })).toEqual(person);
        expect(person.words).toEqual(personWords(person));
        expect(id).toMatch(UUID_V4);
        ids.add(id);
        expect(updatedAt >= createdAt).toBe(true);
        expect(updatedAt.slice(0, 10) <= BENCH_TODAY).toBe(true);
        expect(version === 1).toBe(updatedAt === createdAt);
        // No health data or someone else's details without consent records (see person-consent.ts).
        expect(person.access.stepFree || person.carerOrCompanion.comes).toBe(false);
        expect(person.emergencyContact.name).toBe('');
      }
      expect(ids.size).toBe(people.length);
    },
  );

  it('have realistic UK and international names, in normal form C', () => {
    const names = people.map((p) => p.name);
    for (const name of names) expect(name.normalize('NFC')).toBe(name);
    for (const part of ['Łukasz', 'Zoë', 'Nguyễn', 'Siobhán', 'Ó Súilleabháin', "O'Brien"]) {
      expect(names.some((name) => name.includes(part))).toBe(true);
    }
    expect(new Set(names).size).toBeGreaterThan(2000);
  });

  it('some have preferred names and pronouns; most an email and a UK phone', () => {
    const share = (has: (p: Person) => boolean) => people.filter(has).length / people.length;
    expect(share((p) => p.preferredName !== '')).toBeGreaterThan(0.05);
    expect(share((p) => p.pronouns !== '')).toBeGreaterThan(0.2);
    expect(share((p) => p.pronouns === 'they/them')).toBeGreaterThan(0.01);
    expect(share((p) => p.email !== '')).toBeGreaterThan(0.8);
    expect(share((p) => p.phone !== '')).toBeGreaterThan(0.75);
    expect(share((p) => p.address !== '')).toBeGreaterThan(0.4);
    for (const person of people) {
      if (person.phone) expect(person.phoneKey).toMatch(/^\+44\d{9,10}$/);
      if (person.email) expect(person.email).toMatch(/@(example\.(org|com|net)|mail\.example)$/i);
    }
    // Written the ways people write them; the app compares them normalised.
    const phones = people.map((p) => p.phone);
    expect(phones.some((p) => /^07700 900\d{3}$/.test(p))).toBe(true);
    expect(phones.some((p) => p.startsWith('+44'))).toBe(true);
    expect(phones.some((p) => p.startsWith('('))).toBe(true);
    expect(people.some((p) => p.email !== '' && p.email !== p.emailKey)).toBe(true);
  });

  it('are never duplicates of each other: each email and each name + phone is unique', () => {
    const emails = new Set<string>();
    const namePhones = new Set<string>();
    for (const person of people) {
      const keys = duplicateKeys(person);
      if (keys.email) {
        expect(emails.has(keys.email)).toBe(false);
        emails.add(keys.email);
      }
      if (keys.namePhone) {
        expect(namePhones.has(keys.namePhone)).toBe(false);
        namePhones.add(keys.namePhone);
      }
    }
    expect(new Set(people.map((p) => p.phoneKey).filter(Boolean)).size).toBe(
      people.filter((p) => p.phoneKey).length,
    );
  });

  it('make the search query narrow step by step, to a few people', () => {
    const queries = measuredQueries(PEOPLE_QUERY);
    // The space is typed but names no new query.
    expect(queries).toHaveLength(PEOPLE_QUERY.length - 1);
    const counts = queries.map((q) => matching(people, q));
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] as number);
    }
    expect(counts[0]).toBeGreaterThan(300);
    expect(counts[counts.length - 1]).toBeGreaterThan(0);
    expect(counts[counts.length - 1]).toBeLessThan(10);
  });

  it('fold to plain letters for email addresses', () => {
    expect(asciiFold('Łukasz')).toBe('lukasz');
    expect(asciiFold('Zoë')).toBe('zoe');
    expect(asciiFold('Nguyễn')).toBe('nguyen');
    expect(asciiFold('Ó Súilleabháin')).toBe('osuilleabhain');
    expect(asciiFold("D'Souza")).toBe('dsouza');
    expect(asciiFold('Đức')).toBe('duc');
  });

  it('write through TwoFeetDb in one transaction and are found by the *words index', async () => {
    const db = new TwoFeetDb(`bench-people-${Math.floor(performance.now())}`);
    await db.transaction('rw', db.people, () => db.people.bulkAdd(people));
    expect(await db.people.count()).toBe(people.length);
    const khan = await db.people.where('words').startsWith('khan').distinct().count();
    expect(khan).toBe(matching(people, 'khan'));
    db.close();
  });
});

describe('the benchmark CSV of the same people', () => {
  const { people, peopleCsv } = generateDataset();
  const bytes = new TextEncoder().encode(peopleCsv);

  it('is saved as Excel saves "CSV UTF-8": byte order mark, CRLF, a header and one row each', () => {
    expect(peopleCsv.startsWith('\uFEFF')).toBe(true);
    expect(peopleCsv.endsWith('\r\n')).toBe(true);
    const lines = peopleCsv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(people.length + 1);
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    // Addresses with a comma ("Flat 3, 12 Mill Street") are quoted.
    expect(lines.some((line) => /,"Flat \d+, /.test(line))).toBe(true);
    expect(checkLooksLikeSpreadsheet(peopleCsv)).toEqual({
      ok: true,
      delimiter: ',',
      columns: CSV_HEADER.length,
    });
  });

  it('is read by the app into as many rows and columns, and its headings are recognised', () => {
    const reading = readCsv(bytes);
    if (!reading.ok) throw new Error(reading.message);
    const { header, rows, notice } = reading.table;
    expect(notice).toBeUndefined();
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(people.length);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    expect(guessMapping(header)).toEqual([
      'firstName',
      'lastName',
      'preferredName',
      'pronouns',
      'email',
      'phone',
      'address',
      'address',
      'address',
      null,
    ]);
  });

  it('previews as 5,000 rows ready to import, which become exactly the generated people', () => {
    const reading = readCsv(bytes);
    if (!reading.ok) throw new Error(reading.message);
    const { header, rows } = reading.table;
    const built = buildImportPreview({ header, rows, mapping: guessMapping(header) }, []);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.value.counts).toEqual({ ok: people.length, error: 0, duplicate: 0 });
    expect(built.value.blankRows).toEqual([]);
    const chosen = rowsToImport(built.value, {});
    expect(chosen.map((row) => row.person)).toEqual(people.map(inputOf));
  });
});
