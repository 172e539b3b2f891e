import { useRef, useState } from 'react';
import { useApp } from '../../../app/app-context';
import { type CheckedImport, checkFixedRow } from '../../../data/import-commands';
import { describeStorageError } from '../../../data/storage-errors';
import type { ImportRow } from '../../../domain/people/csv-import';
import type { PersonInput } from '../../../domain/people/person';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { ContactFields } from '../ContactFields';
import { useFocusAfterRender } from '../../../ui/use-focus-after-render';

interface Props {
  row: ImportRow;
  checked: CheckedImport;
  /** Called with the re-checked preview once the row has no problems left. */
  onFixed: (checked: CheckedImport) => void;
  onClose: () => void;
  /** Where focus goes when the fixed row leaves the list being shown. */
  returnFocus: () => HTMLElement | null | undefined;
}

/** Corrects one row in place; the whole preview is checked again, since duplicates may change. */
export function FixRowDialog({ row, checked, onFixed, onClose, returnFocus }: Props) {
  const { db } = useApp();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<PersonInput>(row.input);
  const [shown, setShown] = useState<ImportRow>(row);
  const [saving, setSaving] = useState(false);
  // A second press while the first is still checking is ignored (state updates come too late).
  const busy = useRef(false);
  const [formError, setFormError] = useState<string | null>(null);
  const errors = shown.problems;

  const focusFirstInvalid = useFocusAfterRender(() =>
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]'),
  );

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    setFormError(null);
    let next: CheckedImport;
    try {
      next = await checkFixedRow(db, checked, row.rowNumber, input);
    } catch (failure) {
      setFormError(
        `The row could not be checked against the register. ${describeStorageError(failure)}`,
      );
      return;
    } finally {
      busy.current = false;
      setSaving(false);
    }
    const fixed = next.preview.rows.find((r) => r.rowNumber === row.rowNumber);
    if (fixed && fixed.status === 'error') {
      setShown(fixed);
      focusFirstInvalid();
      return;
    }
    onFixed(next);
  }

  return (
    <Dialog title={`Fix row ${row.rowNumber}`} onClose={onClose} returnFocus={returnFocus}>
      <form ref={formRef} onSubmit={save} noValidate aria-busy={saving || undefined}>
        {errors.row && <div className="notice notice--warning">{errors.row}</div>}
        <ContactFields
          values={input}
          errors={errors}
          onChange={(key, value) => setInput((current) => ({ ...current, [key]: value }))}
        />
        <TextAreaField
          label="Address"
          value={input.address}
          onChange={(address) => setInput((current) => ({ ...current, address }))}
          error={errors.address}
          rows={2}
        />
        {shown.duplicateMessage && (
          <div className="notice notice--warning">{shown.duplicateMessage}</div>
        )}
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={`Save row ${row.rowNumber}`}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
