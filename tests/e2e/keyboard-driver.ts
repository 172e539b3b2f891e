import type { Locator, Page } from '@playwright/test';
import { type ProbeResult, keyboardProbe } from './keyboard-probe';

type Reached = Extract<ProbeResult, { ok: true }>;

/** How long a target may stay disabled or hidden before Tab is given up on (as an action would wait). */
const WAIT_FOR_TARGET_MS = 5_000;
/** Rounds that press the estimated number of Tabs at once before stepping one Tab at a time. */
const ESTIMATED_ROUNDS = 3;

async function probe(page: Page, locator: Locator | null): Promise<ProbeResult> {
  if (!locator) return page.evaluate(keyboardProbe, { target: null, waitMs: 0 });
  const handle = await locator.elementHandle();
  try {
    return await page.evaluate(keyboardProbe, { target: handle, waitMs: WAIT_FOR_TARGET_MS });
  } finally {
    await handle.dispose();
  }
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Moves focus to the locator's element (or, for a label, its control) with real Tab / Shift+Tab
 * presses, and arrow keys within a radio group. Fails, naming the element, when Tab cannot
 * reach it: that is an accessibility defect in the app, not in the test.
 */
export async function reachByTab(locator: Locator): Promise<Reached> {
  const page = locator.page();
  let state = await probe(page, locator);
  let presses = 0;
  let reprobes = 0;
  for (let round = 0; ; round++) {
    if (!state.ok && state.detached && reprobes++ < 3) {
      state = await probe(page, locator);
      continue;
    }
    if (!state.ok)
      throw new Error(`Keyboard only: cannot focus ${String(locator)}: ${state.reason}`);
    if (state.on) return state;
    if (presses > 2 * state.stops + 10) {
      throw new Error(
        `Keyboard only: Tab cannot reach ${String(locator)} (${state.goal}) after ${presses} ` +
          `presses; focus is on ${state.active}. Something a keyboard cannot reach is an ` +
          'accessibility defect.',
      );
    }
    if (state.radioSteps !== null) {
      const steps = state.radioSteps;
      await press(page, steps > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(steps));
      presses += Math.abs(steps) || 1;
    } else if (round < ESTIMATED_ROUNDS && state.forward > 0) {
      const back = state.backward > 0 && state.backward < state.forward;
      const count = back ? state.backward : state.forward;
      await press(page, back ? 'Shift+Tab' : 'Tab', count);
      presses += count;
    } else {
      await press(page, 'Tab', 1);
      presses += 1;
    }
    state = await probe(page, null);
  }
}

/** A click, tap or double click as a keyboard user does it: reach by Tab, then Enter or Space. */
export async function activate(locator: Locator): Promise<void> {
  const reached = await reachByTab(locator);
  const page = locator.page();
  if (reached.kind === 'enter') await page.keyboard.press('Enter');
  else if (reached.kind === 'space') await page.keyboard.press('Space');
  else if (reached.kind === 'radio' && !reached.checked) await page.keyboard.press('Space');
}

/** check / uncheck / setChecked: reach by Tab, Space (or the arrows already moved) if needed. */
export async function setCheckedByKeyboard(locator: Locator, checked: boolean): Promise<void> {
  const reached = await reachByTab(locator);
  if (reached.kind !== 'space' && reached.kind !== 'radio') {
    throw new Error(`Keyboard only: ${String(locator)} is not a checkbox or radio button`);
  }
  if (reached.kind === 'radio' && !checked) {
    throw new Error(`Keyboard only: a radio button cannot be unchecked (${String(locator)})`);
  }
  if (reached.checked !== checked) await locator.page().keyboard.press('Space');
  const now = await locator.page().evaluate(keyboardProbe, { target: null, waitMs: 0 });
  if (!now.ok || now.checked !== checked) {
    throw new Error(
      `Keyboard only: Space did not ${checked ? 'check' : 'uncheck'} ${String(locator)}`,
    );
  }
}

/** The mouse, hover and drags have no place in a keyboard-only run. */
export function usesTheMouse(what: string): never {
  throw new Error(
    `Keyboard only: ${what} uses the mouse. Use the keyboard path, or skip this test in ` +
      'keyboard mode naming the keyboard test that covers the same journey.',
  );
}
