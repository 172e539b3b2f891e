import { eventTiming } from '../../../src-renderer/domain/event-list';
import type { Person } from '../../../src-renderer/domain/people/person';
import { type BenchDataset, storedTables, wholeDatasetGroups } from './dataset';
import { FEEDBACK_FORM_ID } from './surveys';
import type { VotingHeadline } from './voting';

export interface DatasetSummary {
  seed: string;
  today: string;
  /** Rows per object store written by the seed's timed runs (taskforces and events). */
  rows: Record<string, number>;
  /** Rows per object store of the whole dataset, written once after the seed's timed runs. */
  tables: Record<string, number>;
  events: { past: number; today: number; upcoming: number };
  /**
   * Of the seeded tables (taskforces and events): changes whenever any of their values
   * changes. Results of the seed and events rows are only comparable when it is equal.
   */
  fingerprint: string;
  people: {
    rows: number;
    withEmail: number;
    withPhone: number;
    withPreferredName: number;
    withPronouns: number;
    /** Size of the generated CSV file in bytes (UTF-8, with its byte order mark). */
    csvBytes: number;
    /** Of the people and their CSV: results of the people rows are only comparable when equal. */
    fingerprint: string;
  };
  /** The totals, as generated. */
  totals: {
    attendanceAndMovements: number;
    rounds: number;
    votes: number;
    surveyResponses: number;
    claims: number;
    claimLines: number;
    receipts: number;
    receiptBytes: number;
    involvementPayments: number;
  };
  /** One per later group: rows that use a group are only comparable when its value is equal. */
  fingerprints: {
    attendance: string;
    voting: string;
    surveys: string;
    expenses: string;
    involvement: string;
  };
  /** Records the operations measure. */
  focus: {
    boardEventId: string | null;
    voting: VotingHeadline | null;
    surveyTaskforceId: string | null;
    surveyParticipants: number;
    /** A decided proposal (it has an outcome), for the decision record. */
    decisionProposalId: string | null;
    /** An event with anonymous feedback, for the feedback summary. */
    feedbackEventId: string | null;
  };
}

export function summarise(dataset: BenchDataset, seed: string): DatasetSummary {
  const rows: Record<string, number> = {};
  for (const [table, list] of Object.entries(storedTables(dataset))) rows[table] = list.length;
  const tables: Record<string, number> = { ...rows };
  for (const group of wholeDatasetGroups(dataset)) {
    for (const [table, list] of Object.entries(group)) tables[table] = list.length;
  }
  const events = { past: 0, today: 0, upcoming: 0 };
  for (const event of dataset.events) events[eventTiming(event.date, dataset.today)]++;
  const { today, taskforces, events: eventRows, people, peopleCsv } = dataset;
  const { attendance, voting, surveys, expenses } = dataset;
  const count = (has: (p: Person) => boolean) => people.filter(has).length;
  const movements = attendance.boards.reduce((n, b) => n + b.movements.length, 0);
  const receiptBytes = expenses.receipts.reduce((n, r) => n + r.size, 0);
  return {
    seed,
    today,
    rows,
    tables,
    events,
    // The same object (and key order) as before people were added, so the value did not change.
    fingerprint: fingerprint({ today, taskforces, events: eventRows }),
    people: {
      rows: people.length,
      withEmail: count((p) => p.email !== ''),
      withPhone: count((p) => p.phone !== ''),
      withPreferredName: count((p) => p.preferredName !== ''),
      withPronouns: count((p) => p.pronouns !== ''),
      csvBytes: new TextEncoder().encode(peopleCsv).length,
      fingerprint: fingerprint({ people, peopleCsv }),
    },
    totals: {
      attendanceAndMovements: attendance.attendance.length + movements,
      rounds: voting.rounds.length,
      votes: voting.namedVotes.length + voting.anonymousBallots.length,
      surveyResponses: surveys.responses.length,
      claims: expenses.claims.length,
      claimLines: expenses.claims.reduce((n, c) => n + c.lines.length, 0),
      receipts: expenses.receipts.length,
      receiptBytes,
      involvementPayments: dataset.involvement.payments.length,
    },
    fingerprints: {
      attendance: fingerprint({
        memberships: attendance.memberships,
        attendance: attendance.attendance,
        boards: attendance.boards,
      }),
      voting: fingerprint(voting),
      surveys: fingerprint(surveys),
      // Receipt bytes enter as their own hash: JSON would spell out every byte.
      expenses: fingerprint({
        claims: expenses.claims,
        receipts: expenses.receipts.map((r) => ({ ...r, bytes: hashBytes(r.bytes) })),
      }),
      involvement: fingerprint(dataset.involvement),
    },
    focus: {
      boardEventId: attendance.boards[0]?.eventId ?? null,
      voting: voting.headline,
      surveyTaskforceId: surveys.reportTaskforceId,
      surveyParticipants: surveys.reportParticipants,
      decisionProposalId: voting.outcomes[0]?.proposalId ?? null,
      feedbackEventId:
        surveys.responses.find((r) => r.formId === FEEDBACK_FORM_ID)?.eventId ?? null,
    },
  };
}

function hashBytes(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  for (const byte of bytes) a = Math.imul(a ^ byte, 0x01000193);
  return (a >>> 0).toString(16).padStart(8, '0');
}

/** Two 32-bit FNV-1a hashes (different offsets) of the value's JSON, as 16 hex digits. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
