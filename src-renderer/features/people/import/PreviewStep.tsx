import { useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { type CheckedImport, importPeople } from '../../../data/import-commands';
import { describeStorageError } from '../../../data/storage-errors';
import type { ImportDecision, ImportDecisions, ImportRow } from '../../../domain/people/csv-import';
import { useAnnounce } from '../../../ui/Announcer';
import { startBusy } from '../../../ui/start-busy';
import { SelectField } from '../../../ui/Field';
import { PAGE_SIZE, Pager, counted, lastPage, number, pageRangeText } from '../Pager';
import { FixRowDialog } from './FixRowDialog';
import { PreviewTable } from './PreviewTable';
import {
  FILTER_LABELS,
  type RowFilter,
  filterRows,
  previewCounts,
  ROW_STATE_LABELS,
  rowState,
  withDecision,
} from './preview-rows';
import { StepHeading } from './StepHeading';

interface Props {
  fileName: string;
  checked: CheckedImport;
  decisions: ImportDecisions;
  onChange: (checked: CheckedImport, decisions: ImportDecisions) => void;
  onBack: () => void;
  onImported: (count: number) => void;
}

const FILTERS = Object.keys(FILTER_LABELS) as RowFilter[];

export function PreviewStep(props: Props) {
  const { checked, decisions } = props;
  const { preview } = checked;
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const [fixing, setFixing] = useState<ImportRow | null>(null);
  const [error, setError] = useState<string>();
  const [importing, setImporting] = useState(false);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const rows = filterRows(preview, decisions, filter);
  const shownPage = Math.min(page, lastPage(rows.length));
  const counts = previewCounts(preview, decisions);

  /** A row that leaves the filtered list takes its buttons with it: focus goes to the heading. */
  const stillShown = (next: CheckedImport, nextDecisions: ImportDecisions, rowNumber: number) =>
    filterRows(next.preview, nextDecisions, filter).some((row) => row.rowNumber === rowNumber);

  function decide(row: ImportRow, decision: ImportDecision | undefined) {
    const next = withDecision(decisions, row.rowNumber, decision);
    if (!stillShown(checked, next, row.rowNumber)) tableHeading.current?.focus();
    props.onChange(checked, next);
    announce(`Row ${row.rowNumber}: ${ROW_STATE_LABELS[rowState(row, decision)]}.`);
  }

  async function runImport() {
    if (importing) return;
    setError(undefined);
    await startBusy(setImporting);
    try {
      const result = await importPeople(db, preview, decisions, commandContext());
      if (result.ok) props.onImported(result.value.imported);
      else setError('conflict' in result ? result.conflict : result.errors.rows);
    } catch (failure) {
      setError(`Nothing was imported. ${describeStorageError(failure)}`);
    } finally {
      setImporting(false);
    }
  }

  return (
    <>
      <StepHeading>Check every row</StepHeading>
      <p>
        {props.fileName}: {counted(preview.rows.length, ['row', 'rows'])} with people in them
        {preview.blankRows.length > 0 &&
          ` (${counted(preview.blankRows.length, ['blank row', 'blank rows'])} left out)`}
        . Nothing has been added to the register yet.
      </p>
      <ul className="import-counts" aria-label="Rows by status">
        <li>{number(counts.toImport)} ready to import</li>
        <li>{counted(counts.problems, ['needs fixing', 'need fixing'])}</li>
        <li>{counted(counts.duplicates, ['possible duplicate', 'possible duplicates'])}</li>
        <li>{number(counts.skipped)} skipped</li>
      </ul>
      <p>
        Rows that need fixing are never imported: fix them or skip them. A possible duplicate is
        left out unless you choose to import it anyway.
      </p>
      <div className="narrow-field">
        <SelectField<RowFilter>
          label="Show"
          value={filter}
          options={FILTERS.map((value) => ({ value, label: FILTER_LABELS[value] }))}
          onChange={(value) => {
            setFilter(value);
            setPage(0);
          }}
        />
      </div>
      <p role="status">{pageRangeText(shownPage, rows.length, ['row', 'rows'])}</p>
      <h3 id="preview-table-title" ref={tableHeading} tabIndex={-1}>
        {FILTER_LABELS[filter]}
      </h3>
      {rows.length > 0 && (
        <PreviewTable
          rows={rows.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE)}
          decisions={decisions}
          onFix={setFixing}
          onDecide={decide}
        />
      )}
      <Pager
        page={shownPage}
        total={rows.length}
        label="Pages of rows"
        onPage={(next) => {
          setPage(next);
          tableHeading.current?.focus();
        }}
      />
      {error && (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={runImport}
          disabled={importing}
          aria-busy={importing || undefined}
        >
          Import {counted(counts.toImport, ['person', 'people'])}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onBack}>
          Back to the columns
        </button>
      </div>
      {importing && (
        <p className="notice" role="status" aria-busy="true">
          <progress aria-label={`Importing ${counted(counts.toImport, ['person', 'people'])}`} />{' '}
          Importing {counted(counts.toImport, ['person', 'people'])}… This can take a few seconds.
        </p>
      )}
      {fixing && (
        <FixRowDialog
          row={fixing}
          checked={checked}
          returnFocus={() => tableHeading.current}
          onClose={() => setFixing(null)}
          onFixed={(next) => {
            setFixing(null);
            props.onChange(next, decisions);
            announce(`Row ${fixing.rowNumber} fixed.`);
          }}
        />
      )}
    </>
  );
}
