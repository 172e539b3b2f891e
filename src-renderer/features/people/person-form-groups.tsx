import { type ReactNode, useId } from 'react';
import type { PersonField, PersonInput } from '../../domain/people/person';
import { ACCESS_NEED_LABELS } from '../../domain/people/person';
import type { FieldErrors } from '../../domain/result';
import { Checkbox, TextAreaField, TextField } from '../../ui/Field';

type Errors = FieldErrors<PersonField>;

interface GroupProps {
  input: PersonInput;
  errors: Errors;
  onChange: (input: PersonInput) => void;
  /** Said under the legend, e.g. that this needs explicit consent for health data. */
  hint?: string | undefined;
}

/**
 * A fieldset whose error (from the consent rules) is read out with its first control, and
 * that control is marked invalid so the form moves focus there.
 */
function Group(props: {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="group">
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="group-error">
          <span aria-hidden="true">⚠ </span>
          <span id={errorId}>{props.error}</span>
        </p>
      )}
      {props.children(describedBy, Boolean(props.error))}
    </fieldset>
  );
}

export function AccessNeedsGroup({ input, errors, onChange, hint }: GroupProps) {
  const access = input.access;
  const set = <K extends keyof PersonInput['access']>(key: K, value: PersonInput['access'][K]) =>
    onChange({ ...input, access: { ...access, [key]: value } });
  const ticks = ['stepFree', 'hearingLoop', 'largePrint', 'easyRead', 'interpreterBsl'] as const;
  return (
    <Group legend="Access needs" hint={hint} error={errors.access}>
      {(describedBy, invalid) => (
        <>
          {ticks.map((key, index) => (
            <Checkbox
              key={key}
              label={ACCESS_NEED_LABELS[key]}
              checked={access[key]}
              onChange={(checked) => set(key, checked)}
              describedBy={index === 0 ? describedBy : undefined}
              invalid={index === 0 && invalid}
            />
          ))}
          {access.interpreterBsl && (
            <TextField
              label="Language to interpret"
              hint="For example British Sign Language (BSL), or Polish."
              value={access.interpreterLanguage}
              onChange={(value) => set('interpreterLanguage', value)}
              error={errors['access.interpreterLanguage']}
            />
          )}
          <TextField
            label={ACCESS_NEED_LABELS.dietary}
            value={access.dietary}
            onChange={(value) => set('dietary', value)}
            error={errors['access.dietary']}
          />
          <TextAreaField
            label={ACCESS_NEED_LABELS.other}
            value={access.other}
            onChange={(value) => set('other', value)}
            error={errors['access.other']}
            rows={2}
          />
        </>
      )}
    </Group>
  );
}

export function CarerGroup({ input, errors, onChange, hint }: GroupProps) {
  const carer = input.carerOrCompanion;
  const set = (change: Partial<PersonInput['carerOrCompanion']>) =>
    onChange({ ...input, carerOrCompanion: { ...carer, ...change } });
  return (
    <Group legend="Carer or companion" hint={hint} error={errors.carerOrCompanion}>
      {(describedBy, invalid) => (
        <>
          <Checkbox
            label="A carer or companion comes with them"
            checked={carer.comes}
            onChange={(comes) => set({ comes })}
            describedBy={describedBy}
            invalid={invalid}
          />
          {carer.comes && (
            <TextField
              label="Notes about the carer or companion"
              value={carer.notes}
              onChange={(notes) => set({ notes })}
              error={errors['carerOrCompanion.notes']}
            />
          )}
        </>
      )}
    </Group>
  );
}

export function EmergencyContactGroup({ input, errors, onChange, hint }: GroupProps) {
  const contact = input.emergencyContact;
  const set = (change: Partial<PersonInput['emergencyContact']>) =>
    onChange({ ...input, emergencyContact: { ...contact, ...change } });
  // The consent message sits at the first field, which is then the one focused.
  return (
    <Group legend="Emergency contact" hint={hint}>
      {() => (
        <>
          <TextField
            label="Emergency contact’s name"
            value={contact.name}
            onChange={(name) => set({ name })}
            error={errors.emergencyContact ?? errors['emergencyContact.name']}
          />
          <TextField
            label="Emergency contact’s phone"
            type="tel"
            value={contact.phone}
            onChange={(phone) => set({ phone })}
            error={errors['emergencyContact.phone']}
          />
          <TextField
            label="Relationship"
            hint="For example partner, daughter, friend."
            value={contact.relationship}
            onChange={(relationship) => set({ relationship })}
            error={errors['emergencyContact.relationship']}
          />
        </>
      )}
    </Group>
  );
}
