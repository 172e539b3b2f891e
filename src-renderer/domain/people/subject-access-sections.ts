import { formatLongDate } from '../dates';
import type { Attendance } from './attendance';
import { ATTENDANCE_LABELS } from './attendance';
import type { ConsentRecord } from './consent';
import { DECISION_LABELS, METHOD_LABELS } from './consent';
import { PURPOSE_LABELS } from './consent-purposes';
import type { EqualityResponse } from './equality';
import { answerState } from './equality';
import { EQUALITY_QUESTIONS, PREFER_NOT_TO_SAY_LABEL } from './equality-questions';
import type { Membership } from './membership';
import { ROLE_LABELS } from './membership';
import type { Person } from './person';
import { accessNeedsSummary } from './person';

/** The readable half of a subject-access bundle: headings, then label–value pairs, in plain English. */
export interface SubjectAccessField {
  label: string;
  value: string;
}

export interface SubjectAccessItem {
  title: string;
  fields: SubjectAccessField[];
}

export interface SubjectAccessSection {
  heading: string;
  intro?: string;
  items: SubjectAccessItem[];
  /** Shown instead of items when there are none, so an empty section reads as "none". */
  empty: string;
}

const NONE = 'None recorded';
const orNone = (value: string) => (value.trim() === '' ? NONE : value);
const when = (instant: string | undefined) => (instant ? readableInstant(instant) : NONE);

export function detailsSection(person: Person): SubjectAccessSection {
  const { emergencyContact: contact, carerOrCompanion: carer } = person;
  return {
    heading: 'Your details',
    intro: 'What the taskforce register holds about you.',
    items: [
      {
        title: person.name,
        fields: [
          { label: 'Name', value: person.name },
          { label: 'Preferred name', value: orNone(person.preferredName) },
          { label: 'Pronouns', value: orNone(person.pronouns) },
          { label: 'Email', value: orNone(person.email) },
          { label: 'Phone', value: orNone(person.phone) },
          { label: 'Address', value: orNone(person.address) },
          { label: 'Access needs', value: orNone(accessNeedsSummary(person.access).join('; ')) },
          {
            label: 'Carer or companion',
            value: carer.comes ? `Comes with you${carer.notes ? `: ${carer.notes}` : ''}` : NONE,
          },
          {
            label: 'Emergency contact',
            value: orNone(
              [contact.name, contact.relationship, contact.phone].filter(Boolean).join(', '),
            ),
          },
          { label: 'First recorded', value: when(person.createdAt) },
          { label: 'Last changed', value: when(person.updatedAt) },
        ],
      },
    ],
    empty: NONE,
  };
}

export function membershipSection(
  memberships: readonly Membership[],
  taskforces: Readonly<Record<string, string>>,
): SubjectAccessSection {
  return {
    heading: 'Taskforce membership',
    items: memberships.map((m) => ({
      title: taskforces[m.taskforceId] ?? 'A taskforce',
      fields: [
        { label: 'Role', value: ROLE_LABELS[m.role] },
        { label: 'Joined', value: formatLongDate(m.joinedOn) },
        { label: 'Left', value: m.leftOn ? formatLongDate(m.leftOn) : 'Still a member' },
      ],
    })),
    empty: 'You have not been a member of any taskforce.',
  };
}

export function attendanceSection(
  attendance: readonly Attendance[],
  events: Readonly<Record<string, string>>,
): SubjectAccessSection {
  return {
    heading: 'Events',
    items: attendance.map((a) => ({
      title: events[a.eventId] ?? 'An event',
      fields: [
        { label: 'Status', value: ATTENDANCE_LABELS[a.status] },
        { label: 'Came without registering', value: a.walkIn ? 'Yes' : 'No' },
        ...(a.checkedInAt ? [{ label: 'Arrived', value: readableInstant(a.checkedInAt) }] : []),
      ],
    })),
    empty: 'You have not been invited to or attended any event.',
  };
}

export function consentSection(
  records: readonly ConsentRecord[],
  events: Readonly<Record<string, string>>,
): SubjectAccessSection {
  return {
    heading: 'Consent',
    intro: 'Every consent decision recorded, oldest first, with the exact words you were given.',
    items: records.map((r) => ({
      title: `${PURPOSE_LABELS[r.purpose]}: ${DECISION_LABELS[r.decision]}`,
      fields: [
        { label: 'What you were told', value: r.wording },
        { label: 'Form version', value: String(r.formVersion) },
        { label: 'When', value: readableInstant(r.at) },
        { label: 'How', value: METHOD_LABELS[r.method] },
        { label: 'Recorded by', value: r.recordedBy },
        ...(r.eventId ? [{ label: 'At event', value: events[r.eventId] ?? 'An event' }] : []),
      ],
    })),
    empty: 'No consent has been recorded.',
  };
}

export function equalitySection(responses: readonly EqualityResponse[]): SubjectAccessSection {
  return {
    heading: 'Equality monitoring',
    intro: 'Kept separately from your details and only reported as totals.',
    items: responses.map((response) => ({
      title: `Answers given ${readableInstant(response.givenAt)}`,
      fields: EQUALITY_QUESTIONS.map((q) => {
        const state = answerState(response, q.id);
        const value =
          state.kind === 'answered'
            ? state.label
            : state.kind === 'prefer-not-to-say'
              ? PREFER_NOT_TO_SAY_LABEL
              : 'Not answered';
        return { label: q.characteristic, value };
      }),
    })),
    empty: 'You have not answered any equality monitoring questions.',
  };
}

/** Records from other features, shown field by field under a heading per table. */
export function otherSections(
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>,
): SubjectAccessSection[] {
  return Object.entries(tables).map(([table, records]) => ({
    heading: humanise(table),
    items: records.map((record, index) => ({
      title: `${humanise(table)} ${index + 1}`,
      fields: flatten(record, ''),
    })),
    empty: NONE,
  }));
}

/** Every plain value inside a record, labelled by where it sits ("Lines 1 amount"). */
function flatten(value: unknown, path: string): SubjectAccessField[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [{ label: humanise(path), value: String(value) }];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) => flatten(item, path ? `${path}.${key}` : key));
}

/** "expenseClaims" → "Expense claims", "lines.0.amount" → "Lines 1 amount". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .replace(/\b(\d+)\b/g, (n) => String(Number(n) + 1))
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2026-11-22T18:05:00.000Z" → "22 November 2026 at 18:05 (UTC)": no time zone guessing. */
function readableInstant(instant: string): string {
  const date = instant.slice(0, 10);
  const time = instant.slice(11, 16);
  const zone = instant.endsWith('Z') ? ' (UTC)' : '';
  const long = formatLongDate(date);
  return time ? `${long} at ${time}${zone}` : long;
}
