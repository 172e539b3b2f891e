import type { TimerSetting } from '../../domain/venue/timer';
import { useCountdown } from './use-countdown';

/**
 * The big countdown. The digits change every second but are not a live region; screen readers
 * hear a sentence that changes only at whole minutes, when it starts, pauses, or runs out.
 */
export function VenueCountdown({ timer }: { timer: TimerSetting | undefined }) {
  const view = useCountdown(timer);
  if (!timer || !view) return null;
  const over = view.status === 'over';
  return (
    <section
      className={`venue-countdown${over ? ' venue-countdown--over' : ''}`}
      aria-labelledby="venue-countdown-title"
      data-status={view.status}
    >
      <h2 id="venue-countdown-title" className="visually-hidden">
        Timer
      </h2>
      <p className="venue-countdown__clock" data-testid="venue-clock">
        {over ? "Time's up" : view.clock}
      </p>
      <p className="venue-countdown__status">
        {over && `Over by ${view.overBy}`}
        {view.status === 'paused' && 'Paused'}
        {view.status === 'ready' && 'Ready'}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {view.announcement}
      </p>
    </section>
  );
}
