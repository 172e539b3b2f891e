import { API_GLOBAL, type TwoFeetApi } from '../../src-main/shared/api';
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

/** The preload puts the API on window in the desktop app; a plain browser has none. */
export function detectPlatform(): Platform {
  const api = (window as unknown as Record<string, TwoFeetApi | undefined>)[API_GLOBAL];
  return api ? electronPlatform(api) : browserPlatform();
}
