import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { type CheckedImport, checkImport } from '../../data/import-commands';
import { describeStorageError } from '../../data/storage-errors';
import type { ImportDecisions } from '../../domain/people/csv-import';
import type { ColumnMapping } from '../../domain/people/import-columns';
import { guessMapping } from '../../domain/people/import-columns';
import { useAnnounce } from '../../ui/Announcer';
import { ChooseFileStep } from './import/ChooseFileStep';
import { DoneStep } from './import/DoneStep';
import { MappingStep } from './import/MappingStep';
import { PreviewStep } from './import/PreviewStep';
import { type SpreadsheetTable, restorePhoneZeros } from './import/read-spreadsheet';
import './people.css';
import { startBusy } from '../../ui/start-busy';

interface OpenedFile {
  fileName: string;
  table: SpreadsheetTable;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'map'; file: OpenedFile; mapping: ColumnMapping }
  | {
      kind: 'preview';
      file: OpenedFile;
      mapping: ColumnMapping;
      checked: CheckedImport;
      decisions: ImportDecisions;
    }
  | { kind: 'done'; imported: number; fileName: string };

const STEP_NUMBER: Record<Step['kind'], number> = { choose: 1, map: 2, preview: 3, done: 4 };

/** #/people/import: choose a file, match its columns, check every row, then import in one go. */
export function ImportScreen() {
  const { db } = useApp();
  const announce = useAnnounce();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mappingError, setMappingError] = useState<string>();
  const [checking, setChecking] = useState(false);
  // Set at once, so a double click cannot start a second check before the first re-renders.
  const busy = useRef(false);

  async function toPreview(file: OpenedFile, mapping: ColumnMapping) {
    if (busy.current) return;
    busy.current = true;
    await startBusy(setChecking);
    setMappingError(undefined);
    try {
      const table = restorePhoneZeros(file.table, mapping);
      const built = await checkImport(db, { ...table, mapping });
      if (!built.ok) {
        setMappingError(built.errors.mapping ?? built.errors.file);
        return;
      }
      setStep({ kind: 'preview', file, mapping, checked: built.value, decisions: {} });
    } catch (failure) {
      setMappingError(
        `The rows could not be checked against the register. ${describeStorageError(failure)}`,
      );
    } finally {
      busy.current = false;
      setChecking(false);
    }
  }

  return (
    <section aria-labelledby="import-title">
      <p>
        <a href={routeHref('people')}>← All people</a>
      </p>
      <h1 id="import-title">Import people from a spreadsheet</h1>
      <p className="step-label">Step {STEP_NUMBER[step.kind]} of 4</p>
      {step.kind === 'choose' && (
        <ChooseFileStep
          onOpened={(file) => {
            setMappingError(undefined);
            setStep({ kind: 'map', file, mapping: guessMapping(file.table.header) });
            announce(`Opened ${file.fileName}. Check which column holds what.`);
          }}
        />
      )}
      {step.kind === 'map' && (
        <MappingStep
          fileName={step.file.fileName}
          table={step.file.table}
          mapping={step.mapping}
          error={mappingError}
          checking={checking}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onBack={() => setStep({ kind: 'choose' })}
          onContinue={() => toPreview(step.file, step.mapping)}
        />
      )}
      {step.kind === 'preview' && (
        <PreviewStep
          fileName={step.file.fileName}
          checked={step.checked}
          decisions={step.decisions}
          onChange={(checked, decisions) => setStep({ ...step, checked, decisions })}
          onBack={() => setStep({ kind: 'map', file: step.file, mapping: step.mapping })}
          onImported={(imported) => {
            setStep({ kind: 'done', imported, fileName: step.file.fileName });
            announce(`Imported ${imported} ${imported === 1 ? 'person' : 'people'}.`);
          }}
        />
      )}
      {step.kind === 'done' && (
        <DoneStep
          imported={step.imported}
          fileName={step.fileName}
          onAnother={() => setStep({ kind: 'choose' })}
        />
      )}
    </section>
  );
}
