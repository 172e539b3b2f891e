import { describe, expect, it } from 'vitest';
import { keepInTouchList } from '../../../../src-renderer/domain/people/keep-in-touch';
import { emptyAccessNeeds } from '../../../../src-renderer/domain/people/person';
import {
  personConsentProblems,
  withoutUnconsentedDetails,
} from '../../../../src-renderer/domain/people/person-consent';
import { consent, makePerson, personInput } from './fixtures';

const withNeeds = personInput({
  name: 'Sam Lee',
  access: { ...emptyAccessNeeds(), stepFree: true, dietary: 'No nuts' },
  carerOrCompanion: { comes: true, notes: 'Support worker' },
  emergencyContact: { name: 'Jo Lee', phone: '07700 900456', relationship: 'Sister' },
});

describe('details that need consent before they are kept', () => {
  it('refuses access needs, carer and emergency contact without the matching consent', () => {
    const problems = personConsentProblems(withNeeds, []);
    expect(problems.access).toMatch(/explicit consent for health data/);
    expect(problems.carerOrCompanion).toMatch(/explicit consent for health data/);
    expect(problems.emergencyContact).toMatch(/agrees to their details being kept/);
  });

  it('accepts them once explicit health consent and consent to keep details are given', () => {
    const records = [
      consent('health', 'granted', '2026-01-10T10:00:00Z'),
      consent('keepDetails', 'granted', '2026-01-10T10:00:00Z'),
    ];
    expect(personConsentProblems(withNeeds, records)).toEqual({});
  });

  it('does not accept another kind of explicit consent in place of health', () => {
    const records = [consent('ethnicity', 'granted', '2026-01-10T10:00:00Z')];
    expect(personConsentProblems(withNeeds, records).access).toBeDefined();
  });

  it('has nothing to say about a person with no such details', () => {
    expect(
      personConsentProblems(personInput({ name: 'Sam Lee', email: 'sam@example.org' }), []),
    ).toEqual({});
  });

  it('removes what a withdrawal no longer covers, and says what went', () => {
    const records = [
      consent('health', 'granted', '2026-01-10T10:00:00Z'),
      consent('keepDetails', 'granted', '2026-01-10T10:00:00Z'),
      consent('health', 'withdrawn', '2026-02-10T10:00:00Z'),
    ];
    const { person, removed } = withoutUnconsentedDetails(withNeeds, records);
    expect(removed).toEqual(['access needs', 'carer or companion details']);
    expect(person.access).toEqual(emptyAccessNeeds());
    expect(person.carerOrCompanion).toEqual({ comes: false, notes: '' });
    expect(person.emergencyContact.name).toBe('Jo Lee');
    expect(withNeeds.access.stepFree).toBe(true);
  });
});

describe('the keep-in-touch list', () => {
  const sam = makePerson('p-sam', {
    name: 'Sam Lee',
    email: 'sam@example.org',
    phone: '07700 900123',
    address: '1 High Street',
  });
  const ali = makePerson('p-ali', {
    name: 'Ali Khan',
    email: 'ali@example.org',
    pronouns: 'he/him',
  });
  const bea = makePerson('p-bea', {
    name: 'Bea Jones',
    preferredName: 'Bee',
    email: 'bea@example.org',
  });
  const cal = makePerson('p-cal', { name: 'Cal Brown', email: 'cal@example.org' });
  const records = [
    consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z', { personId: 'p-sam' }),
    consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z', { personId: 'p-bea' }),
    consent('shareContactWithMembers', 'granted', '2026-01-10T10:00:00Z', { personId: 'p-ali' }),
    consent('shareContactWithMembers', 'withdrawn', '2026-03-10T10:00:00Z', { personId: 'p-ali' }),
    consent('shareContactWithMembers', 'refused', '2026-01-10T10:00:00Z', { personId: 'p-cal' }),
    consent('photosAndRecordings', 'granted', '2026-01-10T10:00:00Z', { personId: 'p-cal' }),
  ];

  it('holds exactly the people whose current consent allows sharing, by name', () => {
    const list = keepInTouchList([sam, ali, bea, cal], records);
    expect(list.map((e) => e.personId)).toEqual(['p-bea', 'p-sam']);
  });

  it('carries only name and contact details, never the address or pronouns', () => {
    const list = keepInTouchList([sam, bea], records);
    expect(list[1]).toEqual({
      personId: 'p-sam',
      name: 'Sam Lee',
      preferredName: '',
      email: 'sam@example.org',
      phone: '07700 900123',
    });
    expect(list[0]?.preferredName).toBe('Bee');
    expect(JSON.stringify(list)).not.toContain('High Street');
  });
});
