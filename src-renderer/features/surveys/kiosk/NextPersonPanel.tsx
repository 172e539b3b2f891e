import { useState } from 'react';
import { ParticipantWaveFields, type Who } from '../ParticipantWaveFields';

interface Props {
  eventId: string;
  taskforceId: string;
  onHandOver: (who: Who) => void;
  onLeave: () => void;
}

/** Behind the PIN: the facilitator chooses the next person for a survey, or leaves the kiosk. */
export function NextPersonPanel({ eventId, taskforceId, onHandOver, onLeave }: Props) {
  const [who, setWho] = useState<Who>({ participantId: '', waveId: '' });
  const [errors, setErrors] = useState<{ participantId?: string; waveId?: string }>({});
  return (
    <section aria-labelledby="next-person-title" className="kiosk-panel">
      <h1 id="next-person-title" tabIndex={-1} data-kiosk-focus>
        Facilitator: who is next?
      </h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found = {
            ...(who.participantId === '' ? { participantId: 'Choose who is filling it in.' } : {}),
            ...(who.waveId === '' ? { waveId: 'Choose the survey wave.' } : {}),
          };
          setErrors(found);
          if (Object.keys(found).length === 0) onHandOver(who);
        }}
      >
        <ParticipantWaveFields
          eventId={eventId}
          taskforceId={taskforceId}
          value={who}
          onChange={setWho}
          errors={errors}
        />
        <div className="kiosk-actions">
          <button type="submit" className="button">
            Hand over
          </button>
          <button type="button" className="button button--secondary" onClick={onLeave}>
            Leave the kiosk
          </button>
        </div>
      </form>
    </section>
  );
}
