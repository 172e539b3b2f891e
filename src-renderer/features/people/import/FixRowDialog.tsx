import { useRef, useState } from 'react';
import type { ImportPreview, ImportRow } from '../../../domain/people/csv-import';
import { fixRow } from '../../../domain/people/csv-import';
import type { DuplicateCandidate } from '../../../domain/people/duplicates';
import type { PersonInput } from '../../../domain/people/person';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField, TextField } from '../../../ui/Field';

interface Props {
  row: ImportRow;
  preview: ImportPreview;
  existing: readonly DuplicateCandidate[];
  /** Called with the re-checked preview once the row has no problems left. */
  onFixed: (preview: ImportPreview) => void;
  onClose: () => void;
}

type TextKey = 'name' | 'preferredName' | 'pronouns' | 'email' | 'phone' | 'address';

/** Corrects one row in place; the whole preview is checked again, since duplicates may change. */
export function FixRowDialog({ row, preview, existing, onFixed, onClose }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<PersonInput>(row.input);
  const [checked, setChecked] = useState<ImportRow>(row);
  const errors = checked.problems;
  const set = (key: TextKey) => (value: string) =>
    setInput((current) => ({ ...current, [key]: value }));

  function save(event: React.FormEvent) {
    event.preventDefault();
    const next = fixRow(preview, row.rowNumber, input, existing);
    const fixed = next.rows.find((r) => r.rowNumber === row.rowNumber);
    if (fixed && fixed.status === 'error') {
      setChecked(fixed);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onFixed(next);
  }

  return (
    <Dialog title={`Fix row ${row.rowNumber}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        {errors.row && <div className="notice notice--warning">{errors.row}</div>}
        <TextField
          label="Full name"
          value={input.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
        />
        <TextField
          label="Preferred name"
          value={input.preferredName}
          onChange={set('preferredName')}
          error={errors.preferredName}
        />
        <TextField
          label="Pronouns"
          value={input.pronouns}
          onChange={set('pronouns')}
          error={errors.pronouns}
        />
        <TextField
          label="Email"
          type="email"
          value={input.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          label="Phone"
          type="tel"
          value={input.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextAreaField
          label="Address"
          value={input.address}
          onChange={set('address')}
          error={errors.address}
          rows={2}
        />
        {checked.duplicateMessage && (
          <div className="notice notice--warning">{checked.duplicateMessage}</div>
        )}
        <div className="form-actions">
          <button type="submit" className="button">
            Save row {row.rowNumber}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
