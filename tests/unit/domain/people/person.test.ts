import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkPhone,
  normaliseEmail,
  normalisePhone,
} from '../../../../src-renderer/domain/people/contact';
import {
  findPossibleDuplicates,
  normaliseName,
} from '../../../../src-renderer/domain/people/duplicates';
import {
  accessNeedsSummary,
  displayName,
  emptyAccessNeeds,
  validatePerson,
} from '../../../../src-renderer/domain/people/person';
import { matchesQuery } from '../../../../src-renderer/domain/text';
import { makePerson, personInput } from './fixtures';

describe('email addresses', () => {
  it.each([
    'sam@example.org',
    'sam.lee+taskforce@nhs.net',
    'o’brien@example.co.uk',
    'zoë@exämple.de',
  ])('accepts %s', (email) => expect(checkEmail(email)).toBeUndefined());

  it.each([
    'sam',
    'sam@',
    '@example.org',
    'sam@example',
    'sam lee@example.org',
    'sam@@example.org',
    'sam..lee@example.org',
    'sam@example.o',
  ])('refuses %s with a plain-English message', (email) =>
    expect(checkEmail(email)).toBe(
      'Enter an email address in the correct format, like name@example.org.',
    ),
  );

  it('allows no email at all, and normalises case and spaces for matching', () => {
    expect(checkEmail('')).toBeUndefined();
    expect(normaliseEmail('  Sam.Lee@Example.ORG ')).toBe('sam.lee@example.org');
  });
});

describe('phone numbers', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['(07700) 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['020 7946 0018', '+442079460018'],
    ['016977 3456', '+44169773456'],
    ['7700900123', '+447700900123'], // a spreadsheet dropped the leading zero
    ['447700900123', '+447700900123'], // a spreadsheet dropped the +
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+1 (212) 555-0100', '+12125550100'],
  ])('reads %s as %s', (typed, key) => {
    expect(checkPhone(typed)).toBeUndefined();
    expect(normalisePhone(typed)).toBe(key);
  });

  it.each([
    ['call me', /can only contain numbers/],
    ['07700 900123 ext 4', /can only contain numbers/],
    ['0770 090', /has 10 or 11 digits \(this has 7\)/],
    ['077009001234567', /has 10 or 11 digits/],
    ['12345', /Enter a phone number like 07700 900123/],
    ['+1234', /between 7 and 15 digits/],
    ['07700+900123', /A \+ can only come at the start/],
  ])('refuses %s', (typed, message) => {
    expect(checkPhone(typed)).toMatch(message);
    expect(normalisePhone(typed)).toBe('');
  });
});

describe('a person', () => {
  it('needs a name', () => {
    const checked = validatePerson(personInput({ name: '   ' }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.name).toBe('Enter their name.');
  });

  it('puts each problem at its field', () => {
    const checked = validatePerson(
      personInput({ name: 'Sam Lee', email: 'sam@', phone: 'none', pronouns: 'x'.repeat(41) }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.email).toMatch(/correct format/);
    expect(checked.errors.phone).toMatch(/can only contain numbers/);
    expect(checked.errors.pronouns).toBe(
      'The pronouns must be 40 characters or fewer (it has 41).',
    );
    expect(checked.errors.name).toBeUndefined();
  });

  it('refuses over-long names and text with control characters', () => {
    const long = validatePerson(personInput({ name: 'S'.repeat(121) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.name).toMatch(/120 characters or fewer/);
    const control = validatePerson(personInput({ name: 'Sam\u0007Lee' }));
    expect(control.ok).toBe(false);
    if (!control.ok) expect(control.errors.name).toMatch(/cannot be stored/);
  });

  it('asks which language when an interpreter is needed', () => {
    const access = { ...emptyAccessNeeds(), interpreterBsl: true };
    const checked = validatePerson(personInput({ name: 'Sam Lee', access }));
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors['access.interpreterLanguage']).toMatch(/language to interpret/);
  });

  it('needs a name and a phone for an emergency contact once any of it is given', () => {
    const checked = validatePerson(
      personInput({
        name: 'Sam Lee',
        emergencyContact: { name: '', phone: '', relationship: 'Sister' },
      }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['emergencyContact.name']).toBe("Enter the emergency contact's name.");
    expect(checked.errors['emergencyContact.phone']).toBe(
      "Enter the emergency contact's phone number.",
    );
  });

  it('tidies what it keeps: trimmed text, no notes for unticked boxes', () => {
    const checked = validatePerson(
      personInput({
        name: '  Sam   Lee ',
        email: ' Sam@Example.org ',
        access: { ...emptyAccessNeeds(), interpreterLanguage: 'BSL' },
        carerOrCompanion: { comes: false, notes: 'left over' },
      }),
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.name).toBe('Sam Lee');
    expect(checked.value.email).toBe('Sam@Example.org');
    expect(checked.value.access.interpreterLanguage).toBe('');
    expect(checked.value.carerOrCompanion.notes).toBe('');
  });

  it('stores search words and duplicate keys with the record', () => {
    const person = makePerson('p1', {
      name: 'Samira Okafor',
      preferredName: 'Sam',
      email: 'Sam.O@Example.org',
      phone: '07700 900123',
    });
    expect(person.emailKey).toBe('sam.o@example.org');
    expect(person.phoneKey).toBe('+447700900123');
    expect(matchesQuery(person.words, 'oka')).toBe(true);
    expect(matchesQuery(person.words, 'sam ok')).toBe(true);
    expect(matchesQuery(person.words, '0770090')).toBe(true);
    expect(matchesQuery(person.words, 'lee')).toBe(false);
    expect(displayName(person)).toBe('Sam');
  });

  it('summarises access needs for a badge or check-in row', () => {
    const access = {
      ...emptyAccessNeeds(),
      stepFree: true,
      interpreterBsl: true,
      interpreterLanguage: 'British Sign Language',
      dietary: 'Vegan',
    };
    expect(accessNeedsSummary(access)).toEqual([
      'Step-free access',
      'Interpreter: British Sign Language',
      'Dietary: Vegan',
    ]);
    expect(accessNeedsSummary(emptyAccessNeeds())).toEqual([]);
  });
});

describe('spotting the same person twice', () => {
  const people = [
    makePerson('p1', { name: 'Sam Lee', email: 'sam@example.org', phone: '07700 900123' }),
    makePerson('p2', { name: 'José García', phone: '020 7946 0018' }),
  ];

  it('matches on the same email, however it is typed', () => {
    expect(
      findPossibleDuplicates({ name: 'S. Lee', email: ' SAM@example.org', phone: '' }, people),
    ).toEqual([{ id: 'p1', reason: 'email' }]);
  });

  it('matches on name and phone together, not on either alone', () => {
    expect(
      findPossibleDuplicates({ name: 'jose garcia', email: '', phone: '+44 20 7946 0018' }, people),
    ).toEqual([{ id: 'p2', reason: 'name-and-phone' }]);
    expect(findPossibleDuplicates({ name: 'José García', email: '', phone: '' }, people)).toEqual(
      [],
    );
    expect(
      findPossibleDuplicates({ name: 'Ana García', email: '', phone: '020 7946 0018' }, people),
    ).toEqual([]);
  });

  it('does not match a person with themselves when editing', () => {
    expect(
      findPossibleDuplicates(
        { name: 'Sam Lee', email: 'sam@example.org', phone: '' },
        people,
        'p1',
      ),
    ).toEqual([]);
  });

  it('ignores case, spacing and accents in names', () => {
    expect(normaliseName('  José   GARCÍA ')).toBe('jose garcia');
  });
});
