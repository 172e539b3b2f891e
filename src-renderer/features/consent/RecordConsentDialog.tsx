import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { RecordingOutcome } from '../../data/consent-commands';
import { recordConsent } from '../../data/consent-commands';
import type { TaskforceEvent } from '../../domain/event';
import type { ConsentMethod } from '../../domain/people/consent';
import { CONSENT_METHODS, METHOD_LABELS } from '../../domain/people/consent';
import type { ConsentFormVersion } from '../../domain/people/consent-form';
import type { ConsentPurpose } from '../../domain/people/consent-purposes';
import { PURPOSE_LABELS } from '../../domain/people/consent-purposes';
import type {
  ConsentAnswer,
  ConsentAnswers,
  ConsentRecordingField,
} from '../../domain/people/consent-recording';
import { ANSWER_LABELS } from '../../domain/people/consent-recording';
import type { FieldErrors } from '../../domain/result';
import { displayName } from '../../domain/people/person';
import type { Person } from '../../domain/people/person';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, SelectField, TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { RadioGroup } from './RadioGroup';
import { instantFrom } from './consent-text';
import { FormFooter } from '../../ui/FormFooter';

const ANSWERS: readonly ConsentAnswer[] = ['granted', 'refused', 'not-asked'];
const CHOOSE = 'Choose yes or no, or "Not asked this time" to leave it for now.';

/**
 * Shows the exact wording of the latest form version, statement by statement. Nothing is
 * chosen for the person: every statement needs a yes, a no, or an explicit "not asked".
 */
export function RecordConsentDialog({
  person,
  form,
  events,
  onClose,
}: {
  person: Person;
  form: ConsentFormVersion;
  events: readonly TaskforceEvent[];
  onClose: () => void;
}) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<ConsentAnswers>({});
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [eventId, setEventId] = useState('');
  const [earlier, setEarlier] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const { errors, formError, saving, submit } = useFormSubmit<
    RecordingOutcome,
    ConsentRecordingField
  >(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ctx = commandContext();
    const saved = await submit(async () => {
      const missing: FieldErrors<ConsentRecordingField> = {};
      for (const { purpose } of form.statements) {
        if (answers[purpose] === undefined) missing[`answer.${purpose}`] = CHOOSE;
      }
      if (Object.keys(missing).length > 0) return { ok: false, errors: missing };
      return recordConsent(
        db,
        {
          personId: person.id,
          form,
          answers,
          method,
          at: earlier ? instantFrom(date, time) : ctx.now,
          ...(eventId ? { eventId } : {}),
        },
        ctx,
      );
    });
    if (saved) {
      const n = saved.records.length;
      const removed = [
        ...saved.removedDetails,
        ...(saved.removedAnswers > 0 ? ['equality monitoring answers it no longer covers'] : []),
      ];
      announce(
        `Consent recorded for ${n} ${n === 1 ? 'purpose' : 'purposes'}.${
          removed.length > 0 ? ` Removed ${removed.join(', ')}.` : ''
        }`,
      );
      onClose();
    }
  }

  const setAnswer = (purpose: ConsentPurpose) => (answer: ConsentAnswer) =>
    setAnswers((current) => ({ ...current, [purpose]: answer }));

  return (
    <Dialog title={`Record consent: ${displayName(person)}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <p>
          Read each statement to {displayName(person)} (or show it), exactly as written. This is
          version {form.formVersion} of the form. Nothing is chosen for them.
        </p>
        {form.statements.map(({ purpose, wording }) => (
          <RadioGroup
            key={purpose}
            legend={PURPOSE_LABELS[purpose]}
            value={answers[purpose] ?? ''}
            options={ANSWERS.map((a) => ({ value: a, label: ANSWER_LABELS[a] }))}
            onChange={setAnswer(purpose)}
            error={errors[`answer.${purpose}`]}
            inline
          >
            <p className="wording">{wording}</p>
          </RadioGroup>
        ))}
        {errors.answers && (
          <div className="notice notice--error" role="alert">
            {errors.answers}
          </div>
        )}
        <RadioGroup
          legend="How was consent given?"
          value={method}
          options={CONSENT_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          onChange={setMethod}
          error={errors.method}
          inline
        />
        <SelectField
          label="At which event (optional)"
          value={eventId}
          options={[
            { value: '', label: 'Not at an event' },
            ...events.map((e) => ({ value: e.id, label: `${e.title} (${e.date})` })),
          ]}
          onChange={setEventId}
        />
        <Checkbox
          label="Consent was given earlier (for example on a paper form)"
          checked={earlier}
          onChange={setEarlier}
        />
        {earlier && (
          <div className="field-row">
            <TextField
              label="Date given"
              type="date"
              value={date}
              onChange={setDate}
              error={errors.at}
            />
            <TextField label="Time given (optional)" type="time" value={time} onChange={setTime} />
          </div>
        )}
        {!earlier && errors.at && (
          <div className="notice notice--error" role="alert">
            {errors.at}
          </div>
        )}
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save consent"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
