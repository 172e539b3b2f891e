import type { FieldErrors, Validated } from '../result';
import type { DuplicateCandidate, DuplicateIndex, DuplicateReason } from './duplicates';
import {
  DUPLICATE_REASON_TEXT,
  addToIndex,
  buildDuplicateIndex,
  duplicateKeys,
  lookUpDuplicate,
} from './duplicates';
import type { ColumnMapping } from './import-columns';
import { checkMapping, mapRow } from './import-columns';
import type { PersonField, PersonInput } from './person';
import { validatePerson } from './person';

/**
 * The preview of a spreadsheet import. The file has already been parsed into rows of cells;
 * here every row becomes a person to check, with its problems, before anything is written.
 * Rows with errors are never imported; duplicates only when someone chooses to.
 */
export type ImportRowStatus = 'ok' | 'error' | 'duplicate';

export type DuplicateOf =
  | { kind: 'existing'; personId: string; reason: DuplicateReason }
  | { kind: 'row'; rowNumber: number; reason: DuplicateReason };

export type ImportProblemField = PersonField | 'row';

export interface ImportRow {
  /** As the spreadsheet numbers it: the headings are row 1, so the first person is row 2. */
  rowNumber: number;
  cells: string[];
  /** What the row maps to, or what the user typed when fixing it. */
  input: PersonInput;
  fixed: boolean;
  problems: FieldErrors<ImportProblemField>;
  duplicateOf?: DuplicateOf;
  /** Plain-English reason for the duplicate status, e.g. "Same email address as row 4." */
  duplicateMessage?: string;
  status: ImportRowStatus;
}

export interface ImportPreview {
  header: string[];
  mapping: ColumnMapping;
  rows: ImportRow[];
  /** Rows with nothing in them, left out of the preview (spreadsheets often end with some). */
  blankRows: number[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportSource {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
}

export function buildImportPreview(
  source: ImportSource,
  existingPeople: readonly DuplicateCandidate[],
): Validated<ImportPreview, 'mapping' | 'file'> {
  const mappingProblem = checkMapping(source.mapping);
  if (mappingProblem) return { ok: false, errors: { mapping: mappingProblem } };
  const rows: ImportRow[] = [];
  const blankRows: number[] = [];
  source.rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      blankRows.push(rowNumber);
      return;
    }
    rows.push(blankRow(rowNumber, [...cells], mapRow(cells, source.mapping), false));
  });
  if (rows.length === 0) {
    return { ok: false, errors: { file: 'The file has column headings but no people in it.' } };
  }
  return {
    ok: true,
    value: assess(
      { header: [...source.header], mapping: source.mapping, rows, blankRows },
      existingPeople,
    ),
  };
}

/**
 * Replaces one row's person with the user's corrections and checks the whole preview again,
 * since a fix can create or clear a duplicate elsewhere in the file.
 */
export function fixRow(
  preview: ImportPreview,
  rowNumber: number,
  input: PersonInput,
  existingPeople: readonly DuplicateCandidate[],
): ImportPreview {
  const rows = preview.rows.map((row) =>
    row.rowNumber === rowNumber ? blankRow(row.rowNumber, row.cells, input, true) : row,
  );
  return assess({ ...preview, rows }, existingPeople);
}

function blankRow(
  rowNumber: number,
  cells: string[],
  input: PersonInput,
  fixed: boolean,
): ImportRow {
  return { rowNumber, cells, input, fixed, problems: {}, status: 'ok' };
}

/** Checks every row in file order; the first of two matching rows is the original. */
function assess(
  preview: Omit<ImportPreview, 'counts'>,
  existingPeople: readonly DuplicateCandidate[],
): ImportPreview {
  const existing = buildDuplicateIndex(existingPeople);
  const earlier: DuplicateIndex = { byEmail: new Map(), byNamePhone: new Map() };
  const counts: Record<ImportRowStatus, number> = { ok: 0, error: 0, duplicate: 0 };
  const rows = preview.rows.map((row) => {
    const checked = validatePerson(row.input);
    const problems: FieldErrors<ImportProblemField> = checked.ok ? {} : { ...checked.errors };
    const extra = row.cells.slice(preview.header.length).some((cell) => cell.trim() !== '');
    if (extra && !row.fixed) {
      problems.row =
        'This row has more cells than there are column headings. A comma inside a cell (in an address, say) may be missing its quotation marks.';
    }
    const keys = duplicateKeys(row.input);
    const match = lookUpDuplicate(existing, keys);
    const inFile = match ? undefined : lookUpDuplicate(earlier, keys);
    const duplicateOf: DuplicateOf | undefined = match
      ? { kind: 'existing', personId: match.id, reason: match.reason }
      : inFile
        ? { kind: 'row', rowNumber: Number(inFile.id), reason: inFile.reason }
        : undefined;
    const hasProblems = Object.values(problems).some((m) => m !== undefined);
    if (!hasProblems) addToIndex(earlier, String(row.rowNumber), keys);
    const status: ImportRowStatus = hasProblems ? 'error' : duplicateOf ? 'duplicate' : 'ok';
    counts[status] += 1;
    const result: ImportRow = {
      rowNumber: row.rowNumber,
      cells: row.cells,
      input: row.input,
      fixed: row.fixed,
      problems,
      status,
    };
    if (duplicateOf) {
      result.duplicateOf = duplicateOf;
      result.duplicateMessage = duplicateMessage(duplicateOf);
    }
    return result;
  });
  return { ...preview, rows, counts };
}

function duplicateMessage(duplicate: DuplicateOf): string {
  const reason = DUPLICATE_REASON_TEXT[duplicate.reason];
  return duplicate.kind === 'existing'
    ? `Someone already registered has ${reason}.`
    : `Row ${duplicate.rowNumber} has ${reason}.`;
}

/** What the user decided for a row; rows without a decision follow their status. */
export type ImportDecision = 'import' | 'skip';
export type ImportDecisions = Readonly<Record<number, ImportDecision>>;

export interface RowToImport {
  rowNumber: number;
  person: PersonInput;
}

/**
 * The people to write, in file order: rows that are ok unless skipped, and duplicates only
 * where the user chose to import them anyway. A row with errors is never included, whatever
 * was decided. Each person is the validated, tidied value.
 */
export function rowsToImport(preview: ImportPreview, decisions: ImportDecisions): RowToImport[] {
  const chosen: RowToImport[] = [];
  for (const row of preview.rows) {
    if (row.status === 'error') continue;
    const decision = decisions[row.rowNumber];
    const include = row.status === 'ok' ? decision !== 'skip' : decision === 'import';
    if (!include) continue;
    const checked = validatePerson(row.input);
    if (checked.ok) chosen.push({ rowNumber: row.rowNumber, person: checked.value });
  }
  return chosen;
}

export interface ImportSummary {
  toImport: number;
  skipped: number;
  /** Rows with errors still to fix or skip; the import can go ahead without them. */
  withErrors: number;
}

export function importSummary(preview: ImportPreview, decisions: ImportDecisions): ImportSummary {
  const toImport = rowsToImport(preview, decisions).length;
  const withErrors = preview.counts.error;
  return { toImport, skipped: preview.rows.length - toImport - withErrors, withErrors };
}
