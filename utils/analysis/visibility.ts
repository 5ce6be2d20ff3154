import type { Layout, Rect } from './layout';
import type { HiddenReason } from './types';
import { attr, composedParent, hasAttr, inlineStyle as inlineStyleOf, query, queryAll, textOf } from './dom-safe';

export interface Visibility {
  visible: boolean;
  hiddenBy: HiddenReason | null;
  /** Where the link is drawn (document coordinates), null without layout or when hidden. */
  rect: Rect | null;
}

type StyleReader = (el: Element) => Pick<CSSStyleDeclaration, 'display' | 'visibility' | 'opacity'> & Partial<CSSStyleDeclaration>;

/** Inline styles only: what a document without layout (DOMParser, tests) can still tell. */
const inlineStyle: StyleReader = (el) => {
  const s = inlineStyleOf(el);
  return { display: s?.display ?? '', visibility: s?.visibility ?? '', opacity: s?.opacity ?? '' };
};

/**
 * A visibility checker for one document. Ancestor results are cached, so 10k links that
 * share containers cost one style read per element, not one per link per ancestor.
 */
export function createVisibility(doc: Document, layout: Layout | null): (el: Element) => Visibility {
  // One computed-style object per element: the chain, the link and the background walk share it.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const computed = (el: Element): CSSStyleDeclaration => {
    let st = styles.get(el);
    if (!st) {
      st = layout!.style(el);
      styles.set(el, st);
    }
    return st;
  };
  const styleOf: StyleReader = layout ? computed : inlineStyle;
  const chainCache = new Map<Element, HiddenReason | null>();
  const backgroundCache = new Map<Element, string | null>();

  /** Hidden by the element itself or an ancestor (markup and style only, no geometry). */
  function hiddenByChain(el: Element | null): HiddenReason | null {
    if (!el) return null;
    const cached = chainCache.get(el);
    if (cached !== undefined) return cached;
    const reason = ownHiddenReason(el) ?? hiddenByChain(parentOf(el));
    chainCache.set(el, reason);
    return reason;
  }

  function ownHiddenReason(el: Element): HiddenReason | null {
    if (hasAttr(el, 'hidden') && !layout) return 'hidden-attribute';
    if (attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true') return 'aria-hidden';
    const s = styleOf(el);
    if (s.display === 'none') return hasAttr(el, 'hidden') ? 'hidden-attribute' : 'display';
    if (s.opacity !== '' && s.opacity !== undefined && Number(s.opacity) === 0) return 'opacity';
    return layout ? clippedBy(el, s, layout) : null;
  }

  function effectiveBackground(el: Element | null): string | null {
    if (!el || !layout) return null;
    const cached = backgroundCache.get(el);
    if (cached !== undefined) return cached;
    const s = computed(el);
    let bg: string | null;
    if (s.backgroundImage && s.backgroundImage !== 'none') bg = null; // unknowable under an image
    else if (!isTransparent(s.backgroundColor ?? '')) bg = s.backgroundColor ?? null;
    else bg = parentOf(el) ? effectiveBackground(parentOf(el)) : 'rgb(255, 255, 255)';
    backgroundCache.set(el, bg);
    return bg;
  }

  return (el) => {
    const chain = hiddenByChain(el);
    if (chain) return { visible: false, hiddenBy: chain, rect: null };
    // `visibility` inherits and can be switched back on by a descendant: read it on the link.
    const own = styleOf(el);
    if (own.visibility === 'hidden' || own.visibility === 'collapse') {
      return { visible: false, hiddenBy: 'visibility', rect: null };
    }
    if (!layout) return { visible: true, hiddenBy: null, rect: null };

    const rect = drawnRect(el, layout);
    if (rect.width < 1 || rect.height < 1) {
      return { visible: false, hiddenBy: 'zero-size', rect };
    }
    if (rect.left + rect.width <= 0 || rect.top + rect.height <= 0 || rect.left >= layout.page.width) {
      return { visible: false, hiddenBy: 'off-screen', rect };
    }
    if (hasOwnText(el) && !query(el, 'img, svg, picture, video')) {
      const bg = effectiveBackground(el);
      if (bg && sameColour(own.color ?? '', bg)) return { visible: false, hiddenBy: 'same-colour', rect };
    }
    return { visible: true, hiddenBy: null, rect };
  };
}

function parentOf(el: Element): Element | null {
  return composedParent(el);
}

/** Hidden by clipping: clip/clip-path, or a box of at most 1px (0px: zero-size) that hides its overflow. */
function clippedBy(el: Element, s: Partial<CSSStyleDeclaration>, layout: Layout): HiddenReason | null {
  const clipPath = s.clipPath ?? '';
  if (/inset\(\s*(50|100)%/.test(clipPath)) return 'clip';
  const positioned = s.position === 'absolute' || s.position === 'fixed';
  if (positioned && s.clip && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(s.clip)) return 'clip';
  // The "screen-reader only" pattern: a 1px box that hides its overflow.
  if (s.overflow === 'hidden' || s.overflowX === 'hidden') {
    const r = layout.rect(el);
    if (r.width <= 1 && r.height <= 1) return r.width === 0 || r.height === 0 ? 'zero-size' : 'clip';
  }
  return null;
}

/** The link's own box, or its children's when the inline box is empty (block images inside). */
function drawnRect(el: Element, layout: Layout): Rect {
  const own = layout.rect(el);
  if (own.width >= 1 && own.height >= 1) return own;
  let best = own;
  for (const child of queryAll(el, '*').slice(0, 20)) {
    const r = layout.rect(child);
    if (r.width * r.height > best.width * best.height) best = r;
  }
  return best;
}

function hasOwnText(el: Element): boolean {
  return (textOf(el) ?? '').trim().length > 0;
}

function parseRgb(c: string): [number, number, number, number] | null {
  const m = c.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

function isTransparent(c: string): boolean {
  if (c === 'transparent' || c === '') return true;
  const rgb = parseRgb(c);
  return rgb ? rgb[3] === 0 : false;
}

/** Text colour indistinguishable from the background it sits on (the classic hidden-link trick). */
export function sameColour(text: string, background: string): boolean {
  const a = parseRgb(text);
  const b = parseRgb(background);
  if (!a || !b) return false;
  if (a[3] === 0) return true; // fully transparent text
  const d = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
  return d <= 12;
}
