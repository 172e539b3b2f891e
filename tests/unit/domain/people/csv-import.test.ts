import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../src-renderer/domain/people/csv-import';
import {
  buildImportPreview,
  fixRow,
  importSummary,
  rowsToImport,
} from '../../../../src-renderer/domain/people/csv-import';
import {
  checkMapping,
  guessMapping,
  mapRow,
} from '../../../../src-renderer/domain/people/import-columns';
import { makePerson, personInput } from './fixtures';

const existing = [
  makePerson('p-existing', { name: 'Sam Lee', email: 'sam@example.org', phone: '07700 900123' }),
  makePerson('p-jo', { name: 'Jo Bloggs', phone: '020 7946 0018' }),
];

const header = ['Full name', 'E-mail', 'Mobile'];

function preview(rows: string[][]): ImportPreview {
  const built = buildImportPreview({ header, rows, mapping: guessMapping(header) }, existing);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

function row(p: ImportPreview, rowNumber: number) {
  const found = p.rows.find((r) => r.rowNumber === rowNumber);
  if (!found) throw new Error(`no row ${rowNumber}`);
  return found;
}

describe('guessing which column is which', () => {
  it('recognises common headings', () => {
    expect(guessMapping(['Full name', 'E-mail', 'Mobile'])).toEqual(['name', 'email', 'phone']);
    expect(guessMapping(['Name', 'Email address', 'Telephone'])).toEqual([
      'name',
      'email',
      'phone',
    ]);
    expect(guessMapping(['First name', 'Surname', 'Known as', 'Pronouns', 'Tel.'])).toEqual([
      'firstName',
      'lastName',
      'preferredName',
      'pronouns',
      'phone',
    ]);
  });

  it('joins several address columns but takes only the first of two phone columns', () => {
    expect(
      guessMapping(['Name', 'Address line 1', 'Town', 'Postcode', 'Mobile', 'Telephone']),
    ).toEqual(['name', 'address', 'address', 'address', 'phone', null]);
  });

  it('never takes an emergency contact or health column for the person', () => {
    expect(
      guessMapping([
        'Name',
        'Emergency contact name',
        'Next of kin phone',
        'Dietary needs',
        'Notes',
      ]),
    ).toEqual(['name', null, null, null, null]);
  });

  it('combines first name and surname, and joins address parts', () => {
    const person = mapRow(
      ['Ali', 'Khan', '1 High St', '', 'LS1 1AA'],
      ['firstName', 'lastName', 'address', 'address', 'address'],
    );
    expect(person.name).toBe('Ali Khan');
    expect(person.address).toBe('1 High St, LS1 1AA');
  });

  it('needs a name column, and only one column per field', () => {
    expect(checkMapping(['email', 'phone'])).toMatch(/holds each person's name/);
    expect(checkMapping(['name', 'firstName'])).toMatch(/not both/);
    expect(checkMapping(['name', 'email', 'email'])).toBe('Only one column can be "Email".');
    expect(checkMapping(['name', null, 'address', 'address'])).toBeUndefined();
    const built = buildImportPreview(
      { header: ['E-mail'], rows: [['a@b.org']], mapping: ['email'] },
      [],
    );
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.errors.mapping).toMatch(/name/);
  });
});

describe('previewing rows', () => {
  it('marks good rows ok and numbers rows as the spreadsheet does', () => {
    const p = preview([['Ali Khan', 'ali@example.org', '07700 900999']]);
    expect(row(p, 2).status).toBe('ok');
    expect(row(p, 2).problems).toEqual({});
    expect(row(p, 2).input.name).toBe('Ali Khan');
    expect(p.counts).toEqual({ ok: 1, error: 0, duplicate: 0 });
  });

  it('reports a missing name at the name', () => {
    const r = row(preview([['', 'nameless@example.org', '']]), 2);
    expect(r.status).toBe('error');
    expect(r.problems.name).toBe('Enter their name.');
  });

  it('reports a bad email at the email', () => {
    const r = row(preview([['Ali Khan', 'ali@example', '']]), 2);
    expect(r.status).toBe('error');
    expect(r.problems.email).toMatch(/correct format/);
  });

  it('reports a bad phone at the phone', () => {
    const r = row(preview([['Ali Khan', '', 'ring reception']]), 2);
    expect(r.status).toBe('error');
    expect(r.problems.phone).toMatch(/can only contain numbers/);
  });

  it('reports cells beyond the headings, the sign of a comma without quotation marks', () => {
    const r = row(preview([['Ali Khan', 'ali@example.org', '07700 900999', 'Leeds']]), 2);
    expect(r.status).toBe('error');
    expect(r.problems.row).toMatch(/more cells than there are column headings/);
  });

  it('finds a duplicate of someone registered, by email', () => {
    const r = row(preview([['Samuel Lee', 'SAM@example.org', '']]), 2);
    expect(r.status).toBe('duplicate');
    expect(r.duplicateOf).toEqual({ kind: 'existing', personId: 'p-existing', reason: 'email' });
    expect(r.duplicateMessage).toBe('Someone already registered has the same email address.');
  });

  it('finds a duplicate of someone registered, by name and phone', () => {
    const r = row(preview([['jo bloggs', '', '+44 20 7946 0018']]), 2);
    expect(r.status).toBe('duplicate');
    expect(r.duplicateOf).toEqual({ kind: 'existing', personId: 'p-jo', reason: 'name-and-phone' });
  });

  it('finds a duplicate of an earlier row in the same file, keeping the first as ok', () => {
    const p = preview([
      ['Ali Khan', 'ali@example.org', ''],
      ['Bea Jones', '', '07700 900555'],
      ['A. Khan', 'Ali@Example.org', ''],
      ['Bea Jones', 'bea@example.org', '07700900555'],
    ]);
    expect(row(p, 2).status).toBe('ok');
    expect(row(p, 3).status).toBe('ok');
    expect(row(p, 4).duplicateOf).toEqual({ kind: 'row', rowNumber: 2, reason: 'email' });
    expect(row(p, 4).duplicateMessage).toBe('Row 2 has the same email address.');
    expect(row(p, 5).duplicateOf).toEqual({ kind: 'row', rowNumber: 3, reason: 'name-and-phone' });
    expect(p.counts).toEqual({ ok: 2, error: 0, duplicate: 2 });
  });

  it('leaves blank rows out of the preview but keeps their numbers', () => {
    const p = preview([
      ['Ali Khan', '', ''],
      ['', ' ', ''],
      ['Bea Jones', '', ''],
    ]);
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(p.blankRows).toEqual([3]);
  });

  it('refuses a file with headings and no people', () => {
    const built = buildImportPreview(
      { header, rows: [['', '', '']], mapping: guessMapping(header) },
      existing,
    );
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.errors.file).toBe('The file has column headings but no people in it.');
  });
});

describe('fixing, skipping and choosing rows', () => {
  const rows = [
    ['Ali Khan', 'ali@example.org', ''],
    ['Bea Jones', 'bea@', ''],
    ['Samuel Lee', 'sam@example.org', ''],
    ['Cal Brown', 'cal@example.org', ''],
  ];

  it('imports ok rows, never rows with errors, and duplicates only when chosen', () => {
    const p = preview(rows);
    expect(rowsToImport(p, {}).map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(rowsToImport(p, { 4: 'import' }).map((r) => r.rowNumber)).toEqual([2, 4, 5]);
    expect(rowsToImport(p, { 3: 'import', 4: 'import' }).map((r) => r.rowNumber)).toEqual([
      2, 4, 5,
    ]);
  });

  it('never imports a row with errors, even one whose person alone would pass', () => {
    const p = preview([
      ['Ali Khan', 'ali@example.org', '', 'Leeds'],
      ['Bea Jones', 'bea@example.org', ''],
    ]);
    expect(row(p, 2).status).toBe('error');
    expect(rowsToImport(p, { 2: 'import' }).map((r) => r.rowNumber)).toEqual([3]);
  });

  it('leaves out skipped rows', () => {
    const p = preview(rows);
    expect(rowsToImport(p, { 2: 'skip' }).map((r) => r.rowNumber)).toEqual([5]);
    expect(importSummary(p, { 2: 'skip' })).toEqual({ toImport: 1, skipped: 2, withErrors: 1 });
  });

  it('re-checks a fixed row, which can then be imported', () => {
    const p = preview(rows);
    const fixedInput = { ...row(p, 3).input, email: 'bea@example.org' };
    const fixed = fixRow(p, 3, fixedInput, existing);
    expect(row(fixed, 3).status).toBe('ok');
    expect(row(fixed, 3).fixed).toBe(true);
    expect(rowsToImport(fixed, {}).map((r) => r.rowNumber)).toEqual([2, 3, 5]);
    expect(row(p, 3).status).toBe('error');
  });

  it('re-checks duplicates across the file after a fix', () => {
    const p = preview(rows);
    const clash = fixRow(
      p,
      5,
      personInput({ name: 'Cal Brown', email: 'ALI@example.org' }),
      existing,
    );
    expect(row(clash, 5).status).toBe('duplicate');
    expect(row(clash, 5).duplicateOf).toEqual({ kind: 'row', rowNumber: 2, reason: 'email' });
    const stillBad = fixRow(p, 3, personInput({ name: '', email: 'bea@example.org' }), existing);
    expect(row(stillBad, 3).status).toBe('error');
    expect(rowsToImport(stillBad, { 3: 'import' }).map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('hands over tidy, validated people', () => {
    const p = preview([['  Ali   Khan ', ' ali@example.org ', '07700 900999']]);
    expect(rowsToImport(p, {})[0]?.person).toMatchObject({
      name: 'Ali Khan',
      email: 'ali@example.org',
      phone: '07700 900999',
    });
  });
});
