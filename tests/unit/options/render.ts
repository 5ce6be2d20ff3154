import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Render into a fresh container in happy-dom; `cleanup` unmounts it. */
export function mount(ui: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return {
    root,
    rerender: (next: ComponentChild) => act(() => render(next, root)),
    cleanup: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

export const get = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
};

/** Type into a field as a user would: the value changes, then an input event. */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string) {
  act(() => {
    el.focus();
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(el: Element, key: string, init: KeyboardEventInit = {}) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

export function blur(el: HTMLElement) {
  act(() => el.blur());
}

/** Let pending promises (storage, IndexedDB) settle, then flush Preact's updates. */
export async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Wait until `check` stops throwing (IndexedDB and live queries answer asynchronously). */
export async function waitFor(check: () => unknown, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await settle(10);
    }
  }
}

export function click(el: Element, init: MouseEventInit = {}) {
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  });
}

export function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
