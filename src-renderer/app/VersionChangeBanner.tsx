/** Another window upgraded the database: this one must reload before it can save again. */
export function VersionChangeBanner() {
  return (
    <div className="notice notice--warning version-banner" role="alert">
      <p>
        Two Feet was updated in another window. Reload this window to carry on. Everything you saved
        is safe.
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload this window
      </button>
    </div>
  );
}
