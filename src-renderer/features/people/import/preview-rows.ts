import type {
  ImportDecision,
  ImportDecisions,
  ImportPreview,
  ImportProblemField,
  ImportRow,
} from '../../../domain/people/csv-import';
import { rowsToImport } from '../../../domain/people/csv-import';

/** How a row stands once the user's decision is taken into account. */
export type RowState = 'ready' | 'problem' | 'duplicate' | 'duplicate-included' | 'skipped';

export const ROW_STATE_LABELS: Record<RowState, string> = {
  ready: 'Ready to import',
  problem: 'Needs fixing',
  duplicate: 'Possible duplicate: not imported',
  'duplicate-included': 'Possible duplicate: will be imported',
  skipped: 'Skipped',
};

export function rowState(row: ImportRow, decision: ImportDecision | undefined): RowState {
  if (decision === 'skip') return 'skipped';
  if (row.status === 'error') return 'problem';
  if (row.status === 'duplicate') return decision === 'import' ? 'duplicate-included' : 'duplicate';
  return 'ready';
}

export type RowFilter = 'all' | 'problem' | 'duplicate' | 'ready' | 'skipped';

export const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'Every row',
  problem: 'Rows that need fixing',
  duplicate: 'Possible duplicates',
  ready: 'Rows ready to import',
  skipped: 'Skipped rows',
};

export function filterRows(
  preview: ImportPreview,
  decisions: ImportDecisions,
  filter: RowFilter,
): ImportRow[] {
  if (filter === 'all') return preview.rows;
  return preview.rows.filter((row) => {
    const state = rowState(row, decisions[row.rowNumber]);
    if (filter === 'duplicate') return state === 'duplicate' || state === 'duplicate-included';
    if (filter === 'ready') return state === 'ready' || state === 'duplicate-included';
    return state === filter;
  });
}

export interface PreviewCounts {
  toImport: number;
  problems: number;
  duplicates: number;
  skipped: number;
}

export function previewCounts(preview: ImportPreview, decisions: ImportDecisions): PreviewCounts {
  const counts: PreviewCounts = {
    toImport: rowsToImport(preview, decisions).length,
    problems: 0,
    duplicates: preview.counts.duplicate,
    skipped: 0,
  };
  for (const row of preview.rows) {
    const state = rowState(row, decisions[row.rowNumber]);
    if (state === 'problem') counts.problems += 1;
    if (state === 'skipped') counts.skipped += 1;
  }
  return counts;
}

const FIELD_LABELS: Partial<Record<ImportProblemField, string>> = {
  row: 'Row',
  name: 'Name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
};

/** "Email: Enter an email address in the correct format…" for each problem of a row. */
export function problemTexts(row: ImportRow): string[] {
  return Object.entries(row.problems).flatMap(([field, message]) =>
    message ? [`${FIELD_LABELS[field as ImportProblemField] ?? 'Row'}: ${message}`] : [],
  );
}

export function withDecision(
  decisions: ImportDecisions,
  rowNumber: number,
  decision: ImportDecision | undefined,
): ImportDecisions {
  const next: Record<number, ImportDecision> = {};
  for (const [row, value] of Object.entries(decisions)) {
    if (Number(row) !== rowNumber) next[Number(row)] = value;
  }
  if (decision !== undefined) next[rowNumber] = decision;
  return next;
}
