import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../../../../src-renderer/domain/people/erasure';
import { findPersonalData } from '../../../../src-renderer/domain/people/personal-data-search';
import type { SubjectAccessInput } from '../../../../src-renderer/domain/people/subject-access';
import {
  buildSubjectAccessBundle,
  subjectAccessDueDate,
} from '../../../../src-renderer/domain/people/subject-access';
import { humanise } from '../../../../src-renderer/domain/people/subject-access-sections';
import type { Register } from './register-fixture';
import { ALI_ID, BEA_ID, SAM_ID, buildRegister } from './register-fixture';

function input(register: Register): SubjectAccessInput {
  const otherRecords: TaggedRecord[] = Object.entries(register.other).flatMap(([table, records]) =>
    records.map((record) => ({ table, record })),
  );
  return {
    person: register.sam,
    // Everyone's records go in; the bundle must pick out Sam's.
    memberships: register.memberships,
    attendance: register.attendance,
    consentRecords: register.consentRecords,
    equalityResponses: register.equalityResponses,
    otherRecords,
    otherPeople: register.people,
    names: {
      taskforces: { 'tf-lgbt': 'LGBT & Cancer', 'tf-older': 'Older people' },
      events: { 'ev-1': 'Spring open space', 'ev-2': 'Summer meeting' },
    },
    generatedAt: '2026-11-22T16:00:00.000Z',
  };
}

describe('the subject access bundle', () => {
  const register = buildRegister();
  const bundle = buildSubjectAccessBundle(input(register));

  it('holds every one of the person’s records', () => {
    expect(bundle.json.person.id).toBe(SAM_ID);
    expect(bundle.json.memberships.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(bundle.json.attendance.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(bundle.json.consentRecords.map((c) => c.id).sort()).toEqual([
      'c-1',
      'c-2',
      'c-3',
      'c-4',
      'c-5',
    ]);
    expect(bundle.json.equalityResponses.map((e) => e.id)).toEqual(['eq-1']);
    expect(
      Object.fromEntries(
        Object.entries(bundle.json.otherRecords).map(([t, rs]) => [t, rs.map((r) => r.id)]),
      ),
    ).toEqual({
      expenseClaims: ['claim-paid', 'claim-draft', 'claim-old'],
      topics: ['topic-1'],
      groupMovements: ['move-1'],
    });
  });

  it('holds nothing of anyone else', () => {
    const text = JSON.stringify(bundle);
    for (const other of [register.ali, register.bea]) {
      const own = { id: other.id, name: other.name, email: other.email, phone: other.phone };
      expect(findPersonalData({ bundle: [bundle] }, own)).toEqual([]);
      expect(text).not.toContain(other.id);
    }
    expect(text).not.toContain('claim-ali');
    expect(text).not.toContain('c-6');
    expect(text).not.toContain('45-to-54');
  });

  it('blanks out another person named inside a shared record, keeping the rest', () => {
    const topic = bundle.json.otherRecords.topics?.[0];
    expect(topic?.convenerIds).toEqual([SAM_ID, 'another person']);
    expect(topic?.description).toBe(
      'Proposed by Sam Lee with another person. Questions to sam.lee@example.org or 07700-900-123.',
    );
  });

  it('keeps the person’s own details, including their own emergency contact', () => {
    expect(bundle.json.person.emergencyContact).toEqual({
      name: 'Jo Lee',
      phone: '07700 900456',
      relationship: 'Sister',
    });
    expect(findPersonalData({ bundle: [bundle.json] }, { ...register.sam }).length).toBeGreaterThan(
      10,
    );
  });

  it('reads as headed sections in plain English', () => {
    expect(bundle.sections.map((s) => s.heading)).toEqual([
      'Your details',
      'Taskforce membership',
      'Events',
      'Consent',
      'Equality monitoring',
      'Expense claims',
      'Topics',
      'Group movements',
    ]);
    const field = (heading: string, label: string, item = 0) =>
      bundle.sections
        .find((s) => s.heading === heading)
        ?.items[item]?.fields.find((f) => f.label === label)?.value;
    expect(field('Your details', 'Access needs')).toBe('Step-free access; Dietary: Coeliac');
    expect(field('Taskforce membership', 'Role', 1)).toBe('Steering group');
    expect(bundle.sections[1]?.items[0]?.title).toBe('LGBT & Cancer');
    expect(field('Events', 'Arrived')).toBe('Sunday 22 November 2026 at 10:05 (UTC)');
    const consentItems = bundle.sections.find((s) => s.heading === 'Consent')?.items ?? [];
    expect(consentItems.map((i) => i.title)).toContain(
      'Share my contact details with other members: Withdrew consent',
    );
    expect(field('Consent', 'What you were told')).toMatch(/^I agree/);
    expect(field('Equality monitoring', 'Race')).toBe(
      'Mixed or Multiple ethnic groups: White and Asian',
    );
    expect(field('Equality monitoring', 'Sex')).toBe('Not answered');
    expect(field('Expense claims', 'Lines 1 amount pence')).toBe('1350');
  });

  it('has a file name without personal data', () => {
    expect(bundle.fileName).toBe('subject-access-2026-11-22');
  });

  it('says when a person has no records of a kind', () => {
    const loner = buildSubjectAccessBundle({
      ...input(register),
      person: register.bea,
      otherPeople: register.people,
    });
    expect(loner.json.attendance.map((a) => a.personId)).toEqual([BEA_ID]);
    expect(loner.sections.find((s) => s.heading === 'Consent')?.items).toEqual([]);
    expect(loner.sections.find((s) => s.heading === 'Consent')?.empty).toBe(
      'No consent has been recorded.',
    );
    expect(JSON.stringify(loner)).not.toContain(ALI_ID);
  });
});

describe('subject access deadlines', () => {
  it('is one calendar month later, or the end of a shorter month', () => {
    expect(subjectAccessDueDate('2026-11-22')).toBe('2026-12-22');
    expect(subjectAccessDueDate('2026-12-15')).toBe('2027-01-15');
    expect(subjectAccessDueDate('2026-01-31')).toBe('2026-02-28');
    expect(subjectAccessDueDate('2028-01-31')).toBe('2028-02-29');
  });
});

describe('labels for records of other features', () => {
  it('turns field names into words', () => {
    expect(humanise('expenseClaims')).toBe('Expense claims');
    expect(humanise('lines.0.amountPence')).toBe('Lines 1 amount pence');
  });
});
