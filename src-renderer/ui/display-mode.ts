export type DisplayMode = 'standard' | 'large';

const KEY = 'two-feet.display-mode';

/** Read before the first render so that large print never flashes in at standard size. */
export function storedDisplayMode(): DisplayMode {
  try {
    return localStorage.getItem(KEY) === 'large' ? 'large' : 'standard';
  } catch {
    return 'standard';
  }
}

export function applyDisplayMode(mode: DisplayMode): void {
  if (mode === 'large') document.documentElement.dataset.display = 'large';
  else delete document.documentElement.dataset.display;
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // Storage can be unavailable; the mode still applies for this session.
  }
}
