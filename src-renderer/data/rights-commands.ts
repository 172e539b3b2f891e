import type { ErasurePlan, TaggedRecord } from '../domain/people/erasure';
import { PEOPLE_TABLES, planErasure } from '../domain/people/erasure';
import type { DetailKind } from '../domain/people/personal-data-search';
import type { SubjectAccessBundle } from '../domain/people/subject-access';
import { buildSubjectAccessBundle } from '../domain/people/subject-access';
import type { CommandContext } from '../domain/record';
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
    const otherPeople = (await db.people.toArray())
      .filter((p) => p.id !== personId)
      .map((record): TaggedRecord => ({ table: PEOPLE_TABLES.people, record: { ...record } }));
    const planned = planErasure(
      {
        person,
        ...own,
        otherRecords: [...otherPeople, ...(await recordsOfOtherTables(db))],
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
    for (const { table, record } of plan.anonymises) await db.table(table).put(record);
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

function groupIds(steps: readonly { table: string; id: string }[]): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const { table, id } of steps) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  return byTable;
}
