/** A link to something that no longer exists (deleted, or erased) lands here, not on a blank page. */
export function NotFound({
  what,
  backHref,
  backLabel,
}: {
  what: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{what} not found</h1>
      <p>It may have been deleted, or erased at the person’s request.</p>
      <a href={backHref}>{backLabel}</a>
    </section>
  );
}
