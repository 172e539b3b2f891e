import { flushSync } from 'react-dom';

/**
 * Shows a busy state before long synchronous work starts. React would otherwise commit it only
 * after the work (a 5,000-row import prepares every record before writing), so nobody would see
 * progress when it matters. Commits now, then waits for the browser to paint it.
 */
export async function startBusy(setBusy: (busy: true) => void): Promise<void> {
  flushSync(() => setBusy(true));
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
