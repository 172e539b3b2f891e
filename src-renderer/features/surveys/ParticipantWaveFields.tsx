import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { loadDueWaves } from '../../data/surveys/queries';
import { scheduleFor } from '../../data/surveys/schedule-commands';
import { localDate } from '../../domain/dates';
import { SelectField } from '../../ui/Field';
import { useCheckedIn } from './use-checked-in';

export interface Who {
  participantId: string;
  waveId: string;
}

interface Props {
  eventId: string;
  taskforceId: string;
  value: Who;
  onChange: (who: Who) => void;
  errors: { participantId?: string | undefined; waveId?: string | undefined };
}

/**
 * The facilitator chooses who fills in the survey, from the people checked in at the event, and
 * the wave; the wave due for that person is chosen for them.
 */
export function ParticipantWaveFields({ eventId, taskforceId, value, onChange, errors }: Props) {
  const { db } = useApp();
  const checkedIn = useCheckedIn(eventId);
  const waves = useLiveQuery(async () => {
    const schedule = await scheduleFor(db, taskforceId);
    const due = await loadDueWaves(db, taskforceId, localDate(new Date()));
    return { waves: schedule.waves, due };
  }, [db, taskforceId]);
  const dueFor = (personId: string) => waves?.due.find((d) => d.participantId === personId)?.waveId;

  if (checkedIn === undefined || waves === undefined)
    return <p aria-busy="true">Loading who is here…</p>;
  if (checkedIn.length === 0) {
    return (
      <p className="notice notice--warning">
        Nobody is checked in at this event yet. A survey can only be handed to someone who is
        checked in.
      </p>
    );
  }
  return (
    <>
      <SelectField
        label="Who is filling it in"
        hint="Only people checked in at this event are listed."
        value={value.participantId}
        error={errors.participantId}
        options={[
          { value: '', label: 'Choose a person' },
          ...checkedIn.map((p) => ({ value: p.personId, label: p.name })),
        ]}
        onChange={(participantId) =>
          onChange({ participantId, waveId: dueFor(participantId) ?? waves.waves[0]?.id ?? '' })
        }
      />
      <SelectField
        label="Survey wave"
        value={value.waveId}
        error={errors.waveId}
        options={[
          { value: '', label: 'Choose a wave' },
          ...waves.waves.map((w) => ({
            value: w.id,
            label: w.id === dueFor(value.participantId) ? `${w.label} (due)` : w.label,
          })),
        ]}
        onChange={(waveId) => onChange({ ...value, waveId })}
      />
    </>
  );
}
