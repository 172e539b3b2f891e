import type { BoardPerson } from '../../data/board-commands';
import type { Convener } from '../../domain/board/topics';
import { SelectField, TextField } from '../../ui/Field';

export const SOMEONE_ELSE = '__name__';
export const NOBODY = '';

/** What the form holds for one person field: a checked-in person's id, or a typed name. */
export interface PersonChoice {
  choice: string;
  name: string;
}

export function choiceOf(convener: Convener | null | undefined): PersonChoice {
  if (!convener) return { choice: NOBODY, name: '' };
  return convener.kind === 'person'
    ? { choice: convener.personId, name: '' }
    : { choice: SOMEONE_ELSE, name: convener.name };
}

export function convenerOf({ choice, name }: PersonChoice): Convener | null {
  if (choice === SOMEONE_ELSE) return { kind: 'name', name };
  return choice === NOBODY ? null : { kind: 'person', personId: choice };
}

interface Props {
  label: string;
  hint: string;
  value: PersonChoice;
  people: readonly BoardPerson[];
  onChange: (value: PersonChoice) => void;
  error: string | undefined;
  /** What the empty choice says, e.g. "Choose someone". */
  noneLabel: string;
}

/** A checked-in person from a list, or "someone else" with their name typed in. */
export function PersonChoiceField({
  label,
  hint,
  value,
  people,
  onChange,
  error,
  noneLabel,
}: Props) {
  const options = [
    { value: NOBODY, label: noneLabel },
    ...people.map((p) => ({ value: p.id, label: p.name })),
    { value: SOMEONE_ELSE, label: 'Someone else (type their name)' },
  ];
  // A person chosen earlier who is no longer checked in stays choosable.
  if (
    value.choice !== NOBODY &&
    value.choice !== SOMEONE_ELSE &&
    !people.some((p) => p.id === value.choice)
  )
    options.splice(1, 0, { value: value.choice, label: 'Someone not checked in now' });
  return (
    <>
      <SelectField
        label={label}
        hint={hint}
        value={value.choice}
        options={options}
        onChange={(choice) => onChange({ ...value, choice })}
        error={value.choice === SOMEONE_ELSE ? undefined : error}
      />
      {value.choice === SOMEONE_ELSE && (
        <TextField
          label={`${label}: name`}
          value={value.name}
          onChange={(name) => onChange({ ...value, name })}
          error={error}
          required
        />
      )}
    </>
  );
}
