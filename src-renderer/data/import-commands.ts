import type { ImportDecisions, ImportPreview, ImportSource } from '../domain/people/csv-import';
import { buildImportPreview, fixRow, rowsToImport } from '../domain/people/csv-import';
import { normalisePhone } from '../domain/people/contact';
import { type DuplicateCandidate, duplicateKeys } from '../domain/people/duplicates';
import type { Person, PersonInput } from '../domain/people/person';
import type { Validated } from '../domain/result';
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

export interface CheckedImport {
  preview: ImportPreview;
  /** The registered people the file's rows may duplicate: all a later fix needs to compare. */
  existing: DuplicateCandidate[];
}

/**
 * Checks every row of a file against the rules and against the register. The rows are read
 * first, then only the people sharing their email addresses or phone numbers are looked up.
 */
export async function checkImport(
  db: TwoFeetDb,
  source: ImportSource,
): Promise<Validated<CheckedImport, 'mapping' | 'file'>> {
  const first = buildImportPreview(source, []);
  if (!first.ok) return first;
  const existing = await findRegisteredMatches(
    db,
    first.value.rows.map((row) => row.input),
  );
  if (existing.length === 0) return { ok: true, value: { preview: first.value, existing } };
  const built = buildImportPreview(source, existing);
  return built.ok ? { ok: true, value: { preview: built.value, existing } } : built;
}

/**
 * Re-checks the preview with one row corrected. A new email or phone may match someone not
 * looked up before, so the corrected row's keys are looked up too.
 */
export async function checkFixedRow(
  db: TwoFeetDb,
  checked: CheckedImport,
  rowNumber: number,
  input: PersonInput,
): Promise<CheckedImport> {
  const known = new Map(checked.existing.map((person) => [person.id, person]));
  for (const person of await findRegisteredMatches(db, [input])) known.set(person.id, person);
  const existing = [...known.values()];
  return { preview: fixRow(checked.preview, rowNumber, input, existing), existing };
}

/** True when any of these now matches someone on the register (by email, or name and phone). */
async function anyAlreadyRegistered(
  db: TwoFeetDb,
  people: readonly Omit<DuplicateCandidate, 'id'>[],
): Promise<boolean> {
  return (await findRegisteredMatches(db, people)).length > 0;
}

/**
 * The people on the register who share an email address, or a name and phone number, with any
 * of these (the rows of a file being imported): looked up through the emailKey and phoneKey
 * indexes, so a check of a 5,000-row file never reads the whole register.
 */
export async function findRegisteredMatches(
  db: TwoFeetDb,
  people: readonly Omit<DuplicateCandidate, 'id'>[],
): Promise<DuplicateCandidate[]> {
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
  const [byEmail, byPhone] = await Promise.all([
    emails.size > 0
      ? db.people
          .where('emailKey')
          .anyOf([...emails])
          .toArray()
      : [],
    phones.size > 0
      ? db.people
          .where('phoneKey')
          .anyOf([...phones])
          .toArray()
      : [],
  ]);
  const found = new Map<string, DuplicateCandidate>();
  const add = ({ id, name, email, phone }: Person) => found.set(id, { id, name, email, phone });
  byEmail.forEach(add);
  byPhone.filter((other) => namePhones.has(duplicateKeys(other).namePhone)).forEach(add);
  return [...found.values()];
}
