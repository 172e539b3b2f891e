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

export interface Route {
  area: AreaPath;
  /** What follows the area: "#/people/abc" → ["abc"]. */
  rest: string[];
}

/** "#/people/abc" → people, ["abc"]; anything unknown falls back to Events. */
export function routeFromHash(hash: string): Route {
  const [first = '', ...rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  const area = AREAS.find((a) => a.path === first)?.path;
  return area ? { area, rest: rest.filter((part) => part !== '') } : { area: 'events', rest: [] };
}

/** The href of a screen: routeHref('people', id) → "#/people/<id>". */
export function routeHref(area: AreaPath, ...rest: string[]): string {
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
