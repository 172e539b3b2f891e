import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useApp } from '../../app/app-context';
import { loadBoard } from '../../data/board-commands';
import { loadTimer } from '../../data/venue/timer-commands';
import { slotsInOrder, slotTimes } from '../../domain/board/grid';
import { buildSchedule } from '../../domain/board/schedule';
import { slotNow } from '../../domain/venue/current-slot';
import { VenueResults } from '../voting/VenueResults';
import { VenueCountdown } from './VenueCountdown';
import { VenueGrid } from './VenueGrid';
import { useMinuteClock } from './use-clock';
import './venue.css';

/**
 * The projector's screen for one event: "#/venue/<eventId>". Large, high-contrast, and without
 * controls of its own: the facilitator runs it from the board. It follows the database live
 * (useLiveQuery), so every change made in the main window shows here at once.
 */
export function VenueScreen({ rest }: { rest: string[] }) {
  const eventId = rest[0] ?? '';
  const { db } = useApp();
  const loaded = useLiveQuery(async () => {
    const [event, board, timer] = await Promise.all([
      db.events.get(eventId),
      loadBoard(db, eventId),
      loadTimer(db, eventId),
    ]);
    const schedule = board && buildSchedule(board.state, board.personName);
    return { event, board, timer, schedule };
  }, [db, eventId]);
  const now = useMinuteClock();
  const title = loaded?.event?.title;
  useEffect(() => {
    if (title) document.title = `Venue screen: ${title}`;
  }, [title]);

  if (!loaded) return <main id="main" className="venue-screen" tabIndex={-1} aria-busy="true" />;
  const { event, board, timer, schedule } = loaded;
  if (!event || !board || !schedule) {
    return (
      <main id="main" className="venue-screen" tabIndex={-1}>
        <h1>Venue screen</h1>
        <p>This event no longer exists, or the link is incomplete.</p>
      </main>
    );
  }
  const current = slotNow(slotsInOrder(board.state.slots), event.date, now);
  return (
    <main id="main" className="venue-screen" tabIndex={-1} aria-labelledby="venue-title">
      <header className="venue-screen__header">
        <h1 id="venue-title">{event.title}</h1>
        {current && (
          <p className="venue-screen__slot" data-testid="venue-slot">
            {current.when === 'now' ? 'Now' : 'Next'}: {slotTimes(current.slot)}
            {current.slot.label && ` · ${current.slot.label}`}
          </p>
        )}
      </header>
      <VenueCountdown timer={timer} />
      <VenueGrid
        schedule={schedule}
        currentSlotId={current?.when === 'now' ? current.slot.id : undefined}
      />
      <VenueResults eventId={eventId} />
    </main>
  );
}
