import { type ReactNode, useState } from 'react';
import { startBusy } from './start-busy';

/**
 * A button for work a user waits for (a PDF, a large CSV): it says what is happening and is
 * marked busy from the moment it is pressed until the work ends. It stays focusable (a pressed
 * button that became disabled would drop keyboard focus) and ignores presses while busy.
 */
export function BusyButton({
  children,
  busyLabel,
  onRun,
  className = 'button',
}: {
  children: ReactNode;
  busyLabel: string;
  onRun: () => Promise<void>;
  className?: string;
}) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    await startBusy(setBusy);
    try {
      await onRun();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={className}
      onClick={() => void run()}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
