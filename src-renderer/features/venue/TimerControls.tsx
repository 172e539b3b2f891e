import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { loadTimer, runTimerAction } from '../../data/venue/timer-commands';
import type { TimerAction } from '../../domain/venue/timer';
import { DEFAULT_TIMER_MINUTES } from '../../domain/venue/timer';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { useCountdown } from './use-countdown';

const MINUTE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 75, 90, 120];

const DONE: Record<TimerAction['kind'], string> = {
  set: 'Timer set.',
  start: 'Timer started.',
  pause: 'Timer paused.',
  extend: 'Time added.',
  reset: 'Timer reset.',
};

/** The facilitator's side of the venue screen's countdown: set, start, pause, add time, reset. */
export function TimerControls({ eventId }: { eventId: string }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const timer = useLiveQuery(() => loadTimer(db, eventId), [db, eventId]);
  const view = useCountdown(timer);
  const [minutes, setMinutes] = useState(String(DEFAULT_TIMER_MINUTES));
  const [error, setError] = useState<string | null>(null);
  // Setting or resetting a timer that has run part-way loses that time: ask first.
  const [confirming, setConfirming] = useState<TimerAction | null>(null);

  async function run(action: TimerAction) {
    setError(null);
    try {
      const result = await runTimerAction(db, eventId, action, commandContext());
      if (result.ok) announce(DONE[action.kind]);
      else setError('conflict' in result ? result.conflict : (result.errors.minutes ?? null));
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  const running = timer?.startedAt != null;
  const midway = view !== undefined && view.status !== 'ready';
  const askFirst = (action: TimerAction) => (midway ? setConfirming(action) : void run(action));
  return (
    <div className="timer-controls" role="group" aria-label="Countdown timer">
      <p className="timer-controls__readout" data-testid="timer-readout">
        {!timer || !view ? (
          'Timer: not set'
        ) : (
          <>
            Timer: <span className="timer-controls__clock">{view.clock}</span>{' '}
            {view.status === 'over'
              ? `time's up, over by ${view.overBy}${running ? '' : ' (paused)'}`
              : { ready: 'ready', running: 'left', paused: 'left (paused)' }[view.status]}
          </>
        )}
      </p>
      <SelectField
        label="Minutes"
        value={minutes}
        options={MINUTE_CHOICES.map((m) => ({ value: String(m), label: `${m} min` }))}
        onChange={setMinutes}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => askFirst({ kind: 'set', minutes: Number(minutes) })}
      >
        {timer ? `Set to ${minutes} min` : 'Set timer'}
      </button>
      {timer && (
        <>
          {running ? (
            <button type="button" className="button" onClick={() => void run({ kind: 'pause' })}>
              Pause timer
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void run({ kind: 'start' })}>
              {midway ? 'Resume timer' : 'Start timer'}
            </button>
          )}
          {[1, 5].map((m) => (
            <button
              key={m}
              type="button"
              className="button button--secondary"
              aria-label={`Add ${m} ${m === 1 ? 'minute' : 'minutes'}`}
              onClick={() => void run({ kind: 'extend', minutes: m })}
            >
              +{m} min
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => askFirst({ kind: 'reset' })}
          >
            Reset timer
          </button>
        </>
      )}
      {error && (
        <p className="notice notice--error timer-controls__error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Reset the timer?"
          message="The countdown on the venue screen goes back to the start and stops."
          confirmLabel={confirming.kind === 'set' ? `Set to ${minutes} min` : 'Reset timer'}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void run(confirming);
          }}
        />
      )}
    </div>
  );
}
