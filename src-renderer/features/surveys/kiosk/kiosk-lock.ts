import { type KioskTarget, kioskHref, kioskPrefix } from './kiosk-route';

/**
 * While the kiosk is locked, nothing but the one form can be reached: going back, typing an
 * address or following a stray link is sent back to the form, and the keys that would leave
 * the page (where the browser lets a page catch them) do nothing. It lives outside React so
 * that it holds even while the screen is changing; only unlockKiosk(), after the PIN, ends it.
 */
let locked: { prefix: string; home: string } | null = null;

export function isKioskLocked(): boolean {
  return locked !== null;
}

export function lockKiosk(target: KioskTarget): void {
  const state = { prefix: kioskPrefix(target), home: kioskHref(target) };
  if (!locked) {
    window.addEventListener('hashchange', sendBack);
    window.addEventListener('keydown', blockLeavingKeys, { capture: true });
    window.addEventListener('mouseup', blockBackButtons, { capture: true });
    window.addEventListener('contextmenu', preventDefault, { capture: true });
  }
  locked = state;
}

/** The same form for the next person (a survey moves to another participant). */
export function moveKiosk(target: KioskTarget): void {
  if (locked) locked.home = kioskHref(target);
  window.location.replace(kioskHref(target));
}

export function unlockKiosk(): void {
  locked = null;
  window.removeEventListener('hashchange', sendBack);
  window.removeEventListener('keydown', blockLeavingKeys, { capture: true });
  window.removeEventListener('mouseup', blockBackButtons, { capture: true });
  window.removeEventListener('contextmenu', preventDefault, { capture: true });
}

function allowed(hash: string): boolean {
  if (!locked) return true;
  return hash === locked.prefix || hash.startsWith(`${locked.prefix}/`);
}

function sendBack(): void {
  if (locked && !allowed(window.location.hash)) window.location.replace(locked.home);
  else if (locked) locked.home = window.location.hash;
}

/** Alt+arrows and Backspace (history), F5 and Ctrl+R (reload), Ctrl+L/W/T/N, F6 (address bar)… */
export function isLeavingKey(event: KeyboardEvent): boolean {
  const key = event.key;
  const ctrl = event.ctrlKey || event.metaKey;
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserHome') return true;
  if (key === 'F5' || key === 'F6' || key === 'F11' || key === 'F12') return true;
  if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  if (ctrl && /^[lwrtnopsjhdg]$/i.test(key)) return true;
  if (
    ctrl &&
    (key === '[' || key === ']' || key === 'Tab' || key === 'PageUp' || key === 'PageDown')
  )
    return true;
  if (key === 'Backspace' && !isTyping(event.target)) return true;
  return false;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return target.isContentEditable;
}

function blockLeavingKeys(event: KeyboardEvent): void {
  if (isLeavingKey(event)) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** The mouse's back and forward buttons. */
function blockBackButtons(event: MouseEvent): void {
  if (event.button === 3 || event.button === 4) event.preventDefault();
}

function preventDefault(event: Event): void {
  event.preventDefault();
}
