import type { Layout, Rect } from './layout';
import type { HiddenReason } from './types';
import { attr, checkVisibility, closest, composedParent, visibilityOptions, hasAttr, inlineStyle as inlineStyleOf, query, queryAll, tagOf, textOf } from './dom-safe';

export interface Visibility {
  visible: boolean;
  hiddenBy: HiddenReason | null;
  /** Where the link is drawn (document coordinates), null without layout or when hidden. */
  rect: Rect | null;
}

/** Drawn, not transparent, not visibility:hidden: the browser's test of the whole chain. */
const DRAWN = visibilityOptions(true, true);

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
  const colourCache = new Map<Element, string | null>();
  const backgroundCache = new Map<Element, string | null>();

  /**
   * The first answer up the ancestor chain: `own` of the element, else of its parent, and so on.
   * Iterative (pages nest thousands deep) and cached for every element passed on the way.
   */
  function upChain<T>(el: Element, cache: Map<Element, T>, own: (el: Element) => T | undefined, top: T): T {
    const path: Element[] = [];
    let answer = top;
    for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
      const cached = cache.get(cur);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      const mine = own(cur);
      if (mine !== undefined) {
        answer = mine;
        cache.set(cur, mine);
        break;
      }
      path.push(cur);
    }
    for (const p of path) cache.set(p, answer);
    return answer;
  }

  /** Hidden by the element itself or an ancestor (markup and style only, no geometry). */
  const hiddenByChain = (el: Element): HiddenReason | null => upChain(el, chainCache, (e) => ownHiddenReason(e) ?? undefined, null);

  /**
   * The same, for an element the browser says is drawn with no display:none, zero opacity or
   * hidden visibility on the way up: only aria-hidden and clipping are left to find. It shares
   * the cache: on such a chain both tests give the same answer.
   */
  const hiddenByRest = (el: Element): HiddenReason | null =>
    upChain(el, chainCache, (e) => (ariaHidden(e) ? 'aria-hidden' : (clippedBy(e, computed(e), layout!) ?? undefined)), null);

  function ownHiddenReason(el: Element): HiddenReason | null {
    if (hasAttr(el, 'hidden') && !layout) return 'hidden-attribute';
    if (ariaHidden(el)) return 'aria-hidden';
    const s = styleOf(el);
    if (s.display === 'none') return hasAttr(el, 'hidden') ? 'hidden-attribute' : 'display';
    const opacity = s.opacity;
    if (opacity !== '' && opacity !== undefined && Number(opacity) === 0) return 'opacity';
    return layout ? clippedBy(el, s, layout) : null;
  }

  /**
   * The colour behind an element: the first opaque background colour up the chain. Without
   * `images` background images are not read (one read less on every element of every chain);
   * with them, null when an image lies over the colour (text on an image can't be judged). The
   * walk with images is asked only once the colour alone says "same colour", which is rare: it
   * then gives that colour or null, since an image can only stop the walk earlier.
   */
  const backgroundWalk = (cache: Map<Element, string | null>, images: boolean) => (el: Element): string | null =>
    upChain<string | null>(
      el,
      cache,
      (e) => {
        const s = computed(e);
        if (images) {
          const image = s.backgroundImage;
          if (image && image !== 'none') return null;
        }
        const colour = s.backgroundColor ?? '';
        return isTransparent(colour) ? undefined : colour;
      },
      'rgb(255, 255, 255)',
    );
  const colourBehind = backgroundWalk(colourCache, false);
  const backgroundBehind = backgroundWalk(backgroundCache, true);

  const visibilityOf = (el: Element): Visibility => {
    // The browser's own test covers display, opacity and visibility up the chain at once;
    // when it says hidden, the slow walk below names the reason.
    const drawn = layout ? checkVisibility(el, DRAWN) : null;
    const chain = drawn ? hiddenByRest(el) : hiddenByChain(el);
    if (chain) return { visible: false, hiddenBy: chain, rect: null };
    // `visibility` inherits and can be switched back on by a descendant: read it on the link.
    const own = styleOf(el);
    const visibility = drawn ? 'visible' : own.visibility;
    if (visibility === 'hidden' || visibility === 'collapse') {
      return { visible: false, hiddenBy: 'visibility', rect: null };
    }
    if (!layout) return { visible: true, hiddenBy: null, rect: null };
    // Not drawn, and no style on the way up says why: inside a closed <details> or
    // hidden="until-found" (content-visibility: hidden), content the reader opens; else no box
    // at all. A link that is only `display: contents` has no box of its own but draws its children.
    if (drawn === false && own.display !== 'contents') {
      return { visible: false, hiddenBy: closest(el, 'details:not([open]),[hidden=until-found]') ? 'collapsed' : 'zero-size', rect: null };
    }

    const rect = drawnRect(el, layout);
    if (rect.width < 1 || rect.height < 1) {
      return { visible: false, hiddenBy: 'zero-size', rect };
    }
    if (rect.left + rect.width <= 0 || rect.top + rect.height <= 0 || rect.left >= layout.page.width) {
      return { visible: false, hiddenBy: 'off-screen', rect };
    }
    if (indentedOut(el, own, rect, layout)) return { visible: false, hiddenBy: 'text-indent', rect };
    // Text the colour of its background; an image inside still shows (checked last: costlier).
    const colour = own.color ?? '';
    const behind = colourBehind(el);
    if (behind && sameColour(colour, behind)) {
      const bg = backgroundBehind(el);
      if (bg && sameColour(colour, bg) && hasOwnText(el) && !query(el, 'img, svg, picture, video')) {
        return { visible: false, hiddenBy: 'same-colour', rect };
      }
    }
    return { visible: true, hiddenBy: null, rect };
  };

  return (el) => {
    if (tagOf(el) !== 'area') return visibilityOf(el);
    // An image map's area has no box (browsers give it display: none): it is shown where the
    // image that uses its map is, and nowhere when no image does.
    const image = mapImage(doc, el);
    return image ? visibilityOf(image) : { visible: false, hiddenBy: 'display', rect: null };
  };
}

/** The image (or object) that draws the image map an `area` belongs to (`usemap="#name"`, case as written), if any. */
function mapImage(doc: Document, area: Element): Element | null {
  const map = closest(area, 'map');
  const name = map && attr(map, 'name');
  return name ? (queryAll(doc, 'img[usemap], object[usemap]').find((img) => attr(img, 'usemap')?.trim() === `#${name}`) ?? null) : null;
}

function ariaHidden(el: Element): boolean {
  return attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true';
}

function parentOf(el: Element): Element | null {
  return composedParent(el);
}

const CLIPS_THE_WINDOW = new Set(['html', 'body']);

/** Hidden by clipping: clip/clip-path, or a box of at most 1px (0px: zero-size) that hides its overflow. */
function clippedBy(el: Element, s: Partial<CSSStyleDeclaration>, layout: Layout): HiddenReason | null {
  const clipPath = s.clipPath ?? '';
  if (clipPath !== 'none' && /inset\(\s*(50|100)%|^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(clipPath)) return 'clip';
  const position = s.position;
  if (position === 'absolute' || position === 'fixed') {
    const clip = s.clip;
    if (clip && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip)) return 'clip';
  }
  // A box that hides its overflow and is at most 1px wide and high shows nothing inside it (the
  // "screen-reader only" pattern); one folded shut on one side (a CSS accordion, max-height: 0)
  // holds content the reader opens; one 1px thin, links injected out of sight.
  // (overflow: hidden sets overflow-x too; one read instead of two on every element of a chain.
  // Overflow does not apply to inline boxes, a `display: contents` element has none, and the
  // root's and body's go to the window: a body 0px high, its content all positioned, clips nothing.)
  if (s.overflowX === 'hidden' && s.display !== 'inline' && s.display !== 'contents' && !CLIPS_THE_WINDOW.has(tagOf(el))) {
    const r = layout.rect(el);
    const shut = r.width === 0 || r.height === 0;
    if (r.width <= 1 && r.height <= 1) return shut ? 'zero-size' : 'clip';
    if (r.width <= 1 || r.height <= 1) return shut ? 'collapsed' : 'clip';
  }
  return null;
}

/**
 * Words pushed out of the link's own box by `text-indent` (-9999px: the classic way to hide a
 * link's words while its box stays), where its overflow cuts them off or off the page. A
 * background image on the link (a logo's "image replacement") or a picture inside is then what
 * the reader sees: not hidden. Only a block link is indented itself; an inline one moves with
 * its line, and its own box is off-screen then.
 */
function indentedOut(el: Element, s: Partial<CSSStyleDeclaration>, box: Rect, layout: Layout): boolean {
  if (s.display === 'inline' || s.display === 'contents') return false;
  const indent = s.textIndent;
  if (!indent || parseFloat(indent) === 0) return false;
  if ((s.backgroundImage ?? 'none') !== 'none' || !hasOwnText(el) || query(el, 'img, svg, picture, video')) return false;
  // An icon drawn by ::before or ::after (an icon font's glyph) is what the reader sees instead.
  if (drawsPseudo(el, '::before', layout) || drawsPseudo(el, '::after', layout)) return false;
  const text = layout.contentRect(el);
  if (!text) return false;
  const beside = text.left + text.width <= box.left || text.left >= box.left + box.width;
  if (!beside) return false;
  const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
  return clips || text.left + text.width <= 0 || text.left >= layout.page.width;
}

/** The ::before or ::after box of `el` shows something: a glyph, a picture (an empty clearfix box shows nothing). */
function drawsPseudo(el: Element, pseudo: '::before' | '::after', layout: Layout): boolean {
  const s = layout.style(el, pseudo);
  const content = s.content ?? 'none';
  const image = (s.backgroundImage ?? 'none') !== 'none';
  return content !== 'none' && content !== 'normal' && (image || (content !== '""' && content !== "''"));
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

type Rgba = [number, number, number, number];
/** A page uses a few colours for thousands of links: each is parsed once. */
const parsedColours = new Map<string, Rgba | null>();

function parseRgb(c: string): Rgba | null {
  let rgb = parsedColours.get(c);
  if (rgb === undefined) {
    rgb = parseRgbText(c);
    if (parsedColours.size > 1000) parsedColours.clear();
    parsedColours.set(c, rgb);
  }
  return rgb;
}

function parseRgbText(c: string): Rgba | null {
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
