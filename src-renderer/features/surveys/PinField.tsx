import { FieldFrame } from '../../ui/Field';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  autoFocus?: boolean;
}

/** A PIN box: digits, hidden as they are typed, never remembered by the browser. */
export function PinField({ label, value, onChange, error, hint, autoFocus }: Props) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-autofocus={autoFocus || undefined}
          onChange={(e) => onChange(e.target.value.trim())}
        />
      )}
    </FieldFrame>
  );
}
