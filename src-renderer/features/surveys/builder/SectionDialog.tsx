import { type FormEvent, useRef, useState } from 'react';
import type { Section } from '../../../domain/surveys/form';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

interface Props {
  title: string;
  section: Section;
  /** Errors the section's own fields would have ("title", "help"); {} when fine. */
  check: (section: Section) => Record<string, string>;
  onDone: (section: Section) => void;
  onClose: () => void;
}

export function SectionDialog({ title, section, check, onDone, onClose }: Props) {
  const [draft, setDraft] = useState(section);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone(draft);
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label="Section title"
          value={draft.title}
          error={errors.title}
          required
          autoFocus
          onChange={(value) => setDraft({ ...draft, title: value })}
        />
        <TextAreaField
          label="Introduction (optional)"
          hint="Shown above the section's questions."
          value={draft.help}
          rows={3}
          error={errors.help}
          onChange={(value) => setDraft({ ...draft, help: value })}
        />
        <FormFooter error={null} saving={false} submitLabel="Done" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
