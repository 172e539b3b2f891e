import type { ErasurePlan, TaggedRecord } from '../domain/people/erasure';
import { PEOPLE_TABLES, planErasure } from '../domain/people/erasure';
import type { Person } from '../domain/people/person';
import type { DetailKind, Needle } from '../domain/people/personal-data-search';
import { mentions, needlesFor } from '../domain/people/personal-data-search';
import { forEachString } from '../domain/people/record-walk';
import type { SubjectAccessBundle } from '../domain/people/subject-access';
import { buildSubjectAccessBundle } from '../domain/people/subject-access';
import { isIsoDate } from '../domain/dates';
import type { CommandContext } from '../domain/record';
import type { AuditEntry } from './audit';
import { appendAudit } from './audit';
import { type CommandResult, NOT_FOUND } from './command-result';
import type { IdSource } from './consent-commands';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

const PEOPLE_TABLE_NAMES: readonly string[] = Object.values(PEOPLE_TABLES);

/** Tables that hold no data about anyone: settings, and the ids of deleted records. */
const NOT_ABOUT_PEOPLE = new Set(['settings', 'tombstones']);

type PlainRecord = Record<string, unknown>;

/**
 * Records of every table outside the people tables, tagged with their table. Any table added
 * later (expenses, topics…) is included without changing this code.
 */
async function recordsOfOtherTables(
  db: TwoFeetDb,
  skip: ReadonlySet<string> = new Set(),
): Promise<TaggedRecord[]> {
  const tagged: TaggedRecord[] = [];
  for (const table of db.tables) {
    if (PEOPLE_TABLE_NAMES.includes(table.name) || skip.has(table.name)) continue;
    const records = (await table.toArray()) as PlainRecord[];
    for (const record of records) tagged.push({ table: table.name, record });
  }
  return tagged;
}

async function ownRecords(db: TwoFeetDb, personId: string) {
  const [memberships, attendance, consentRecords, equalityResponses] = await Promise.all([
    db.memberships.where('personId').equals(personId).toArray(),
    db.attendance.where('personId').equals(personId).toArray(),
    db.consentRecords.where('personId').equals(personId).toArray(),
    db.equalityResponses.where('personId').equals(personId).toArray(),
  ]);
  return { memberships, attendance, consentRecords, equalityResponses };
}

/**
 * Everything held about one person, read in one transaction so the copy is consistent:
 * their own records, and any record elsewhere (the audit log included) that refers to them.
 * Undefined when the person is not on the register.
 */
export async function subjectAccessBundle(
  db: TwoFeetDb,
  personId: string,
  generatedAt: string,
): Promise<SubjectAccessBundle | undefined> {
  return db.transaction('r', db.tables, async () => {
    const person = await db.people.get(personId);
    if (!person) return undefined;
    const [own, otherPeople, otherRecords, taskforces, events] = await Promise.all([
      ownRecords(db, personId),
      db.people.toArray(),
      recordsOfOtherTables(db, NOT_ABOUT_PEOPLE),
      db.taskforces.toArray(),
      db.events.toArray(),
    ]);
    return buildSubjectAccessBundle({
      person,
      ...own,
      otherRecords,
      otherPeople,
      names: {
        taskforces: Object.fromEntries(taskforces.map((t) => [t.id, t.name])),
        events: Object.fromEntries(events.map((e) => [e.id, `${e.title} (${e.date})`])),
      },
      generatedAt,
    });
  });
}

export interface ErasureOutcome {
  deleted: number;
  anonymised: number;
  /** Details another registered person shares (a household phone), left in their records. */
  sharedDetails: DetailKind[];
}

export function erasureSummary(plan: Pick<ErasurePlan, 'deletes' | 'anonymises'>): string {
  const records = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;
  return `Erased a person: deleted ${records(plan.deletes.length)}, anonymised ${plan.anonymises.length}.`;
}

/**
 * Erases a person: works out the plan from every table and carries it out in one transaction
 * over all of them — deletions (each leaving a tombstone), anonymised records that must be
 * kept, and an audit entry holding counts only. If any step fails, nothing changes.
 *
 * The person's own records go to the plan whole. Every other record goes as a narrower view
 * (see erasureView), so that only the fields that can hold their details are searched and
 * changed; what the plan makes of a view is laid back over the full record.
 */
export async function erasePerson(
  db: TwoFeetDb,
  personId: string,
  options: { requestReference?: string },
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<ErasureOutcome, 'requestReference'>> {
  return db.transaction('rw', db.tables, async () => {
    const person = await db.people.get(personId);
    if (!person) return { ok: false, conflict: NOT_FOUND };
    const own = await ownRecords(db, personId);
    const scope = erasureScope(person);
    const originals = new Map<string, PlainRecord>();
    const views: TaggedRecord[] = [];
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      for (const record of (await table.toArray()) as PlainRecord[]) {
        if (typeof record.id !== 'string' || isOwnRecord(table.name, record, personId)) continue;
        originals.set(`${table.name}|${record.id}`, record);
        views.push({ table: table.name, record: erasureView(table.name, record, scope) });
      }
    }
    const planned = planErasure(
      {
        person,
        ...own,
        otherRecords: views,
        today: ctx.now.slice(0, 10),
        ...(options.requestReference ? { requestReference: options.requestReference } : {}),
      },
      ctx,
      ids(),
    );
    if (!planned.ok) return planned;
    const plan = planned.value;

    for (const [table, recordIds] of groupIds(plan.deletes)) {
      await db.table(table).bulkDelete(recordIds);
    }
    await db.tombstones.bulkPut(
      plan.deletes.map(({ table, id }) => ({
        id,
        table,
        deletedAt: ctx.now,
        deletedBy: ctx.actor,
      })),
    );
    for (const { table, id, record } of plan.anonymises) {
      await db.table(table).put({ ...originals.get(`${table}|${id}`), ...record });
    }
    await db.auditLog.add({ ...plan.audit, summary: erasureSummary(plan) });
    return {
      ok: true,
      value: {
        deleted: plan.deletes.length,
        anonymised: plan.anonymises.length,
        sharedDetails: plan.sharedDetails,
      },
    };
  });
}

/** Fields that name whoever did something: on anyone's record, they may name the erased person. */
const ACTOR_FIELDS: readonly string[] = [
  'recordedBy',
  'checkedInBy',
  'createdBy',
  'deletedBy',
  'actor',
];

/** Fields of other tables that hold a person's name rather than ordinary words. */
const NAME_FIELDS: Readonly<Record<string, readonly string[]>> = {
  events: ['safeguardingLead', 'counsellorOnDuty'],
  people: ['emergencyContact'],
};

/**
 * Another person's details, always passed on so that the plan can tell which of the erased
 * person's details are shared (a household phone) and leave those alone. Any field here that
 * matches a detail makes that detail shared, so the plan never changes these fields.
 */
const IDENTITY_FIELDS: readonly string[] = ['name', 'preferredName', 'email', 'phone', 'address'];

/**
 * Where nothing but actor fields may change: other people's memberships, attendance, consent and
 * equality answers, and consent forms (whose wording must never change). Another person's own
 * record is searched like any other, since their emergency contact may be the erased person.
 */
const ACTORS_ONLY: ReadonlySet<string> = new Set([
  ...PEOPLE_TABLE_NAMES.filter((name) => name !== PEOPLE_TABLES.people),
  'consentForms',
]);

interface ErasureScope {
  /** Details that cannot be mistaken for ordinary words: id, email, phone, address, full names. */
  distinctive: Needle[];
  /** The person's names as whole values, e.g. "may" for someone called May. */
  names: Set<string>;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

function erasureScope(person: Person): ErasureScope {
  const needles = needlesFor({ ...person, emergencyContact: { name: '', phone: '' } });
  const oneWord = (kind: DetailKind) =>
    (kind === 'name' || kind === 'preferred name') &&
    !/\s/.test(normalise(kind === 'name' ? person.name : person.preferredName));
  return {
    distinctive: needles.filter((needle) => !oneWord(needle.kind)),
    names: new Set([person.name, person.preferredName].map(normalise).filter(Boolean)),
  };
}

/** True when some string inside `value` is, as a whole, one of the person's names. */
function isOneOfNames(value: unknown, scope: ErasureScope): boolean {
  let found = false;
  forEachString(value, (text) => {
    if (scope.names.has(normalise(text))) found = true;
  });
  return found;
}

function isOwnRecord(table: string, record: PlainRecord, personId: string): boolean {
  if (table === PEOPLE_TABLES.people) return record.id === personId;
  return PEOPLE_TABLE_NAMES.includes(table) && record.personId === personId;
}

/**
 * The part of a record the erasure may look at. A field that names someone (an actor, an event's
 * safeguarding lead) is included when it holds a distinctive detail or is exactly one of the
 * person's names; other fields only when they hold a distinctive detail, so a one-word name
 * ("May") never rewrites an ordinary word. Other people's records and consent form wording are
 * never touched beyond their actor fields.
 */
function erasureView(table: string, record: PlainRecord, scope: ErasureScope): PlainRecord {
  const view: PlainRecord = {};
  const named = [...ACTOR_FIELDS, ...(NAME_FIELDS[table] ?? [])];
  const distinctive = (value: unknown) => mentions(value, scope.distinctive);
  for (const [key, value] of Object.entries(record)) {
    const meta = key === 'id' || key === 'version' || key === 'updatedAt';
    const identity = table === PEOPLE_TABLES.people && IDENTITY_FIELDS.includes(key);
    const names = named.includes(key) && (distinctive(value) || isOneOfNames(value, scope));
    const other = !ACTORS_ONLY.has(table) && !named.includes(key) && distinctive(value);
    if (meta || identity || names || other) view[key] = value;
  }
  return view;
}

/**
 * Writes the audit entry for a copy given under a subject access request: who and when, the
 * format, and the date the request arrived if known. No personal data goes in the summary.
 */
export async function recordSubjectAccess(
  db: TwoFeetDb,
  personId: string,
  options: { format: 'pdf' | 'json'; receivedOn?: string },
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<AuditEntry>> {
  return db.transaction('rw', [db.people, db.auditLog], async () => {
    if (!(await db.people.get(personId))) return { ok: false, conflict: NOT_FOUND };
    const received =
      options.receivedOn && isIsoDate(options.receivedOn)
        ? ` Request received on ${options.receivedOn}.`
        : '';
    const id = ids();
    await appendAudit(db, ctx, {
      id,
      action: 'subject-access-given',
      summary: `Gave a copy of everything held (subject access request), as ${options.format.toUpperCase()}.${received}`,
      subject: { table: 'people', id: personId },
    });
    const entry = await db.auditLog.get(id);
    return entry ? { ok: true, value: entry } : { ok: false, conflict: NOT_FOUND };
  });
}

function groupIds(steps: readonly { table: string; id: string }[]): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const { table, id } of steps) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  return byTable;
}
