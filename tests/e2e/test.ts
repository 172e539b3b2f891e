/**
 * The `test` and `expect` every end-to-end spec imports (import them from './test', never from
 * '@playwright/test'; types such as Page and Locator may still come from there).
 *
 * ## Keyboard only
 * playwright.config.ts runs every spec twice: the `chromium` project as written, and the
 * `keyboard` project with `keyboardOnly: true`. In keyboard mode an automatic fixture swaps the
 * pointer actions of every Locator and Page for what a keyboard user does:
 * - click, dblclick, tap, check, uncheck, setChecked: move focus with real Tab (or Shift+Tab,
 *   when that is shorter) presses to the element — for a label, its control; for text inside a
 *   button, the button — then Enter (buttons, links, summaries) or Space (checkboxes, file
 *   inputs); a radio is reached with the arrow keys within its group. Text fields, selects and
 *   date inputs are only focused, as a click would.
 * - fill, clear, press, pressSequentially, type, selectOption, selectText, setInputFiles and
 *   focus first reach the element by Tab the same way, then do their work.
 * - page.mouse, page.touchscreen, hover, dragTo and page.dragAndDrop throw ("uses the mouse").
 * Tab presses are counted from the focus order read in the page, pressed in one go, then
 * checked; if the estimate misses, it reads again and then steps one Tab at a time. An element
 * Tab cannot reach fails the test with its name: that is an accessibility defect to fix in the
 * app. Tests that are about the mouse by nature call
 * `test.skip(keyboardOnly, '…')` naming the keyboard test that covers the same path.
 */
import {
  type Locator,
  type Mouse,
  type Page,
  type Touchscreen,
  test as base,
} from '@playwright/test';
import { activate, reachByTab, setCheckedByKeyboard, usesTheMouse } from './keyboard-driver';

export { expect } from '@playwright/test';

type Restore = () => void;

/** Replaces target[key] until the returned function puts the original back. */
function swap<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): Restore {
  const original = target[key];
  target[key] = replacement;
  return () => {
    target[key] = original;
  };
}

function patchLocator(proto: Locator): Restore[] {
  // The originals, bound late so that each patched method can still do its own work.
  const { fill, clear, press, pressSequentially, type, selectOption, selectText, setInputFiles } =
    proto;
  const focusOriginal = proto.focus;
  return [
    swap(proto, 'click', function (this: Locator) {
      return activate(this);
    }),
    swap(proto, 'dblclick', function (this: Locator) {
      return activate(this);
    }),
    swap(proto, 'tap', function (this: Locator) {
      return activate(this);
    }),
    swap(proto, 'check', function (this: Locator) {
      return setCheckedByKeyboard(this, true);
    }),
    swap(proto, 'uncheck', function (this: Locator) {
      return setCheckedByKeyboard(this, false);
    }),
    swap(proto, 'setChecked', function (this: Locator, checked) {
      return setCheckedByKeyboard(this, checked);
    }),
    swap(proto, 'fill', async function (this: Locator, value, options) {
      await reachByTab(this);
      return fill.call(this, value, options);
    }),
    swap(proto, 'clear', async function (this: Locator, options) {
      await reachByTab(this);
      return clear.call(this, options);
    }),
    swap(proto, 'press', async function (this: Locator, key, options) {
      await reachByTab(this);
      return press.call(this, key, options);
    }),
    swap(proto, 'pressSequentially', async function (this: Locator, text, options) {
      await reachByTab(this);
      return pressSequentially.call(this, text, options);
    }),
    swap(proto, 'type', async function (this: Locator, text, options) {
      await reachByTab(this);
      return type.call(this, text, options);
    }),
    swap(proto, 'selectOption', async function (this: Locator, values, options) {
      await reachByTab(this);
      return selectOption.call(this, values, options);
    }),
    swap(proto, 'selectText', async function (this: Locator, options) {
      await reachByTab(this);
      return selectText.call(this, options);
    }),
    swap(proto, 'setInputFiles', async function (this: Locator, files, options) {
      await reachByTab(this);
      return setInputFiles.call(this, files, options);
    }),
    swap(proto, 'focus', async function (this: Locator, options) {
      // Focusing the body only resets where Tab starts, as reloading the page would.
      const isBody = await this.evaluate((el) => el === document.body);
      if (isBody) return focusOriginal.call(this, options);
      await reachByTab(this);
    }),
    swap(proto, 'hover', async () => usesTheMouse('hover')),
    swap(proto, 'dragTo', async () => usesTheMouse('dragTo')),
  ];
}

/** Page-level actions by selector go through the (patched) locator of that selector. */
function patchPage(proto: Page): Restore[] {
  return [
    swap(proto, 'click', function (this: Page, selector) {
      return this.locator(selector).click();
    }),
    swap(proto, 'dblclick', function (this: Page, selector) {
      return this.locator(selector).dblclick();
    }),
    swap(proto, 'tap', function (this: Page, selector) {
      return this.locator(selector).tap();
    }),
    swap(proto, 'check', function (this: Page, selector) {
      return this.locator(selector).check();
    }),
    swap(proto, 'uncheck', function (this: Page, selector) {
      return this.locator(selector).uncheck();
    }),
    swap(proto, 'fill', function (this: Page, selector, value) {
      return this.locator(selector).fill(value);
    }),
    swap(proto, 'focus', function (this: Page, selector) {
      return this.locator(selector).focus();
    }),
    swap(proto, 'press', function (this: Page, selector, key) {
      return this.locator(selector).press(key);
    }),
    swap(proto, 'selectOption', function (this: Page, selector, values) {
      return this.locator(selector).selectOption(values);
    }),
    swap(proto, 'setInputFiles', function (this: Page, selector, files) {
      return this.locator(selector).setInputFiles(files);
    }),
    swap(proto, 'hover', async () => usesTheMouse('page.hover')),
    swap(proto, 'dragAndDrop', async () => usesTheMouse('page.dragAndDrop')),
  ];
}

function patchPointers(mouse: Mouse, touchscreen: Touchscreen): Restore[] {
  const keys = ['move', 'down', 'up', 'click', 'dblclick', 'wheel'] as const;
  return [
    ...keys.map((key) => swap(mouse, key, async () => usesTheMouse(`page.mouse.${key}`))),
    swap(touchscreen, 'tap', async () => usesTheMouse('page.touchscreen.tap')),
  ];
}

let keyboardOnlyNow = false;

/** Whether the running test is keyboard-only, for helpers without fixtures (e.g. drag). */
export const keyboardOnlyRun = (): boolean => keyboardOnlyNow;

/** The option the `keyboard` project sets in playwright.config.ts. */
export interface KeyboardOnlyOption {
  keyboardOnly: boolean;
}

export const test = base.extend<KeyboardOnlyOption & { keyboardOnlyActions: undefined }>({
  keyboardOnly: [false, { option: true }],
  keyboardOnlyActions: [
    async ({ keyboardOnly, page }, use) => {
      if (!keyboardOnly) return use(undefined);
      // Prototypes are shared by every page and locator of the worker, so pages the test opens
      // later are covered too; tests in a worker run one at a time, and all is put back after.
      const prototypeOf = <T>(instance: T): T => Object.getPrototypeOf(instance) as T;
      const restore = [
        ...patchLocator(prototypeOf(page.locator('body'))),
        ...patchPage(prototypeOf(page)),
        ...patchPointers(prototypeOf(page.mouse), prototypeOf(page.touchscreen)),
      ];
      keyboardOnlyNow = true;
      try {
        await use(undefined);
      } finally {
        keyboardOnlyNow = false;
        for (const undo of restore.reverse()) undo();
      }
    },
    { auto: true },
  ],
});
