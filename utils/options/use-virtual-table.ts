import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/**
 * Only the rows in view are in the DOM, so 100,000 prospects scroll like 100 (the popup's
 * use-virtual-rows approach). `headerHeight` reserves room for a sticky header inside the same
 * scroll box, so the header scrolls sideways with the columns and rows never hide under it.
 */
export function useVirtualTable(count: number, scrollRef: RefObject<HTMLElement>, rowHeight: number, headerHeight: number) {
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
        overscan: 8,
        onChange: () => rerender(undefined),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
