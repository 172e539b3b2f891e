import type { PersonInput } from '../../domain/people/person';
import { TextField } from '../../ui/Field';

/** The parts of a person that say who they are and how to reach them. */
export type ContactKey = 'name' | 'preferredName' | 'pronouns' | 'email' | 'phone';

export type ContactValues = Pick<PersonInput, ContactKey>;

interface Props {
  values: ContactValues;
  errors: Partial<Record<ContactKey, string | undefined>>;
  onChange: (key: ContactKey, value: string) => void;
  /** Put the cursor in the name when the form opens (the default). */
  autoFocusName?: boolean;
}

/**
 * Full name, preferred name, pronouns, email and phone, with the same labels and hints wherever
 * a person is entered: the person form, a row being fixed during an import, a walk-in.
 */
export function ContactFields({ values, errors, onChange, autoFocusName = true }: Props) {
  return (
    <>
      <TextField
        label="Full name"
        value={values.name}
        onChange={(value) => onChange('name', value)}
        error={errors.name}
        required
        autoFocus={autoFocusName}
      />
      <TextField
        label="Preferred name"
        hint="What they like to be called. Shown on badges and at check-in."
        value={values.preferredName}
        onChange={(value) => onChange('preferredName', value)}
        error={errors.preferredName}
      />
      <TextField
        label="Pronouns"
        hint="For example she/her, he/him, they/them."
        value={values.pronouns}
        onChange={(value) => onChange('pronouns', value)}
        error={errors.pronouns}
      />
      <TextField
        label="Email"
        type="email"
        value={values.email}
        onChange={(value) => onChange('email', value)}
        error={errors.email}
      />
      <TextField
        label="Phone"
        type="tel"
        value={values.phone}
        onChange={(value) => onChange('phone', value)}
        error={errors.phone}
      />
    </>
  );
}
