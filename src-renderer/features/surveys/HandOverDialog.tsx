import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { hasKioskPin, setKioskPin } from '../../data/surveys/kiosk-pin';
import { formatLongDate } from '../../domain/dates';
import type { FormVersion } from '../../domain/surveys/versioning';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { PinField } from './PinField';
import { ParticipantWaveFields, type Who } from './ParticipantWaveFields';
import { useFocusFirstInvalid } from './builder/use-focus-first-invalid';
import { kioskHref } from './kiosk/kiosk-route';
import { lockKiosk } from './kiosk/kiosk-lock';

type Field = 'eventId' | 'participantId' | 'waveId' | 'pin' | 'confirm';

/**
 * Before the laptop is handed over: which event, for a survey who (the facilitator chooses, so
 * nobody else's name is shown to the participant), and the PIN that will be needed to leave.
 */
export function HandOverDialog({
  form,
  onClose,
  eventId: fixedEvent,
}: {
  form: FormVersion;
  onClose: () => void;
  eventId?: string;
}) {
  const { db, platform } = useApp();
  const events = useLiveQuery(() => db.events.orderBy('date').reverse().toArray(), [db]);
  const pinSet = useLiveQuery(() => hasKioskPin(db), [db]);
  const [eventId, setEventId] = useState(fixedEvent ?? '');
  const [who, setWho] = useState<Who>({ participantId: '', waveId: '' });
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const event = events?.find((e) => e.id === eventId);
  const survey = form.purpose === 'survey';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!event) found.eventId = 'Choose the event.';
    if (survey && who.participantId === '') found.participantId = 'Choose who is filling it in.';
    if (survey && who.waveId === '') found.waveId = 'Choose the survey wave.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !event) return;
    setSaving(true);
    try {
      if (!pinSet) {
        const result = await setKioskPin(db, { pin, confirm });
        if (!result.ok) {
          setErrors('errors' in result ? result.errors : {});
          return;
        }
      }
      await platform.setKioskMode(true);
      const target = { formId: form.formId, eventId: event.id, ...(survey ? who : {}) };
      lockKiosk(target);
      window.location.hash = kioskHref(target);
    } catch (error) {
      setFormError(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title="Hand to participant" onClose={onClose}>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <p>
          The laptop will show only this form, in large text. Nothing else can be opened until the
          facilitator PIN is typed.
        </p>
        {events === undefined ? (
          <p aria-busy="true">Loading events…</p>
        ) : (
          <SelectField
            label="Event"
            value={eventId}
            error={errors.eventId}
            options={[
              { value: '', label: 'Choose the event' },
              ...events.map((ev) => ({
                value: ev.id,
                label: `${ev.title}, ${formatLongDate(ev.date)}`,
              })),
            ]}
            onChange={(value) => {
              setEventId(value);
              setWho({ participantId: '', waveId: '' });
            }}
          />
        )}
        {survey && event && (
          <ParticipantWaveFields
            eventId={event.id}
            taskforceId={event.taskforceId}
            value={who}
            onChange={setWho}
            errors={errors}
          />
        )}
        {survey && (
          <p className="muted">
            You choose the person here rather than letting them pick their name, so nobody sees who
            else came and nobody can answer as someone else.
          </p>
        )}
        {pinSet === false && (
          <fieldset className="group">
            <legend>Choose a facilitator PIN</legend>
            <PinField
              label="PIN (4 to 8 digits)"
              value={pin}
              onChange={setPin}
              error={errors.pin}
            />
            <PinField
              label="Type the PIN again"
              value={confirm}
              onChange={setConfirm}
              error={errors.confirm}
            />
          </fieldset>
        )}
        {pinSet && <p>You will need the facilitator PIN to leave the kiosk.</p>}
        <FormFooter error={formError} saving={saving} submitLabel="Hand over" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
