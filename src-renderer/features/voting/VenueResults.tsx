/**
 * On the venue screen: the results of the event's latest revealed round, once revealed.
 * (Being built: see issue 5.)
 */
export function VenueResults({ eventId }: { eventId: string }) {
  return <div data-event-id={eventId} hidden />;
}
