/**
 * Layout, when the document has one: sizes, positions and computed styles.
 * A DOMParser document, or a test DOM without a renderer, has none, and every
 * analysis step must still work without it (it then reads markup only).
 */
import { boundingRect, createRange, docElement, docView, scrollHeight, scrollWidth } from './dom-safe';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Layout {
  /** Document coordinates (scroll offset added), so "above the fold" does not depend on scroll. */
  rect(el: Element): Rect;
  /** Where the element's contents are drawn (its text, not its box), or null when nothing is. */
  contentRect(el: Element): Rect | null;
  /** Computed style of the element, or of its `::before`/`::after` box. */
  style(el: Element, pseudo?: '::before' | '::after'): CSSStyleDeclaration;
  viewport: { width: number; height: number };
  /** Full scrollable size of the document. */
  page: { width: number; height: number };
}

/** The layout of a rendered document, or null when there is none to read. */
export function layoutOf(doc: Document): Layout | null {
  const win = docView(doc);
  const root = docElement(doc);
  if (!win || !root || typeof win.getComputedStyle !== 'function') return null;
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  const rootRect = boundingRect(root);
  // Test DOMs report zero sizes for everything: that is no layout, not an empty page.
  if (!(viewport.width > 0 && viewport.height > 0 && rootRect.width > 0)) return null;
  const scrollX = win.scrollX;
  const scrollY = win.scrollY;
  return {
    rect(el) {
      const r = boundingRect(el);
      return { top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height };
    },
    contentRect(el) {
      const range = createRange(doc);
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.width > 0 || r.height > 0 ? { top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height } : null;
    },
    style: (el, pseudo) => win.getComputedStyle(el, pseudo),
    viewport,
    page: {
      width: Math.max(scrollWidth(root), viewport.width),
      height: Math.max(scrollHeight(root), viewport.height),
    },
  };
}
