import type { JSX, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/** What a row needs to take part: the list's one tab stop is the active row. */
export interface RowFocusProps {
  tabIndex: number;
  'data-pos': number;
  onFocus: () => void;
}

/**
 * A list of row buttons as one tab stop (roving tabindex): Tab enters at the active row, Up/Down,
 * Home/End and PageUp/PageDown move between rows, Enter and Space stay the button's own. A
 * virtualised list passes `scrollTo` and renders `active` even out of view (see withActiveRow):
 * its DOM node then outlives scrolling, so focus on it is not dropped to the body.
 */
export function useRowFocus(count: number, listRef: RefObject<HTMLElement>, rowHeight: number, scrollTo?: (pos: number) => void) {
  const [wanted, setWanted] = useState(0);
  // A shorter list (filtered) keeps the tab stop on its last row.
  const active = Math.max(0, Math.min(wanted, count - 1));
  const focusNext = useRef(false);

  // The row moved to may only exist after this render.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-pos="${active}"]`)?.focus({ preventScroll: !!scrollTo });
  });

  const moveTo = (pos: number) => {
    const next = Math.max(0, Math.min(pos, count - 1));
    if (next === active) return;
    setWanted(next);
    scrollTo?.(next);
    focusNext.current = true;
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || !(e.target as HTMLElement).closest?.('[data-pos]')) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight || rowHeight) / rowHeight));
    const to: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: count - 1, PageDown: active + page, PageUp: active - page };
    moveTo(to[e.key]!);
  };

  const rowProps = (pos: number): RowFocusProps => ({
    tabIndex: pos === active ? 0 : -1,
    'data-pos': pos,
    onFocus: () => setWanted(pos),
  });

  return { active, onKeyDown, rowProps };
}

/** The virtualiser's rows in view, plus the active row wherever it is, in list order. */
export function withActiveRow(items: ReadonlyArray<{ index: number; start: number }>, active: number, count: number, rowHeight: number): Array<{ index: number; start: number }> {
  if (active >= count || items.some((i) => i.index === active)) return [...items];
  return [...items, { index: active, start: active * rowHeight }].sort((a, b) => a.index - b.index);
}
