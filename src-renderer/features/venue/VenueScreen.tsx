/** The projector's screen for one event: "#/venue/<eventId>". */
export function VenueScreen({ rest }: { rest: string[] }) {
  return (
    <main>
      <h1>Venue screen</h1>
      <p>{rest[0] ?? 'No event chosen.'}</p>
    </main>
  );
}
