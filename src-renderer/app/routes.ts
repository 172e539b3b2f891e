import { useMemo, useSyncExternalStore } from 'react';

/** The app's areas, in the order they appear in the navigation. */
export const AREAS = [
  { path: 'events', label: 'Events' },
  { path: 'people', label: 'People' },
  { path: 'board', label: 'Board' },
  { path: 'voting', label: 'Voting' },
  { path: 'surveys', label: 'Surveys' },
  { path: 'expenses', label: 'Expenses' },
  { path: 'reports', label: 'Reports' },
  { path: 'settings', label: 'Settings' },
] as const;

export type AreaPath = (typeof AREAS)[number]['path'];

/**
 * Screens that fill the window with no navigation: the projector's venue screen
 * ("#/venue/<eventId>") and the kiosk a participant fills a form in ("#/kiosk/...").
 */
export const FULL_SCREENS = ['venue', 'kiosk'] as const;

export type FullScreenPath = (typeof FULL_SCREENS)[number];

export interface Route {
  area: AreaPath | FullScreenPath;
  /** What follows the area: "#/people/abc" → ["abc"]. */
  rest: string[];
}

/** "#/people/abc" → people, ["abc"]; anything unknown falls back to Events. */
export function routeFromHash(hash: string): Route {
  const [first = '', ...rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  const area =
    AREAS.find((a) => a.path === first)?.path ?? FULL_SCREENS.find((path) => path === first);
  return area ? { area, rest: rest.filter((part) => part !== '') } : { area: 'events', rest: [] };
}

/** The href of a screen: routeHref('people', id) → "#/people/<id>". */
export function routeHref(area: AreaPath | FullScreenPath, ...rest: string[]): string {
  return `#/${[area, ...rest].map(encodeURIComponent).join('/')}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Routing lives in the URL hash so that a reload, or a second window, opens the same screen. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => routeFromHash(hash), [hash]);
}
