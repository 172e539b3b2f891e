import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Display, Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  centreIn,
  fitToWorkArea,
  loadWindowState,
  placeOnScreen,
  readSavedState,
  trackWindowState,
  writeWindowState,
} from '../../src-main/main/window-state';

// window-state.ts only uses Electron types; this guards against a runtime import sneaking in.
vi.mock('electron', () => ({}));

const laptop: Rectangle = { x: 0, y: 0, width: 1366, height: 728 };
const projector: Rectangle = { x: 1366, y: 0, width: 1920, height: 1080 };

/** A screen with the given displays; getDisplayMatching picks the one the rectangle's centre is
 * nearest to, as Electron does. */
function screenWith(...workAreas: Rectangle[]) {
  const displays = workAreas.map((workArea) => ({ workArea }) as Display);
  const centreDistance = (a: Rectangle, b: Rectangle) =>
    Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
  return {
    getPrimaryDisplay: () => displays[0] as Display,
    getDisplayMatching: (rect: Rectangle) =>
      [...displays].sort(
        (a, b) => centreDistance(rect, a.workArea) - centreDistance(rect, b.workArea),
      )[0] as Display,
  };
}

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'two-feet-window-'));
  file = join(folder, 'window-state.json');
});

afterEach(() => {
  vi.useRealTimers();
  rmSync(folder, { recursive: true, force: true });
});

describe('fitToWorkArea', () => {
  it('leaves a window that fits alone', () => {
    const bounds = { x: 100, y: 50, width: 1000, height: 600 };
    expect(fitToWorkArea(bounds, laptop)).toEqual(bounds);
  });

  it('pulls a window hanging off an edge back inside', () => {
    expect(fitToWorkArea({ x: 1000, y: -40, width: 1000, height: 600 }, laptop)).toEqual({
      x: 366,
      y: 0,
      width: 1000,
      height: 600,
    });
  });

  it('shrinks a window bigger than the display', () => {
    expect(fitToWorkArea({ x: -500, y: 0, width: 2560, height: 1440 }, laptop)).toEqual(laptop);
  });

  it('keeps a minimum usable size when the saved one is tiny', () => {
    const fitted = fitToWorkArea({ x: 10, y: 10, width: 100, height: 100 }, laptop);
    expect(fitted).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('works on a display to the right of the primary one', () => {
    expect(fitToWorkArea({ x: 3000, y: 500, width: 800, height: 600 }, projector)).toEqual({
      x: 2486,
      y: 480,
      width: 800,
      height: 600,
    });
  });
});

describe('placeOnScreen', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeOnScreen(undefined, screenWith(laptop))).toEqual({
      bounds: centreIn(DEFAULT_SIZE, laptop),
      isMaximized: false,
    });
    expect(centreIn(DEFAULT_SIZE, laptop)).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('reopens on the projector where it was closed', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(placeOnScreen(saved, screenWith(laptop, projector))).toEqual({
      bounds: { x: 1500, y: 100, width: 1200, height: 800 },
      isMaximized: true,
    });
  });

  it('moves the window back when the projector it was on is unplugged', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, isMaximized: false };
    const { bounds } = placeOnScreen(saved, screenWith(laptop));
    expect(bounds.x).toBeGreaterThanOrEqual(laptop.x);
    expect(bounds.y).toBeGreaterThanOrEqual(laptop.y);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(laptop.y + laptop.height);
  });
});

describe('the saved file', () => {
  it('round-trips bounds and the maximized state', () => {
    writeWindowState(file, {
      bounds: { x: 20, y: 30, width: 900, height: 700 },
      isMaximized: true,
    });
    expect(readSavedState(file)).toEqual({
      x: 20,
      y: 30,
      width: 900,
      height: 700,
      isMaximized: true,
    });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('falls back to the defaults when the file is missing, corrupt or the wrong shape', () => {
    const defaults = placeOnScreen(undefined, screenWith(laptop));
    expect(loadWindowState(file, screenWith(laptop))).toEqual(defaults);
    for (const contents of [
      '{"x": 20, "y": 3',
      '',
      'null',
      '[]',
      '{"x": 20, "y": 30, "width": "wide", "height": 700}',
      '{"x": 20, "y": 30, "width": 0, "height": 700}',
      '{"x": 20.5, "y": 30, "width": 900, "height": 700}',
    ]) {
      writeFileSync(file, contents);
      expect(loadWindowState(file, screenWith(laptop)), contents).toEqual(defaults);
    }
  });
});

describe('trackWindowState', () => {
  class FakeWindow extends EventEmitter {
    normalBounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
    maximized = false;
    getNormalBounds = () => this.normalBounds;
    isMaximized = () => this.maximized;
    isDestroyed = () => false;
  }

  function tracked() {
    const window = new FakeWindow();
    trackWindowState(window as unknown as BrowserWindow, file);
    return window;
  }

  const saved = () => JSON.parse(readFileSync(file, 'utf8')) as unknown;

  it('saves the normal bounds and maximized state on close', () => {
    const window = tracked();
    window.maximized = true;
    window.emit('close');
    expect(saved()).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true });
  });

  it('saves once, shortly after a burst of moves and resizes', () => {
    vi.useFakeTimers();
    const window = tracked();
    window.emit('resize');
    window.normalBounds = { x: 50, y: 60, width: 1100, height: 750 };
    window.emit('move');
    vi.advanceTimersByTime(499);
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(saved()).toEqual({ x: 50, y: 60, width: 1100, height: 750, isMaximized: false });
  });
});
