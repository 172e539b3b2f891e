import { type ComponentType, type ReactNode, Suspense, lazy } from 'react';

/**
 * Every area but Events is its own chunk, loaded when first opened, so that the app starts by
 * loading only the shell, the database and the events screen. Once the first screen has
 * painted, the other chunks are fetched while the app is idle, so a later click rarely waits.
 */
const loaders = {
  people: () => import('../features/people/PeopleArea').then((m) => ({ default: m.PeopleArea })),
  board: () => import('../features/board/BoardArea').then((m) => ({ default: m.BoardArea })),
  voting: () => import('../features/voting/VotingArea').then((m) => ({ default: m.VotingArea })),
  surveys: () =>
    import('../features/surveys/SurveysArea').then((m) => ({ default: m.SurveysArea })),
  expenses: () =>
    import('../features/expenses/ExpensesArea').then((m) => ({ default: m.ExpensesArea })),
  reports: () =>
    import('../features/reports/ReportsArea').then((m) => ({ default: m.ReportsArea })),
  eventPage: () => import('../features/checkin/EventPage').then((m) => ({ default: m.EventPage })),
  taskforcePage: () =>
    import('../features/people/TaskforcePage').then((m) => ({ default: m.TaskforcePage })),
  venue: () => import('../features/venue/VenueScreen').then((m) => ({ default: m.VenueScreen })),
  kiosk: () => import('../features/surveys/KioskScreen').then((m) => ({ default: m.KioskScreen })),
} as const;

export const PeopleArea = lazy(loaders.people);
export const BoardArea = lazy(loaders.board);
export const VotingArea = lazy(loaders.voting);
export const SurveysArea = lazy(loaders.surveys);
export const ExpensesArea = lazy(loaders.expenses);
export const ReportsArea = lazy(loaders.reports);
export const EventPage = lazy(loaders.eventPage);
export const TaskforcePage = lazy(loaders.taskforcePage);
export const VenueScreen = lazy(loaders.venue);
export const KioskScreen = lazy(loaders.kiosk);

/** What shows for the moment a screen's chunk is loading: a busy region, announced politely. */
export function ScreenLoader({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="screen-loading" role="status" aria-busy="true">
          Opening…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** Fetches every lazy chunk once the browser is idle (each loader runs at most once). */
export function prefetchScreens(): void {
  const idle: (work: () => void) => void =
    typeof window.requestIdleCallback === 'function'
      ? (work) => window.requestIdleCallback(work, { timeout: 5_000 })
      : (work) => window.setTimeout(work, 1_000);
  const all: (() => Promise<{ default: ComponentType<never> }>)[] = Object.values(loaders);
  idle(() => {
    for (const load of all) load().catch(() => undefined);
  });
}
