import type { ImportDecisions, ImportPreview } from '../domain/people/csv-import';
import { rowsToImport } from '../domain/people/csv-import';
import { normalisePhone } from '../domain/people/contact';
import { duplicateKeys } from '../domain/people/duplicates';
import type { Person } from '../domain/people/person';
import { personRecord } from '../domain/people/person';
import { type CommandContext, createdMeta } from '../domain/record';
import { appendAudit } from './audit';
import type { CommandResult } from './command-result';
import type { TwoFeetDb } from './db';
import { newId } from './ids';

export interface ImportOutcome {
  imported: number;
  ids: string[];
}

export const NOTHING_TO_IMPORT =
  'There are no rows to import. Fix the rows with problems, or choose to import a duplicate.';

export const REGISTER_CHANGED =
  'Someone was added to the register while you were checking the preview, and some rows now match them. Go back to the column step and continue again to see the latest duplicates.';

/**
 * Writes the chosen rows of a checked preview, all in one transaction with one audit entry:
 * either every chosen person is added or, if anything fails, no one is. Rows with errors are
 * never written (the domain's rowsToImport leaves them out whatever was decided).
 */
export async function importPeople(
  db: TwoFeetDb,
  preview: ImportPreview,
  decisions: ImportDecisions,
  ctx: CommandContext,
  makeId: () => string = newId,
): Promise<CommandResult<ImportOutcome, 'rows'>> {
  const chosen = rowsToImport(preview, decisions);
  if (chosen.length === 0) return { ok: false, errors: { rows: NOTHING_TO_IMPORT } };
  // Rows the user chose to import although they match someone: those matches are expected.
  const acceptedDuplicates = new Set(
    preview.rows.filter((row) => row.status === 'duplicate').map((row) => row.rowNumber),
  );
  const people: Person[] = chosen.map(({ person }) =>
    personRecord(person, createdMeta(makeId(), ctx)),
  );
  return db.transaction('rw', [db.people, db.auditLog], async () => {
    const fresh = chosen.filter((row) => !acceptedDuplicates.has(row.rowNumber));
    if (
      await anyAlreadyRegistered(
        db,
        fresh.map((row) => row.person),
      )
    ) {
      return { ok: false, conflict: REGISTER_CHANGED };
    }
    await db.people.bulkAdd(people);
    const count = people.length;
    await appendAudit(db, ctx, {
      id: makeId(),
      action: 'people-imported',
      summary: `Imported ${count} ${count === 1 ? 'person' : 'people'} from a spreadsheet.`,
    });
    return { ok: true, value: { imported: count, ids: people.map((p) => p.id) } };
  });
}

/** True when any of these now matches someone on the register (by email, or name and phone). */
async function anyAlreadyRegistered(
  db: TwoFeetDb,
  people: readonly { name: string; email: string; phone: string }[],
): Promise<boolean> {
  const emails = new Set<string>();
  const namePhones = new Set<string>();
  const phones = new Set<string>();
  for (const person of people) {
    const keys = duplicateKeys(person);
    if (keys.email) emails.add(keys.email);
    if (keys.namePhone) {
      namePhones.add(keys.namePhone);
      phones.add(normalisePhone(person.phone));
    }
  }
  if (
    emails.size > 0 &&
    (await db.people
      .where('emailKey')
      .anyOf([...emails])
      .count()) > 0
  ) {
    return true;
  }
  if (phones.size === 0) return false;
  const samePhone = await db.people
    .where('phoneKey')
    .anyOf([...phones])
    .toArray();
  return samePhone.some((other) => namePhones.has(duplicateKeys(other).namePhone));
}
