/** Shown instead of an empty app when the database cannot be opened. */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="shell__main" id="main">
      <h1>Two Feet could not start</h1>
      <div className="notice notice--error" role="alert">
        <p>{message}</p>
      </div>
      <p>What you can do:</p>
      <ul>
        <li>Close any other Two Feet windows, then try again.</li>
        <li>If your disk is full, free some space, then try again.</li>
      </ul>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}
