/** A form handed to a participant on the laptop: "#/kiosk/...". */
export function KioskScreen({ rest }: { rest: string[] }) {
  return (
    <main>
      <h1>Kiosk</h1>
      <p>{rest[0] ?? 'No form chosen.'}</p>
    </main>
  );
}
