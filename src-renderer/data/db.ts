import Dexie, { type Table } from 'dexie';
import type { Cell, Slot, Space } from '../domain/board/grid';
import type { GroupRecord } from '../domain/board/group-record';
import type { MovementEntry } from '../domain/board/movement';
import type { Topic } from '../domain/board/topics';
import type { ActionUpdate } from '../domain/reports/action-update';
import type { TaskforceEvent } from '../domain/event';
import type { Attendance } from '../domain/people/attendance';
import type { ConsentRecord } from '../domain/people/consent';
import type { ConsentFormVersion } from '../domain/people/consent-form';
import type { EqualityResponse } from '../domain/people/equality';
import type { Membership } from '../domain/people/membership';
import type { Person } from '../domain/people/person';
import type { Taskforce } from '../domain/taskforce';
import type { BoardTimer } from '../domain/venue/timer';
import type { Issue } from '../domain/voting/issues';
import type { DecisionOutcome } from '../domain/voting/outcome';
import type { NamedVoteRecord, ProposalRecord, VotedMarkerRecord } from '../domain/voting/records';
import type { Round } from '../domain/voting/round';
import type { AnonymousBallot } from '../domain/voting/votes';
import type { AuditEntry } from './audit';
import type { Receipt, StoredClaim, StoredInvolvement, StoredPolicy } from './expenses/records';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import type {
  SurveyFormRecord,
  SurveyFormVersionRecord,
  SurveyResponseRecord,
  SurveyScheduleRecord,
} from './surveys/records';

/** A deleted record's id, kept so that a later merge between laptops knows it was deleted. */
export interface Tombstone {
  id: string;
  table: string;
  deletedAt: string;
  deletedBy: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'two-feet';

export class TwoFeetDb extends Dexie {
  taskforces!: Table<Taskforce, string>;
  events!: Table<TaskforceEvent, string>;
  tombstones!: Table<Tombstone, string>;
  settings!: Table<Setting, string>;
  people!: Table<Person, string>;
  memberships!: Table<Membership, string>;
  attendance!: Table<Attendance, string>;
  consentForms!: Table<ConsentFormVersion, string>;
  consentRecords!: Table<ConsentRecord, string>;
  /** Special category data, kept apart from the register and only with explicit consent. */
  equalityResponses!: Table<EqualityResponse, string>;
  auditLog!: Table<AuditEntry, string>;
  /** The open-space board of each event (see data/board-commands.ts). */
  boardTopics!: Table<Topic, string>;
  boardSlots!: Table<Slot, string>;
  boardSpaces!: Table<Space, string>;
  /** Keyed by cellId(slot, space); empty cells are kept with topicId null. */
  boardCells!: Table<Cell, string>;
  /** Append-only: undoing a move adds an entry, it never deletes one. */
  boardMovements!: Table<MovementEntry, string>;
  boardGroupRecords!: Table<GroupRecord, string>;

  // ---- Venue screen (owned by features/venue) ----
  /** The countdown of each event's venue screen, keyed by eventId (see data/venue). */
  boardTimers!: Table<BoardTimer, string>;

  // ---- Voting (owned by features/voting) ----
  proposals!: Table<ProposalRecord, string>;
  rounds!: Table<Round, string>;
  namedVotes!: Table<NamedVoteRecord, string>;
  /** No person, no time, a random id: see domain/voting/votes.ts. */
  anonymousBallots!: Table<AnonymousBallot, string>;
  /** Who has voted in an anonymous round, without their vote. */
  votedMarkers!: Table<VotedMarkerRecord, string>;
  outcomes!: Table<DecisionOutcome, string>;
  issues!: Table<Issue, string>;

  // ---- Surveys (owned by features/surveys) ----
  surveyForms!: Table<SurveyFormRecord, string>;
  /** Never edited once a response answers them; see data/surveys/form-commands.ts. */
  surveyFormVersions!: Table<SurveyFormVersionRecord, string>;
  surveyResponses!: Table<SurveyResponseRecord, string>;
  surveySchedules!: Table<SurveyScheduleRecord, string>;

  // ---- Expenses (owned by features/expenses) ----
  claims!: Table<StoredClaim, string>;
  /** Receipt files (photos, PDFs) kept in the database, each attached to one claim line. */
  receipts!: Table<Receipt, string>;
  expensePolicies!: Table<StoredPolicy, string>;
  involvementPayments!: Table<StoredInvolvement, string>;

  // ---- Reports (owned by features/reports) ----
  /** Append-only: an action from a group record marked done, with what changed. */
  actionUpdates!: Table<ActionUpdate, string>;

  /** `upTo` exists for the upgrade tests, which seed a database at an older version. */
  constructor(name: string = DATABASE_NAME, upTo: number = LATEST_VERSION) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > upTo) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
