import { type ReactNode, useId } from 'react';

interface Props<V extends string> {
  legend: ReactNode;
  /** "" when nothing is chosen yet. */
  value: V | '';
  options: readonly { value: V; label: string; hint?: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  className?: string;
}

/** Radio buttons in a fieldset, with the error under the legend and read with each option. */
export function ChoiceGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  className,
}: Props<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={`group choice-group ${className ?? ''}`.trim()}>
      <legend>{legend}</legend>
      {error && (
        <span className="field__error">
          <span aria-hidden="true">⚠ </span>
          <span id={errorId}>{error}</span>
        </span>
      )}
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint && <span className="choice__hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
