import { type ReactNode, useId } from 'react';

interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  /** "" when nothing is chosen yet: no option is ever chosen for the user. */
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  children?: ReactNode;
  /** Lay the options side by side (short labels). */
  inline?: boolean;
}

/**
 * A fieldset of radio buttons with no default: the user must choose. The error sits under the
 * legend and is read out with each option.
 */
export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  children,
  inline = false,
}: RadioGroupProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'group radio-group radio-group--invalid' : 'group radio-group'}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <span className="field__error">
          <span aria-hidden="true">⚠ </span>
          <span id={errorId}>{error}</span>
        </span>
      )}
      <div
        className={
          inline ? 'radio-group__options radio-group__options--inline' : 'radio-group__options'
        }
      >
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
