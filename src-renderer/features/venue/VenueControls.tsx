/**
 * On the board screen: open the venue screen, run its countdown timer, print the schedule.
 * (Being built: see issue 4.)
 */
export function VenueControls({ eventId }: { eventId: string }) {
  return <p className="muted" data-event-id={eventId} hidden />;
}
