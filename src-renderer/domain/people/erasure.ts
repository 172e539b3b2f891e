import type { CommandContext, RecordMeta } from '../record';
import { createdMeta } from '../record';
import type { Validated } from '../result';
import { LIMITS, checkText } from '../text';
import type { Attendance } from './attendance';
import type { ConsentRecord } from './consent';
import type { EqualityResponse } from './equality';
import type { Membership } from './membership';
import type { Person } from './person';
import { anonymiseRecord } from './anonymise';
import type { DetailKind, Needle } from './personal-data-search';
import { matchesNeedle, mentions, needlesFor } from './personal-data-search';
import type { ErasureDecision, TableRule } from './retention';

export { ERASED_TEXT } from './anonymise';

/**
 * Erasing a person: their own records are deleted, except where something must be kept (paid
 * expenses, attendance counts), which is anonymised instead; every other record that mentions
 * them has the mention replaced. The plan is worked out here and carried out by the data layer
 * in one transaction, with the audit entry — which holds counts, never personal data.
 */

/** The tables this module knows; the data layer uses these names. */
export const PEOPLE_TABLES = {
  people: 'people',
  memberships: 'memberships',
  attendance: 'attendance',
  consentRecords: 'consentRecords',
  equalityResponses: 'equalityResponses',
} as const;

export interface TaggedRecord {
  table: string;
  record: Readonly<Record<string, unknown>>;
}

const deleteIt = (): ErasureDecision => ({ action: 'delete' });

/**
 * Attendance is anonymised so that past events still count who came. Memberships, consent and
 * equality answers go: consent records are about processing that is now ending, and equality
 * answers are special category data that should not outlive the person's wish.
 */
export const PEOPLE_TABLE_RULES: readonly TableRule[] = [
  { table: PEOPLE_TABLES.people, ownerField: 'id', decide: deleteIt },
  { table: PEOPLE_TABLES.memberships, decide: deleteIt },
  { table: PEOPLE_TABLES.consentRecords, decide: deleteIt },
  { table: PEOPLE_TABLES.equalityResponses, decide: deleteIt },
  { table: PEOPLE_TABLES.attendance, decide: () => ({ action: 'anonymise' }) },
];

export interface ErasureInput {
  person: Person;
  memberships: readonly Membership[];
  attendance: readonly Attendance[];
  consentRecords: readonly ConsentRecord[];
  equalityResponses: readonly EqualityResponse[];
  /** Records of other tables; those that do not mention the person are left alone. */
  otherRecords: readonly TaggedRecord[];
  /** Rules for other tables (e.g. financeRule for expense claims); unknown tables are anonymised. */
  rules?: readonly TableRule[];
  /** "YYYY-MM-DD", to decide whether a retention period has ended. */
  today: string;
  /** The request's own reference, e.g. "SAR-2026-004"; it must not contain personal data. */
  requestReference?: string;
}

export interface ErasureDeletion {
  table: string;
  id: string;
}

export interface ErasureAnonymisation {
  table: string;
  id: string;
  /** The record as it should be stored from now on. */
  record: Record<string, unknown>;
  keepUntil?: string;
}

export interface ErasureAuditEntry extends RecordMeta {
  action: 'person-erased';
  at: string;
  actor: string;
  deleted: Record<string, number>;
  anonymised: Record<string, number>;
  /** The latest date anything anonymised must be kept until, if any. */
  keptUntil?: string;
  requestReference?: string;
}

export interface ErasurePlan {
  deletes: ErasureDeletion[];
  anonymises: ErasureAnonymisation[];
  /**
   * Details of the person that another registered person shares (e.g. "phone" for a household
   * number): left in place in other records, for the screen to mention.
   */
  sharedDetails: DetailKind[];
  audit: ErasureAuditEntry;
}

export function planErasure(
  input: ErasureInput,
  ctx: CommandContext,
  auditId: string,
): Validated<ErasurePlan, 'requestReference'> {
  const { person } = input;
  const { needles, sharedDetails } = erasureNeedles(person, input.otherRecords);
  const reference = input.requestReference?.trim() ?? '';
  const referenceProblem =
    checkText(reference, { label: 'the reference', required: false, max: LIMITS.listItem }) ??
    (mentions(reference, needles)
      ? "The reference must not contain the person's name, email or phone: the audit log keeps no personal data."
      : undefined);
  if (referenceProblem) return { ok: false, errors: { requestReference: referenceProblem } };

  const rules = new Map<string, TableRule>();
  for (const rule of [...PEOPLE_TABLE_RULES, ...(input.rules ?? [])]) rules.set(rule.table, rule);
  const tagged: TaggedRecord[] = [
    { table: PEOPLE_TABLES.people, record: { ...person } },
    ...tag(PEOPLE_TABLES.memberships, input.memberships),
    ...tag(PEOPLE_TABLES.attendance, input.attendance),
    ...tag(PEOPLE_TABLES.consentRecords, input.consentRecords),
    ...tag(PEOPLE_TABLES.equalityResponses, input.equalityResponses),
    ...input.otherRecords,
  ];
  const seen = new Set<string>();
  const deletes: ErasureDeletion[] = [];
  const anonymises: ErasureAnonymisation[] = [];
  for (const { table, record } of tagged) {
    const id = record.id;
    if (typeof id !== 'string' || seen.has(`${table}|${id}`)) continue;
    const rule = rules.get(table);
    const owned = record[rule?.ownerField ?? 'personId'] === person.id;
    // Records that neither belong to nor mention the person are none of this erasure's business.
    if (!owned && !mentions(record, needles)) continue;
    seen.add(`${table}|${id}`);
    const decision: ErasureDecision =
      owned && rule ? rule.decide(record, input.today) : { action: 'anonymise' };
    if (decision.action === 'delete') {
      deletes.push({ table, id });
    } else {
      const anonymised = anonymiseRecord(
        record,
        needles,
        (owned && rule?.personalFields) || [],
        ctx,
      );
      anonymises.push({
        table,
        id,
        record: anonymised,
        ...(decision.keepUntil ? { keepUntil: decision.keepUntil } : {}),
      });
    }
  }
  const keptUntil = anonymises
    .map((a) => a.keepUntil)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const audit: ErasureAuditEntry = {
    ...createdMeta(auditId, ctx),
    action: 'person-erased',
    at: ctx.now,
    actor: ctx.actor,
    deleted: countByTable(deletes),
    anonymised: countByTable(anonymises),
    ...(keptUntil ? { keptUntil } : {}),
    ...(reference ? { requestReference: reference } : {}),
  };
  return { ok: true, value: { deletes, anonymises, sharedDetails, audit } };
}

/**
 * What to look for in other records. The emergency contact is left out: it lives only in the
 * person's own record, which is deleted, and the contact may be on the register in their own
 * right. So is any detail another registered person also has (a household phone or address, the
 * same name): it is that person's data too, so it stays where it is and is reported instead.
 */
function erasureNeedles(
  person: Person,
  otherRecords: readonly TaggedRecord[],
): { needles: Needle[]; sharedDetails: DetailKind[] } {
  const own = needlesFor({ ...person, emergencyContact: { name: '', phone: '' } });
  const othersDetails = otherRecords
    .filter(({ table, record }) => table === PEOPLE_TABLES.people && record.id !== person.id)
    .flatMap(({ record }) =>
      ['name', 'preferredName', 'email', 'phone', 'address'].map((key) => record[key]),
    )
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  const shared = (needle: Needle) =>
    needle.kind !== 'id' && othersDetails.some((text) => matchesNeedle(needle, text));
  return {
    needles: own.filter((needle) => !shared(needle)),
    sharedDetails: own.filter(shared).map((needle) => needle.kind),
  };
}

function tag(table: string, records: readonly object[]): TaggedRecord[] {
  return records.map((record) => ({ table, record: { ...record } }));
}

function countByTable(steps: readonly { table: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { table } of steps) counts[table] = (counts[table] ?? 0) + 1;
  return counts;
}

/**
 * Carries out a plan on plain arrays: what the data layer does in Dexie, for tests and for
 * checking a plan before it runs. Returns new tables; the audit entry goes in `auditTable`.
 */
export function applyErasurePlan(
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  plan: ErasurePlan,
  auditTable = 'auditLog',
): Record<string, Record<string, unknown>[]> {
  const gone = new Set(plan.deletes.map((d) => `${d.table}|${d.id}`));
  const changed = new Map(plan.anonymises.map((a) => [`${a.table}|${a.id}`, a.record]));
  const result: Record<string, Record<string, unknown>[]> = {};
  for (const [table, records] of Object.entries(tables)) {
    result[table] = records
      .filter((r) => !gone.has(`${table}|${String(r.id)}`))
      .map((r) => changed.get(`${table}|${String(r.id)}`) ?? r);
  }
  result[auditTable] = [...(result[auditTable] ?? []), { ...plan.audit }];
  return result;
}
