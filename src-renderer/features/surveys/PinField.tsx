import { useId } from 'react';

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
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error">
          <span aria-hidden="true">⚠ </span>
          <span id={`${id}-error`}>{error}</span>
        </span>
      )}
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => onChange(e.target.value.trim())}
      />
    </div>
  );
}
