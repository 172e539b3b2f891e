/** Placeholder: being built for issue 3. */
export function EventPage(_props: { eventId: string }) {
  return null;
}
