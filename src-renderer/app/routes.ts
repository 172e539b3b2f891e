import { useSyncExternalStore } from 'react';

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

/** "#/people" → "people"; anything unknown falls back to Events. */
export function areaFromHash(hash: string): AreaPath {
  const first = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return AREAS.find((area) => area.path === first)?.path ?? 'events';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Routing lives in the URL hash so that a reload, or a second window, opens the same screen. */
export function useArea(): AreaPath {
  return useSyncExternalStore(subscribe, () => areaFromHash(window.location.hash));
}
