import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useAnnounce } from '../../ui/Announcer';
import { TimerControls } from './TimerControls';
import { printSchedule } from './print-schedule';
import './venue.css';

/**
 * On the board screen: open the venue screen for the projector, run its countdown, and print the
 * schedule for the wall.
 */
export function VenueControls({ eventId }: { eventId: string }) {
  const { db, platform } = useApp();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<'opening' | 'printing' | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function openScreen() {
    setBusy('opening');
    setMessage(null);
    const outcome = await platform.openVenueScreen(eventId);
    setBusy(null);
    if (outcome.opened) announce('Venue screen opened.');
    else setMessage({ text: outcome.error, error: true });
  }

  async function print() {
    setBusy('printing');
    setMessage(null);
    try {
      const outcome = await printSchedule(db, platform, eventId);
      if (outcome.saved) setMessage({ text: `Saved ${outcome.fileName}.`, error: false });
      else if (outcome.error) setMessage({ text: outcome.error, error: true });
    } catch {
      setMessage({ text: 'The schedule could not be made. Try again.', error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="venue-controls" aria-labelledby="venue-controls-title">
      <h2 id="venue-controls-title" className="venue-controls__title">
        Venue screen and timer
      </h2>
      <div className="venue-controls__bar">
        <button
          type="button"
          className="button"
          aria-busy={busy === 'opening' || undefined}
          disabled={busy !== null}
          onClick={() => void openScreen()}
        >
          Open venue screen
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-busy={busy === 'printing' || undefined}
          disabled={busy !== null}
          onClick={() => void print()}
        >
          {busy === 'printing' ? 'Making the schedule…' : 'Print schedule (PDF)'}
        </button>
        <TimerControls eventId={eventId} />
      </div>
      {message && (
        <p
          className={`notice ${message.error ? 'notice--error' : 'notice--success'}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
