import type { RefObject } from 'preact';

/** Past this, the element the focus was meant for is not coming (the action failed, the list is empty). */
const GIVE_UP_MS = 3000;

let pending: (() => void) | null = null;

/**
 * Move the focus to `target` once it is in the page and can take it. For a control that unmounts
 * the one the user pressed (Close, Cancel, Delete): without this, focus falls back to <body> and a
 * keyboard user starts again from the top. The element may come a few renders later (after a
 * storage write, or once a button stops being disabled), so the page is watched until it does.
 * `from` is where the focus was when the user acted (by default, now: say it when calling after
 * an await, see useAction); the focus is moved only while it is still there, on <body> or gone,
 * never away from wherever the user has moved it meanwhile. A newer request replaces an older one.
 */
export function focusWhenReady(target: () => HTMLElement | null | undefined, from: Element | null = document.activeElement): void {
  pending?.();
  const attempt = () => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active === from || !active.isConnected;
    if (!lost) return stop();
    const el = target();
    if (!el) return;
    el.focus();
    if (document.activeElement === el) stop();
  };
  const observer = new MutationObserver(attempt);
  const timer = setTimeout(() => stop(), GIVE_UP_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    if (pending === stop) pending = null;
  };
  pending = stop;
  // Renders change the tree; a button that stops being disabled changes an attribute.
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'tabindex'] });
  queueMicrotask(attempt);
}

/**
 * After an action that disabled the control pressed while it ran: Chrome drops the focus of a
 * disabled control on <body>, so it goes back to the control once it can take it. Only when the
 * focus is lost and nothing else was asked for (Delete asks for Undo).
 */
export function focusBackWhenReady(el: Element | null): void {
  if (pending || !(el instanceof HTMLElement) || el === document.body) return;
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  focusWhenReady(() => (el.isConnected ? el : null));
}

/** focusWhenReady for the element of `testId` inside `root` (a form whose steps replace each other's controls). */
export function focusTestId(root: RefObject<HTMLElement>, testId: string, from?: Element | null): void {
  focusWhenReady(() => root.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`), from);
}
