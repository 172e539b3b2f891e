import { FieldFrame } from '../../ui/Field';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A whole number with its label, hint and error, framed like the fields in ui/Field.tsx. */
export function NumberField({ label, value, onChange, min, max, hint, error }: Props) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          className="number-input"
          min={min}
          max={max}
          step={1}
          value={Number.isFinite(value) ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value === '' ? 0 : Number(e.target.value))}
        />
      )}
    </FieldFrame>
  );
}
