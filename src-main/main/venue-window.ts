/**
 * The venue screen: a second window per event for the projector, showing the board's grid and
 * countdown. It comes from createAppWindow like the main window, so it gets the same hardened
 * webPreferences and page; it differs only by route and place. One per event: asking again
 * brings the open one forward instead of stacking copies.
 */
import { screen } from 'electron';
import type { BrowserWindow, Display, Rectangle } from 'electron';
import type { AppPaths } from './app-page';
import { centreIn, DEFAULT_SIZE } from './window-state';
import { APP_TITLE, createAppWindow } from './windows';

export interface VenuePlacement {
  bounds: Rectangle;
  /** Filling a projector is the point; on the only display the window stays a normal size. */
  maximized: boolean;
}

/**
 * On a display other than the one the facilitator works on (the projector), filling it; with a
 * single display, centred on it at the default size.
 */
export function placeVenueWindow(
  displays: Pick<Display, 'workArea' | 'bounds'>[],
  openerBounds: Rectangle | undefined,
  primaryWorkArea: Rectangle,
): VenuePlacement {
  const centre = openerBounds && {
    x: openerBounds.x + openerBounds.width / 2,
    y: openerBounds.y + openerBounds.height / 2,
  };
  const other = centre
    ? displays.find((display) => !contains(display.bounds, centre))
    : displays.find((display) => !sameRectangle(display.workArea, primaryWorkArea));
  if (other) return { bounds: other.workArea, maximized: true };
  const here = centre ? displays.find((display) => contains(display.bounds, centre)) : undefined;
  return { bounds: centreIn(DEFAULT_SIZE, here?.workArea ?? primaryWorkArea), maximized: false };
}

export interface VenueWindows {
  /** Opens the venue window for `eventId`, or brings the open one forward. */
  open(eventId: string, opener: BrowserWindow | null): void;
}

export function createVenueWindows(paths: AppPaths): VenueWindows {
  const open = new Map<string, BrowserWindow>();
  return {
    open(eventId, opener) {
      const existing = open.get(eventId);
      if (existing && !existing.isDestroyed()) {
        if (existing.isMinimized()) existing.restore();
        existing.show();
        existing.focus();
        return;
      }
      const placement = placeVenueWindow(
        screen.getAllDisplays(),
        opener?.getBounds(),
        screen.getPrimaryDisplay().workArea,
      );
      const window = createAppWindow(paths, {
        route: `/venue/${encodeURIComponent(eventId)}`,
        bounds: placement.bounds,
        maximized: placement.maximized,
        title: `${APP_TITLE}: venue screen`,
      });
      open.set(eventId, window);
      window.on('closed', () => {
        if (open.get(eventId) === window) open.delete(eventId);
      });
    },
  };
}

function contains(area: Rectangle, point: { x: number; y: number }): boolean {
  return (
    point.x >= area.x &&
    point.x < area.x + area.width &&
    point.y >= area.y &&
    point.y < area.y + area.height
  );
}

function sameRectangle(a: Rectangle, b: Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
