import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { createTaskforce, updateTaskforce } from '../../data/taskforce-commands';
import {
  TASKFORCE_STATUSES,
  TASKFORCE_STATUS_LABELS,
  type Taskforce,
  type TaskforceField,
  type TaskforceInput,
  emptyTaskforceInput,
} from '../../domain/taskforce';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { FormFooter } from '../../ui/FormFooter';

interface Props {
  /** Absent when creating a new taskforce. */
  existing?: Taskforce;
  onClose: () => void;
}

export function TaskforceFormDialog({ existing, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<TaskforceInput>(() =>
    existing ? toInput(existing) : emptyTaskforceInput(),
  );
  const [communitiesText, setCommunitiesText] = useState(input.communities.join('\n'));
  const { errors, formError, saving, submit } = useFormSubmit<Taskforce, TaskforceField>(formRef);
  const set =
    <K extends keyof TaskforceInput>(key: K) =>
    (value: TaskforceInput[K]) =>
      setInput((current) => ({ ...current, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const full = { ...input, communities: communitiesText.split('\n') };
    const saved = await submit(() =>
      existing
        ? updateTaskforce(db, existing.id, full, existing.version, commandContext())
        : createTaskforce(db, full, commandContext()),
    );
    if (saved) {
      announce(`Taskforce "${saved.name}" saved.`);
      onClose();
    }
  }

  return (
    <Dialog title={existing ? `Edit ${existing.name}` : 'New taskforce'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextField
          label="Name"
          value={input.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
        />
        <TextField
          label="Theme"
          hint='For example "LGBT & Cancer".'
          value={input.theme}
          onChange={set('theme')}
          error={errors.theme}
          required
        />
        <TextAreaField
          label="Description"
          value={input.description}
          onChange={set('description')}
          error={errors.description}
        />
        <TextAreaField
          label="Communities it aims to reach"
          hint="One per line."
          value={communitiesText}
          onChange={setCommunitiesText}
          error={errors.communities}
          rows={3}
        />
        <TextField
          label="Start date"
          type="date"
          value={input.startDate}
          onChange={set('startDate')}
          error={errors.startDate}
        />
        <SelectField
          label="Status"
          value={input.status}
          options={TASKFORCE_STATUSES.map((s) => ({ value: s, label: TASKFORCE_STATUS_LABELS[s] }))}
          onChange={set('status')}
          error={errors.status}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save taskforce"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

function toInput(t: Taskforce): TaskforceInput {
  return {
    name: t.name,
    theme: t.theme,
    description: t.description,
    communities: t.communities,
    startDate: t.startDate,
    status: t.status,
  };
}
