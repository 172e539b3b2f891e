import { useEffect, useRef } from 'react';
import type { ColumnMapping, ImportField } from '../../../domain/people/import-columns';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../domain/people/import-columns';
import { SelectField } from '../../../ui/Field';
import { counted } from '../Pager';
import type { SpreadsheetTable } from './read-spreadsheet';
import { StepHeading } from './StepHeading';

interface Props {
  fileName: string;
  table: SpreadsheetTable;
  mapping: ColumnMapping;
  error?: string | undefined;
  /** True while the rows are being checked against the register. */
  checking: boolean;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onContinue: () => void;
}

const NOT_IMPORTED = 'none';
type Choice = ImportField | typeof NOT_IMPORTED;

const OPTIONS: { value: Choice; label: string }[] = [
  { value: NOT_IMPORTED, label: 'Not imported' },
  ...IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] })),
];

/**
 * One choice per column of the file (several columns can make up the address), each with an
 * example from the first row that has one, guessed from the headings to start with.
 */
export function MappingStep(props: Props) {
  const { table, mapping } = props;
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.error) errorRef.current?.focus();
  }, [props.error]);

  function choose(index: number, choice: Choice) {
    const next = [...mapping];
    next[index] = choice === NOT_IMPORTED ? null : choice;
    props.onChange(next);
  }

  return (
    <>
      <StepHeading>Match the columns</StepHeading>
      <p>
        {props.fileName} has {counted(table.rows.length, ['row', 'rows'])} after its headings. Say
        what each column holds.
      </p>
      {table.notice && <div className="notice notice--warning">{table.notice}</div>}
      <form
        noValidate
        aria-busy={props.checking || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          props.onContinue();
        }}
      >
        <div className="mapping-grid">
          {table.header.map((heading, index) => (
            <SelectField<Choice>
              key={index}
              label={`Column “${heading}”`}
              hint={example(table.rows, index)}
              value={mapping[index] ?? NOT_IMPORTED}
              options={OPTIONS}
              onChange={(choice) => choose(index, choice)}
            />
          ))}
        </div>
        {props.error && (
          <div className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef}>
            {props.error}
          </div>
        )}
        {props.checking && (
          <p role="status" aria-busy="true">
            Checking {counted(table.rows.length, ['row', 'rows'])}…
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={props.checking}>
            Check every row
          </button>
          <button type="button" className="button button--secondary" onClick={props.onBack}>
            Choose a different file
          </button>
        </div>
      </form>
    </>
  );
}

function example(rows: readonly (readonly string[])[], index: number): string {
  const value = rows.find((row) => (row[index] ?? '').trim() !== '')?.[index]?.trim();
  if (!value) return 'Empty in every row.';
  return `For example: ${value.length > 60 ? `${value.slice(0, 60)}…` : value}`;
}
