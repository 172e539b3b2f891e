import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { FILE_TYPES } from '../../../exports/file-types';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../domain/people/import-columns';
import { MAX_IMPORT_BYTES, type SpreadsheetTable, readSpreadsheet } from './read-spreadsheet';
import { StepHeading } from './StepHeading';

interface Props {
  onOpened: (file: { fileName: string; table: SpreadsheetTable }) => void;
}

export function ChooseFileStep({ onOpened }: Props) {
  const { platform } = useApp();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function choose() {
    setError(undefined);
    setBusy(true);
    try {
      const opened = await platform.openFile({
        types: [FILE_TYPES.csv, FILE_TYPES.xlsx],
        maxBytes: MAX_IMPORT_BYTES,
      });
      if (!opened.opened) {
        if (opened.error) setError(opened.error);
        return;
      }
      const reading = await readSpreadsheet(opened.fileName, opened.bytes);
      if (!reading.ok) {
        setError(`${opened.fileName} cannot be imported. ${reading.message}`);
        return;
      }
      onOpened({ fileName: opened.fileName, table: reading.table });
    } catch {
      setError('That file could not be read. Try again, or save it again and choose the copy.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <StepHeading>Choose a file</StepHeading>
      <p>
        Choose a CSV file or an Excel workbook (.xlsx) with a row of column headings and one row per
        person. Nothing is added to the register until you have checked every row.
      </p>
      <p>These columns can be imported:</p>
      <ul className="plain-list">
        {IMPORT_FIELDS.map((field) => (
          <li key={field}>{IMPORT_FIELD_LABELS[field]}</li>
        ))}
      </ul>
      <p>
        Access needs, carers and emergency contacts are not imported: they can only be kept with
        each person’s own consent, so add them on the person’s page once it is recorded.
      </p>
      {error && (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={choose} disabled={busy}>
          {busy ? 'Reading the file…' : 'Choose a file'}
        </button>
      </div>
    </>
  );
}
