import type { Transaction } from 'dexie';
import { sortKey } from '../domain/people/person';
import { searchWords } from '../domain/text';

/**
 * Every schema version the database has ever had, oldest first. Never edit a released
 * version: add a new one with its date and, where rows must change, an upgrade function.
 * Each upgrade has its own test in tests/unit/data/upgrades.test.ts.
 */
export interface SchemaVersion {
  version: number;
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-22',
    why: 'Taskforces, their events, and settings.',
    stores: {
      taskforces: 'id, name, status',
      events: 'id, taskforceId, date, [taskforceId+date]',
      settings: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-22',
    why: 'Search events by word through an index; keep deletions as tombstones so that laptops can be merged later.',
    stores: {
      events: 'id, taskforceId, date, [taskforceId+date], *words',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: (tx) =>
      tx
        .table('events')
        .toCollection()
        .modify(
          (event: { title: string; venueName: string; venueAddress: string; words?: string[] }) => {
            event.words = searchWords(event.title, event.venueName, event.venueAddress);
          },
        ),
  },
  {
    version: 3,
    date: '2026-11-22',
    why: 'People, taskforce membership, event attendance, consent forms and records, equality monitoring (kept apart from the register), and an audit log.',
    stores: {
      people: 'id, name, *words, emailKey, phoneKey',
      memberships: 'id, personId, taskforceId, [taskforceId+personId]',
      // Not unique: laptops merged after an event may each hold a check-in for one person.
      attendance: 'id, eventId, personId, [eventId+personId]',
      consentForms: 'id, formId, &[formId+formVersion]',
      consentRecords: 'id, personId, [personId+purpose], eventId, at',
      equalityResponses: 'id, personId',
      auditLog: 'id, at, action',
    },
  },
  {
    version: 4,
    date: '2026-11-23',
    why: 'List the register in A to Z order as people expect it (case and accents ignored, Ł with L) through a sort-key index.',
    stores: {
      people: 'id, name, *words, emailKey, phoneKey, sortName',
    },
    upgrade: (tx) =>
      tx
        .table('people')
        .toCollection()
        .modify((person: { name: string; sortName?: string }) => {
          person.sortName = sortKey(person.name);
        }),
  },
  {
    version: 5,
    date: '2026-11-22',
    why: 'The open-space board of each event: topics pitched in the marketplace, the grid of time slots and spaces with what each cell holds, the log of who moved between groups when (only ever added to), and the notes each group keeps.',
    stores: {
      boardTopics: 'id, eventId, [eventId+status]',
      boardSlots: 'id, eventId',
      boardSpaces: 'id, eventId',
      boardCells: 'id, eventId, topicId',
      boardMovements: 'id, eventId, [eventId+slotId], personId, at',
      boardGroupRecords: 'id, eventId, topicId',
    },
  },
  {
    version: 6,
    date: '2026-11-22',
    why: 'The venue screen timer; consensus proposals, rounds, votes (named votes apart from anonymous ballots and the markers of who has voted), outcomes and the taskforce issue list; survey forms, their versions and responses, and each taskforce’s survey waves; expense claims, receipts, policy versions and involvement payments; and the actions from group notes marked done with what changed, for the “you said, we did” report.',
    stores: {
      // Venue screen (features/venue)
      boardTimers: 'eventId',
      // Voting (features/voting)
      proposals: 'id, eventId, taskforceId',
      rounds: 'id, proposalId, eventId',
      namedVotes: 'id, roundId, [roundId+personId], personId',
      anonymousBallots: 'id, roundId',
      votedMarkers: 'id, roundId, [roundId+personId], personId',
      outcomes: 'id, proposalId',
      issues: 'id, taskforceId, [taskforceId+status]',
      // Surveys (features/surveys)
      surveyForms: 'id, purpose, *words',
      surveyFormVersions: 'id, formId, &[formId+version]',
      surveyResponses:
        'id, [formId+formVersion], formId, [eventId+formId], taskforceId, participantId',
      surveySchedules: 'taskforceId',
      // Expenses (features/expenses)
      claims: 'id, eventId, status, claimantId, submittedAt',
      receipts: 'id, claimId, lineId',
      expensePolicies: 'id, effectiveFrom',
      involvementPayments: 'id, eventId, personId',
      // Reports (features/reports)
      actionUpdates: 'id, eventId, topicId',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
