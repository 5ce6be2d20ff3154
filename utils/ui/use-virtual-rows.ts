import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/**
 * Only the rows in view are in the DOM, so a 50k-link page or 100,000 prospects scroll like 50
 * rows. `headerHeight` reserves room for a sticky header inside the same scroll box (the
 * dashboard's table), so rows never hide under it.
 */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLElement>, rowHeight: number, headerHeight = 0) {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLElement, HTMLElement>({
        count,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => rowHeight,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        paddingStart: headerHeight,
        scrollPaddingStart: headerHeight,
        overscan: 10,
        onChange: () => rerender(undefined),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
