/**
 * Only the rows in view (and a few either side) are rendered, through TanStack Virtual's framework-free core: a
 * cell of a thousand clients costs the DOM about thirty rows, and scrolling only moves which thirty.
 */
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export function useVirtualRows(count: number, rowHeight: number, headerHeight: number, scroller: RefObject<HTMLDivElement>) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = (): VirtualizerOptions<HTMLDivElement, HTMLDivElement> => ({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    overscan: 8,
    // Rows start below the table's header, inside the same scroller.
    paddingStart: headerHeight,
    // The first frame already shows rows, before the scroller has been measured.
    initialRect: { width: 1200, height: 480 },
    onChange: () => rerender(0),
  });
  const [virtualizer] = useState(() => new Virtualizer(options()));
  virtualizer.setOptions(options());
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
