import { daysInMonth, formatLongDate, isIsoDate } from '../dates';
import type { Attendance } from './attendance';
import type { ConsentRecord } from './consent';
import { consentHistory } from './consent';
import type { EqualityResponse } from './equality';
import type { TaggedRecord } from './erasure';
import type { Membership } from './membership';
import { membershipsOf } from './membership';
import type { Person } from './person';
import { matchesNeedle, needlesFor, replaceDetails } from './personal-data-search';
import type { Needle } from './personal-data-search';
import { containsExactString } from './record-walk';
import type { SubjectAccessSection } from './subject-access-sections';
import {
  attendanceSection,
  consentSection,
  detailsSection,
  equalitySection,
  membershipSection,
  otherSections,
} from './subject-access-sections';

/**
 * Everything held about one person, for a subject access request: readable sections for the
 * PDF and the same data as JSON. Only this person's records go in, and anyone else named inside
 * them (in a shared record such as a topic card) is replaced by "another person".
 */
export const ANOTHER_PERSON = 'another person';

export interface SubjectAccessInput {
  person: Person;
  memberships: readonly Membership[];
  attendance: readonly Attendance[];
  consentRecords: readonly ConsentRecord[];
  equalityResponses: readonly EqualityResponse[];
  /** Records of other tables that refer to the person by id. */
  otherRecords: readonly TaggedRecord[];
  /** Everyone else on the register, so that their details can be blanked out. */
  otherPeople: readonly Person[];
  /** Readable names for ids, e.g. taskforce and event titles. */
  names?: {
    taskforces?: Readonly<Record<string, string>>;
    events?: Readonly<Record<string, string>>;
  };
  generatedAt: string;
}

export interface SubjectAccessJson {
  format: 'two-feet-subject-access';
  formatVersion: 1;
  generatedAt: string;
  person: Person;
  memberships: Membership[];
  attendance: Attendance[];
  consentRecords: ConsentRecord[];
  equalityResponses: EqualityResponse[];
  otherRecords: Record<string, Record<string, unknown>[]>;
}

export interface SubjectAccessBundle {
  title: string;
  sections: SubjectAccessSection[];
  json: SubjectAccessJson;
  /** A file name without personal data, e.g. "subject-access-2026-11-22". */
  fileName: string;
}

export function buildSubjectAccessBundle(input: SubjectAccessInput): SubjectAccessBundle {
  const { person } = input;
  const own = <T extends { personId: string }>(records: readonly T[]) =>
    records.filter((r) => r.personId === person.id);
  const others = otherNeedles(input.otherPeople, person);
  const clean = <T>(value: T): T => replaceDetails(value, others, ANOTHER_PERSON);

  const memberships = clean(membershipsOf(input.memberships, person.id));
  const attendance = clean(own(input.attendance));
  const consentRecords = clean(consentHistory(own(input.consentRecords)).reverse());
  const equalityResponses = clean(own(input.equalityResponses));
  const otherRecords: Record<string, Record<string, unknown>[]> = {};
  for (const { table, record } of input.otherRecords) {
    if (!containsExactString(record, person.id)) continue;
    otherRecords[table] = [...(otherRecords[table] ?? []), clean({ ...record })];
  }
  const names = clean(input.names ?? {});
  const json: SubjectAccessJson = {
    format: 'two-feet-subject-access',
    formatVersion: 1,
    generatedAt: input.generatedAt,
    person: clean(person),
    memberships,
    attendance,
    consentRecords,
    equalityResponses,
    otherRecords,
  };
  return {
    title: `Information held about ${person.name}`,
    sections: [
      detailsSection(json.person),
      membershipSection(memberships, names.taskforces ?? {}),
      attendanceSection(attendance, names.events ?? {}),
      consentSection(consentRecords, names.events ?? {}),
      equalitySection(equalityResponses),
      ...otherSections(otherRecords),
    ],
    json,
    fileName: `subject-access-${input.generatedAt.slice(0, 10)}`,
  };
}

/**
 * Other people's details to blank out. A detail that is also the person's own (a household
 * phone, a shared name, the person's own emergency contact) is left alone: the person gave it.
 */
function otherNeedles(otherPeople: readonly Person[], person: Person): Needle[] {
  const ownNeedles = needlesFor({ ...person, id: '' });
  const own = (text: string) => ownNeedles.some((needle) => matchesNeedle(needle, text));
  return otherPeople
    .filter((other) => other.id !== person.id)
    .flatMap((other) =>
      needlesFor({
        id: other.id,
        name: own(other.name) ? '' : other.name,
        preferredName: own(other.preferredName) ? '' : other.preferredName,
        email: own(other.email) ? '' : other.email,
        phone: own(other.phone) ? '' : other.phone,
        address: own(other.address) ? '' : other.address,
      }),
    );
}

/**
 * The date a response is due: one calendar month after the request arrived, or the last day of
 * the next month when it has no such date (a request on 31 January is due on 28 or 29 February).
 */
export function subjectAccessDueDate(receivedOn: string): string {
  if (!isIsoDate(receivedOn)) return receivedOn;
  const [year, month, day] = receivedOn.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const dueDay = Math.min(day, daysInMonth(nextYear, nextMonth));
  return `${nextYear}-${String(nextMonth).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`;
}

export function describeDueDate(receivedOn: string): string {
  return `Reply by ${formatLongDate(subjectAccessDueDate(receivedOn))}.`;
}
