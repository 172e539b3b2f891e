import type { Attendance } from '../../../../src-renderer/domain/people/attendance';
import { checkIn, register } from '../../../../src-renderer/domain/people/attendance';
import type { ConsentRecord } from '../../../../src-renderer/domain/people/consent';
import type { EqualityResponse } from '../../../../src-renderer/domain/people/equality';
import type { Membership } from '../../../../src-renderer/domain/people/membership';
import type { Person } from '../../../../src-renderer/domain/people/person';
import { emptyAccessNeeds } from '../../../../src-renderer/domain/people/person';
import { createdMeta } from '../../../../src-renderer/domain/record';
import { at, consent, ctx, makePerson } from './fixtures';

/**
 * A small but realistic register: Sam (the person asking for their data, then for erasure),
 * Ali and Bea, with their records in every table — including records of other features whose
 * shape this module does not know.
 */
export const SAM_ID = 'p-sam-8f3a41c2';
export const ALI_ID = 'p-ali-21c9d7e0';
export const BEA_ID = 'p-bea-77b0a913';

export function buildRegister() {
  const sam = makePerson(SAM_ID, {
    name: 'Sam Lee',
    preferredName: 'Sammy',
    pronouns: 'they/them',
    email: 'Sam.Lee@example.org',
    phone: '07700 900123',
    address: '14 Canal Street, Manchester M1 3HE',
    access: { ...emptyAccessNeeds(), stepFree: true, dietary: 'Coeliac' },
    carerOrCompanion: { comes: true, notes: 'Support worker on Thursdays' },
    emergencyContact: { name: 'Jo Lee', phone: '07700 900456', relationship: 'Sister' },
  });
  const ali = makePerson(ALI_ID, {
    name: 'Ali Khan',
    email: 'ali.khan@example.org',
    phone: '+44 7700 900999',
    // Ali's emergency contact is Sam: Sam's details sit inside another person's record.
    emergencyContact: { name: 'Sam Lee', phone: '07700900123', relationship: 'Friend' },
  });
  const bea = makePerson(BEA_ID, {
    name: 'Bea Jones',
    email: 'bea@example.org',
    phone: '0161 496 0000',
  });
  const people: Person[] = [sam, ali, bea];

  const membership = (id: string, personId: string, extra: Partial<Membership>): Membership => ({
    ...createdMeta(id, ctx),
    personId,
    taskforceId: 'tf-lgbt',
    role: 'member',
    joinedOn: '2025-01-15',
    ...extra,
  });
  const memberships: Membership[] = [
    membership('m-1', SAM_ID, { leftOn: '2026-03-01' }),
    membership('m-2', SAM_ID, { role: 'steering-group', joinedOn: '2026-03-01' }),
    membership('m-3', ALI_ID, {}),
    membership('m-4', BEA_ID, { taskforceId: 'tf-older' }),
  ];

  const door = at('2026-11-22T10:05:00.000Z', 'Dana Facilitator');
  const attendance: Attendance[] = [
    checkIn(
      register(undefined, { eventId: 'ev-1', personId: SAM_ID }, 'a-1', ctx).attendance,
      { eventId: 'ev-1', personId: SAM_ID },
      'x',
      door,
    ).attendance,
    register(undefined, { eventId: 'ev-2', personId: SAM_ID }, 'a-2', ctx).attendance,
    checkIn(undefined, { eventId: 'ev-1', personId: ALI_ID }, 'a-3', door).attendance,
    register(undefined, { eventId: 'ev-1', personId: BEA_ID }, 'a-4', ctx).attendance,
  ];

  const consentRecords: ConsentRecord[] = [
    consent('keepDetails', 'granted', '2025-01-15T10:00:00Z', { id: 'c-1', personId: SAM_ID }),
    consent('health', 'granted', '2025-01-15T10:00:00Z', { id: 'c-2', personId: SAM_ID }),
    consent('shareContactWithMembers', 'granted', '2025-01-15T10:00:00Z', {
      id: 'c-3',
      personId: SAM_ID,
    }),
    consent('shareContactWithMembers', 'withdrawn', '2026-02-01T10:00:00Z', {
      id: 'c-4',
      personId: SAM_ID,
    }),
    consent('ethnicity', 'granted', '2025-01-15T10:00:00Z', { id: 'c-5', personId: SAM_ID }),
    consent('keepDetails', 'granted', '2025-01-15T10:00:00Z', { id: 'c-6', personId: ALI_ID }),
  ];

  const equalityResponses: EqualityResponse[] = [
    {
      ...createdMeta('eq-1', ctx),
      personId: SAM_ID,
      answers: { age: '35-to-44', ethnicity: 'mixed-white-and-asian' },
      givenAt: ctx.now,
    },
    {
      ...createdMeta('eq-2', ctx),
      personId: ALI_ID,
      answers: { age: '45-to-54' },
      givenAt: ctx.now,
    },
  ];

  const expenseClaims: Record<string, unknown>[] = [
    {
      ...createdMeta('claim-paid', ctx),
      personId: SAM_ID,
      eventId: 'ev-1',
      claimantName: 'Sam Lee',
      address: '14 Canal Street, Manchester M1 3HE',
      payment: { accountName: 'S LEE', sortCode: '12-34-56', accountNumber: '31926819' },
      lines: [
        {
          category: 'mileage',
          miles: 30,
          amountPence: 1350,
          note: 'From 14 Canal Street, Manchester M1 3HE',
        },
      ],
      totalPence: 1350,
      status: 'paid',
      paidOn: '2026-04-10',
    },
    {
      ...createdMeta('claim-draft', ctx),
      personId: SAM_ID,
      claimantName: 'Sam Lee',
      payment: { accountName: 'S LEE', sortCode: '12-34-56', accountNumber: '31926819' },
      lines: [{ category: 'parking', amountPence: 500 }],
      totalPence: 500,
      status: 'draft',
    },
    {
      ...createdMeta('claim-old', ctx),
      personId: SAM_ID,
      claimantName: 'Sam Lee',
      payment: { accountName: 'S LEE', sortCode: '12-34-56', accountNumber: '31926819' },
      lines: [{ category: 'fares', amountPence: 820 }],
      totalPence: 820,
      status: 'paid',
      paidOn: '2018-05-01',
    },
    {
      ...createdMeta('claim-ali', ctx),
      personId: ALI_ID,
      claimantName: 'Ali Khan',
      payment: { accountName: 'A KHAN', sortCode: '65-43-21', accountNumber: '11112222' },
      lines: [{ category: 'fares', amountPence: 640 }],
      totalPence: 640,
      status: 'paid',
      paidOn: '2026-05-01',
    },
  ];

  const topics: Record<string, unknown>[] = [
    {
      ...createdMeta('topic-1', ctx),
      title: 'Access to screening',
      convenerIds: [SAM_ID, ALI_ID],
      description:
        'Proposed by Sam Lee with Ali Khan. Questions to sam.lee@example.org or 07700-900-123.',
    },
    {
      ...createdMeta('topic-2', ctx),
      title: 'Peer support',
      convenerIds: [BEA_ID],
      description: 'Bea Jones',
    },
  ];

  const groupMovements: Record<string, unknown>[] = [
    {
      ...createdMeta('move-1', ctx),
      personId: SAM_ID,
      topicId: 'topic-1',
      joinedAt: '2026-11-22T11:00:00Z',
    },
    {
      ...createdMeta('move-2', ctx),
      personId: ALI_ID,
      topicId: 'topic-1',
      joinedAt: '2026-11-22T11:02:00Z',
    },
  ];

  const feedback: Record<string, unknown>[] = [
    {
      ...createdMeta('fb-1', ctx),
      participantId: 'pt-77',
      eventId: 'ev-1',
      answers: { q1: 5, q2: 'Loved it' },
    },
  ];

  const auditLog: Record<string, unknown>[] = [
    {
      ...createdMeta('audit-0', ctx),
      action: 'backup-made',
      at: ctx.now,
      actor: 'Dana Facilitator',
    },
  ];

  return {
    sam,
    ali,
    bea,
    people,
    memberships,
    attendance,
    consentRecords,
    equalityResponses,
    other: { expenseClaims, topics, groupMovements, feedback, auditLog },
  };
}

export type Register = ReturnType<typeof buildRegister>;

/** Every table as plain arrays, as the data layer would read them for a search. */
export function allTables(register: Register): Record<string, Record<string, unknown>[]> {
  const plain = (records: readonly object[]) =>
    records.map((r) => ({ ...r }) as Record<string, unknown>);
  return {
    people: plain(register.people),
    memberships: plain(register.memberships),
    attendance: plain(register.attendance),
    consentRecords: plain(register.consentRecords),
    equalityResponses: plain(register.equalityResponses),
    ...register.other,
  };
}
