import type { ChoiceOption } from '../../../domain/surveys/form';
import { TextField } from '../../../ui/Field';
import { move, newOption } from './draft';

interface Props {
  options: ChoiceOption[];
  error?: string | undefined;
  onChange: (options: ChoiceOption[]) => void;
}

/** The answers a choice question offers: typed one per row, reordered with buttons. */
export function OptionsEditor({ options, error, onChange }: Props) {
  const update = (index: number, label: string) =>
    onChange(options.map((o, i) => (i === index ? { ...o, label } : o)));
  return (
    <fieldset className="group">
      <legend>Answers to choose from</legend>
      {options.length === 0 && error && (
        // With every answer removed there is no box to put the message beside.
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ol className="option-rows">
        {options.map((option, index) => (
          <li key={option.id} className="option-row">
            <TextField
              label={`Answer ${index + 1}`}
              value={option.label}
              error={index === 0 ? error : undefined}
              onChange={(label) => update(index, label)}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Move answer ${index + 1} up`}
              disabled={index === 0}
              onClick={() => onChange(move(options, index, -1))}
            >
              Up
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Move answer ${index + 1} down`}
              disabled={index === options.length - 1}
              onClick={() => onChange(move(options, index, 1))}
            >
              Down
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Remove answer ${index + 1}`}
              onClick={() => onChange(options.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...options, newOption('')])}
      >
        Add an answer
      </button>
    </fieldset>
  );
}
