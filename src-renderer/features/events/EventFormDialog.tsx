import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { createEvent, updateEvent } from '../../data/event-commands';
import {
  type EventField,
  type EventInput,
  LADDER_LABELS,
  LADDER_RUNGS,
  type TaskforceEvent,
  VENUE_ACCESS_LABELS,
  type VenueAccess,
  emptyEventInput,
} from '../../domain/event';
import type { Taskforce } from '../../domain/taskforce';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { FormFooter } from '../../ui/FormFooter';

interface Props {
  taskforces: readonly Taskforce[];
  /** The taskforce to preselect when creating. */
  taskforceId: string;
  existing?: TaskforceEvent;
  onClose: () => void;
}

export function EventFormDialog({ taskforces, taskforceId, existing, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<EventInput>(() =>
    existing ? toInput(existing) : emptyEventInput(taskforceId),
  );
  const { errors, formError, saving, submit } = useFormSubmit<TaskforceEvent, EventField>(formRef);
  const set =
    <K extends keyof EventInput>(key: K) =>
    (value: EventInput[K]) =>
      setInput((current) => ({ ...current, [key]: value }));
  const setAccess = (key: keyof VenueAccess) => (value: boolean) =>
    setInput((current) => ({ ...current, access: { ...current.access, [key]: value } }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() =>
      existing
        ? updateEvent(db, existing.id, input, existing.version, commandContext())
        : createEvent(db, input, commandContext()),
    );
    if (saved) {
      announce(`Event "${saved.title}" saved.`);
      onClose();
    }
  }

  return (
    <Dialog title={existing ? `Edit ${existing.title}` : 'New event'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <SelectField
          label="Taskforce"
          value={input.taskforceId}
          options={taskforces.map((t) => ({ value: t.id, label: t.name }))}
          onChange={set('taskforceId')}
          error={errors.taskforceId}
        />
        <TextField
          label="Title"
          value={input.title}
          onChange={set('title')}
          error={errors.title}
          required
          autoFocus
        />
        <TextField
          label="Date"
          type="date"
          value={input.date}
          onChange={set('date')}
          error={errors.date}
          required
        />
        <div className="field-row">
          <TextField
            label="Start time"
            type="time"
            value={input.startTime}
            onChange={set('startTime')}
            error={errors.startTime}
            required
          />
          <TextField
            label="End time"
            type="time"
            value={input.endTime}
            onChange={set('endTime')}
            error={errors.endTime}
            required
          />
        </div>
        <TextField
          label="Venue name"
          value={input.venueName}
          onChange={set('venueName')}
          error={errors.venueName}
          required
        />
        <TextAreaField
          label="Venue address"
          value={input.venueAddress}
          onChange={set('venueAddress')}
          error={errors.venueAddress}
          rows={3}
        />
        <fieldset className="group">
          <legend>Venue accessibility</legend>
          {(Object.keys(VENUE_ACCESS_LABELS) as (keyof VenueAccess)[]).map((key) => (
            <Checkbox
              key={key}
              label={VENUE_ACCESS_LABELS[key]}
              checked={input.access[key]}
              onChange={setAccess(key)}
            />
          ))}
          <TextAreaField
            label="Access notes"
            hint="For example where the step-free entrance is, or which room is the quiet room."
            value={input.accessNotes}
            onChange={set('accessNotes')}
            error={errors.accessNotes}
            rows={2}
          />
        </fieldset>
        <TextField
          label="Safeguarding lead"
          value={input.safeguardingLead}
          onChange={set('safeguardingLead')}
          error={errors.safeguardingLead}
        />
        <TextField
          label="Volunteer counsellor on duty"
          hint="Who people can talk to for emotional support on the day."
          value={input.counsellorOnDuty}
          onChange={set('counsellorOnDuty')}
          error={errors.counsellorOnDuty}
        />
        <SelectField
          label="Ladder of engagement"
          hint="How much say participants have at this event."
          value={input.ladderRung}
          options={LADDER_RUNGS.map((r) => ({ value: r, label: LADDER_LABELS[r] }))}
          onChange={set('ladderRung')}
          error={errors.ladderRung}
        />
        <TextAreaField
          label="Notes"
          value={input.notes}
          onChange={set('notes')}
          error={errors.notes}
        />
        <FormFooter error={formError} saving={saving} submitLabel="Save event" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function toInput(e: TaskforceEvent): EventInput {
  return {
    taskforceId: e.taskforceId,
    title: e.title,
    date: e.date,
    startTime: e.startTime,
    endTime: e.endTime,
    venueName: e.venueName,
    venueAddress: e.venueAddress,
    access: { ...e.access },
    accessNotes: e.accessNotes,
    safeguardingLead: e.safeguardingLead,
    counsellorOnDuty: e.counsellorOnDuty,
    ladderRung: e.ladderRung,
    notes: e.notes,
  };
}
