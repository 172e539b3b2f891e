/**
 * Runs inside the page (it is passed to page.evaluate, so it must not use anything from outside
 * its own body). Given a target element it chooses the element a keyboard user would put focus
 * on (a label's control, the control around a piece of text, or the one control inside a
 * wrapper), remembers it on window, and reports where focus is and how many Tab or Shift+Tab
 * presses should reach it. Called without a target it reports on the remembered goal.
 */
export type ProbeResult =
  | { ok: false; reason: string; detached: boolean }
  | {
      ok: true;
      /** How a keyboard user activates the goal: Enter, Space, arrows in a radio group, or not at all. */
      kind: 'enter' | 'space' | 'radio' | 'type';
      on: boolean;
      checked: boolean;
      /** When focus is on another radio of the goal's group: arrow presses to the goal (negative: up). */
      radioSteps: number | null;
      /** Estimated presses from the current focus, or -1 when the goal is not in the Tab order. */
      forward: number;
      backward: number;
      stops: number;
      goal: string;
      active: string;
    };

export interface ProbeInput {
  target: Element | null;
  waitMs: number;
}

export async function keyboardProbe({ target, waitMs }: ProbeInput): Promise<ProbeResult> {
  const store = window as unknown as { keyboardGoal?: HTMLElement };
  const describe = (el: Element | null) =>
    el ? el.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : 'nothing';
  const isRadio = (el: Element): el is HTMLInputElement =>
    el instanceof HTMLInputElement && el.type === 'radio';

  function focusable(el: Element): el is HTMLElement {
    if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
    if (el.matches(':disabled') || el.closest('[inert]')) return false;
    const modals = document.querySelectorAll('dialog:modal');
    const modal = modals.length ? modals[modals.length - 1] : null;
    if (modal && !modal.contains(el)) return false;
    return el.checkVisibility({ visibilityProperty: true });
  }
  function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
    if (!radio.name) return [radio];
    const all = (radio.form ?? document).querySelectorAll<HTMLInputElement>('input[type="radio"]');
    return Array.from(all).filter(
      (r) => r.name === radio.name && r.form === radio.form && (r === radio || focusable(r)),
    );
  }
  /** Focusable and in the Tab order: a radio group is one stop, its checked (or first) radio. */
  function tabbable(el: Element): el is HTMLElement {
    if (!focusable(el)) return false;
    if (!isRadio(el)) return true;
    const group = radioGroup(el);
    return (group.find((r) => r.checked) ?? group[0]) === el;
  }
  function choose(el: Element): HTMLElement | string {
    if (el instanceof HTMLLabelElement && el.control) return el.control;
    if (el instanceof HTMLElement && el.tabIndex >= 0) return el;
    const around = el.parentElement?.closest<HTMLElement>(
      'a[href], button, summary, label, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );
    if (around instanceof HTMLLabelElement && around.control) return around.control;
    if (around && !(around instanceof HTMLLabelElement)) return around;
    const inside = Array.from(el.querySelectorAll('*')).filter(focusable);
    const [only] = inside;
    if (only && inside.length === 1) return only;
    return `it is not focusable, not inside a control and wraps ${inside.length} controls`;
  }
  const kindOf = (el: HTMLElement): 'enter' | 'space' | 'radio' | 'type' => {
    if (isRadio(el)) return 'radio';
    const role = el.getAttribute('role') ?? '';
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox' || el.type === 'file') return 'space';
      return ['button', 'submit', 'reset', 'image'].includes(el.type) ? 'enter' : 'type';
    }
    if (['checkbox', 'switch'].includes(role)) return 'space';
    const typed = el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    return typed || el.isContentEditable ? 'type' : 'enter';
  };

  const deadline = performance.now() + waitMs;
  let goal: HTMLElement | string | undefined = store.keyboardGoal;
  for (;;) {
    if (target) goal = choose(target);
    const entry = typeof goal !== 'object' ? undefined : isRadio(goal) ? radioGroup(goal)[0] : goal;
    const ready = !!entry && entry.isConnected && focusable(entry);
    if (ready || performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (typeof goal !== 'object') {
    return { ok: false, reason: goal ?? 'no goal chosen', detached: false };
  }
  if (!goal.isConnected) return { ok: false, reason: 'it left the page', detached: true };
  if (!focusable(goal) && !isRadio(goal)) {
    return {
      ok: false,
      reason: `it is disabled, hidden or inert: ${describe(goal)}`,
      detached: false,
    };
  }
  store.keyboardGoal = goal;

  const active = document.activeElement;
  const group = isRadio(goal) ? radioGroup(goal) : [goal];
  const onGroup = active instanceof HTMLInputElement && active !== goal && group.includes(active);
  const order = (el: HTMLElement) => (el.tabIndex > 0 ? el.tabIndex : Number.MAX_SAFE_INTEGER);
  const stops = Array.from(document.querySelectorAll('*'))
    .filter(tabbable)
    .sort((a, b) => order(a) - order(b));
  const to = stops.findIndex((el) => group.includes(el as HTMLInputElement));
  const from = active instanceof HTMLElement ? stops.indexOf(active) : -1;
  const n = stops.length;
  // Past the last stop, Tab rests once on the document before it wraps round; Shift+Tab past the
  // first stop goes straight to the last.
  const forward = to < 0 ? -1 : from < 0 ? to + 1 : to > from ? to - from : n - from + to + 1;
  const backward = to < 0 ? -1 : from < 0 ? n - to : to < from ? from - to : from + n - to;
  // Arrow keys wrap round a radio group, so go the shorter way.
  const radioSteps = (goalAt: number, activeAt: number, size: number) => {
    const down = goalAt - activeAt;
    if (Math.abs(down) <= size / 2) return down;
    return down > 0 ? down - size : down + size;
  };
  return {
    ok: true,
    kind: kindOf(goal),
    on: active === goal,
    checked: goal instanceof HTMLInputElement && goal.checked,
    radioSteps: onGroup
      ? radioSteps(group.indexOf(goal as HTMLInputElement), group.indexOf(active), group.length)
      : null,
    forward,
    backward,
    stops: n,
    goal: describe(goal),
    active: describe(active),
  };
}
