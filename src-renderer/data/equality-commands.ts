import type {
  EqualityField,
  EqualityResponse,
  EqualityResponseInput,
} from '../domain/people/equality';
import { latestResponses, validateEqualityResponse } from '../domain/people/equality';
import { type CommandContext, createdMeta, nextMeta } from '../domain/record';
import { appendAudit } from './audit';
import { type CommandResult, NOT_FOUND, STALE_EDIT } from './command-result';
import type { IdSource } from './consent-commands';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

const PERSON_GONE = 'This person is no longer on the register. They may have been erased.';

/**
 * Saves a person's equality monitoring answers, kept apart from the register. A person has one
 * response, changed in place; `expectedVersion` is the version the form was opened with (absent
 * when there was none). Special category answers need the matching explicit consent, checked
 * against the consent records inside the same transaction.
 */
export async function saveEqualityResponse(
  db: TwoFeetDb,
  input: EqualityResponseInput,
  expectedVersion: number | undefined,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<EqualityResponse, EqualityField>> {
  const tables = [db.people, db.consentRecords, db.equalityResponses, db.auditLog];
  return db.transaction('rw', tables, async () => {
    if (!(await db.people.get(input.personId))) return { ok: false, conflict: PERSON_GONE };
    const consent = await db.consentRecords.where('personId').equals(input.personId).toArray();
    const checked = validateEqualityResponse(input, consent);
    if (!checked.ok) return checked;
    const existing = latestResponses(
      await db.equalityResponses.where('personId').equals(input.personId).toArray(),
    ).get(input.personId);
    if (existing?.version !== expectedVersion) {
      return { ok: false, conflict: existing ? STALE_EDIT : NOT_FOUND };
    }
    const response: EqualityResponse = {
      ...checked.value,
      ...(existing ? nextMeta(existing, ctx) : createdMeta(ids(), ctx)),
    };
    await db.equalityResponses.put(response);
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'equality-answers-saved',
      summary: 'Saved equality monitoring answers.',
      subject: { table: 'people', id: input.personId },
    });
    return { ok: true, value: response };
  });
}

/** Removes a person's equality monitoring answers altogether, leaving tombstones. */
export async function removeEqualityResponses(
  db: TwoFeetDb,
  personId: string,
  ctx: CommandContext,
  ids: IdSource = newId,
): Promise<CommandResult<{ removed: number }>> {
  return db.transaction('rw', [db.equalityResponses, db.tombstones, db.auditLog], async () => {
    const keys = await db.equalityResponses.where('personId').equals(personId).primaryKeys();
    if (keys.length === 0) return { ok: false, conflict: NOT_FOUND };
    await db.equalityResponses.bulkDelete(keys);
    await db.tombstones.bulkPut(
      keys.map((id) => ({
        id,
        table: 'equalityResponses',
        deletedAt: ctx.now,
        deletedBy: ctx.actor,
      })),
    );
    await appendAudit(db, ctx, {
      id: ids(),
      action: 'equality-answers-removed',
      summary: 'Removed equality monitoring answers.',
      subject: { table: 'people', id: personId },
    });
    return { ok: true, value: { removed: keys.length } };
  });
}
