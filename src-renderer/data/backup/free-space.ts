/** Under this much free space, or under this share of the quota, Two Feet warns. */
export const LOW_SPACE_BYTES = 200 * 1000 * 1000;
export const LOW_SPACE_SHARE = 0.1;

export interface FreeSpace {
  freeBytes: number;
  low: boolean;
}

export function freeSpaceFrom(quota: number, usage: number): FreeSpace {
  const freeBytes = Math.max(0, quota - usage);
  return { freeBytes, low: freeBytes < LOW_SPACE_BYTES || freeBytes < quota * LOW_SPACE_SHARE };
}

/**
 * How much room the browser says is left for Two Feet's data (in the desktop app: roughly
 * the disk's free space). Undefined where the estimate is not available.
 */
export async function checkFreeSpace(): Promise<FreeSpace | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return undefined;
    return freeSpaceFrom(estimate.quota, estimate.usage);
  } catch {
    return undefined;
  }
}

/** "150 MB", "2.5 GB": sizes as people say them. */
export function readableSize(bytes: number): string {
  if (bytes >= 1e9) return `${round(bytes / 1e9)} GB`;
  if (bytes >= 1e6) return `${round(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${round(bytes / 1e3)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
