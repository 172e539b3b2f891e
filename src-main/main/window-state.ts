/**
 * Remembers the main window's size, position and maximized state between runs.
 *
 * The file is read back through a schema and fitted onto a display that exists now, because a
 * hand-edited file, a crash mid-write or an unplugged projector must never leave the window
 * off-screen or the app unable to start.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle, Screen } from 'electron';
import { z } from 'zod';

export interface WindowState {
  bounds: Rectangle;
  isMaximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
/** Small enough for a 1366x768 laptop, large enough for the board to be usable. */
export const MIN_SIZE = { width: 640, height: 480 } as const;
const SAVE_DELAY_MS = 500;

const savedStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  isMaximized: z.boolean().default(false),
});
type SavedState = z.infer<typeof savedStateSchema>;

type DisplayLookup = Pick<Screen, 'getDisplayMatching' | 'getPrimaryDisplay'>;

/** Shrinks `bounds` to fit inside `workArea` and moves it wholly inside. */
export function fitToWorkArea(bounds: Rectangle, workArea: Rectangle): Rectangle {
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, workArea.width), workArea.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, workArea.height), workArea.height);
  return {
    width,
    height,
    x: clamp(bounds.x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(bounds.y, workArea.y, workArea.y + workArea.height - height),
  };
}

/** Centres a window of the given size in `workArea`, used when no position was ever saved. */
export function centreIn(size: { width: number; height: number }, workArea: Rectangle): Rectangle {
  const fitted = fitToWorkArea({ x: workArea.x, y: workArea.y, ...size }, workArea);
  return {
    ...fitted,
    x: workArea.x + Math.round((workArea.width - fitted.width) / 2),
    y: workArea.y + Math.round((workArea.height - fitted.height) / 2),
  };
}

/** Turns what was saved (or nothing) into bounds that are visible on today's displays. */
export function placeOnScreen(saved: SavedState | undefined, screen: DisplayLookup): WindowState {
  if (!saved || saved.x === undefined || saved.y === undefined) {
    const size = saved ?? DEFAULT_SIZE;
    return {
      bounds: centreIn(size, screen.getPrimaryDisplay().workArea),
      isMaximized: saved?.isMaximized ?? false,
    };
  }
  const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  // getDisplayMatching returns the nearest display even when the rectangle touches none.
  const { workArea } = screen.getDisplayMatching(bounds);
  return { bounds: fitToWorkArea(bounds, workArea), isMaximized: saved.isMaximized };
}

/** Reads the saved state; a missing, unreadable or invalid file means "use the defaults". */
export function readSavedState(file: string): SavedState | undefined {
  try {
    const parsed = savedStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function loadWindowState(file: string, screen: DisplayLookup): WindowState {
  return placeOnScreen(readSavedState(file), screen);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const saved: SavedState = { ...state.bounds, isMaximized: state.isMaximized };
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(saved), 'utf8');
  renameSync(temporary, file);
}

/**
 * Saves the window's state when it closes and, debounced, while it is resized or moved, so a
 * crash still remembers roughly where the window was. Saves the normal (unmaximized) bounds, so
 * un-maximizing next time restores a sensible size.
 */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      writeWindowState(file, {
        bounds: window.getNormalBounds(),
        isMaximized: window.isMaximized(),
      });
    } catch (error) {
      // Losing the window position is not worth interrupting the user for.
      console.warn('Could not save the window position', error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
