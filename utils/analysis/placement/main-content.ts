/**
 * Which element holds the page's main content. From the top of the page, step down into the
 * child that holds most of the content value (text, links counted less, boilerplate-hinted
 * blocks left out) while one child holds most of it; stop where the content splits between
 * several children (the paragraphs of an article, the items of a listing), or at an element
 * that marks the article text itself (itemprop=articleBody, class 'entry-content').
 */
import type { Layout } from '../layout';
import { attr, tagOf } from '../dom-safe';
import type { PageStats } from './stats';

/** Knobs, tuned on the corpus (scripts/eval-placement.ts). */
export const TUNING = {
  /** Weight of link text in a block's content value: listings are made of links, menus too. */
  linkWeight: 0.25,
  /** Step into a child holding at least this share of its parent's content value. */
  descend: 0.6,
  /** An article-text marker is taken as is when it holds this share of the page's value. */
  bodyMarkerShare: 0.3,
  /** Below this share of the raw value, boilerplate hints are not trusted (they hide the content). */
  trustHints: 0.3,
  /** Step into a child whose prose outweighs each sibling's this many times over... */
  dominant: 4,
  /**
   * ...when it holds at least this much prose (characters) and this share of its parent's: an
   * article outweighs all its teasers together, while the sections of a long document share it.
   */
  dominantMin: 1000,
  dominantShare: 0.7,
  /** Prose (characters) that makes a sibling headed block a section of the same document. */
  sectionProse: 500,
  /** Main content counts as an article when prose makes up this share of its value. */
  articleProse: 0.7,
  /** Link-text share that makes a block of 3+ links a list of links. */
  listDensity: 0.7,
};

export interface MainContent {
  /** Index into `stats.elements`, or -1 when the page has no content to speak of. */
  index: number;
  /** Why this element, for reasons ("the block holding most of the page's text"). */
  source: string;
}

/** The element children of `i` (as indices), via the pre-order layout of the arrays. */
export function childrenOf(stats: PageStats, i: number): number[] {
  const out: number[] = [];
  const end = stats.last[i]!;
  for (let j = i + 1; j <= end; j = stats.last[j]! + 1) out.push(j);
  return out;
}

/** The element before j under the same parent, or -1: in document order, j - 1 is it or lies inside it. */
export function previousSiblingOf(stats: PageStats, j: number): number {
  const p = stats.parent[j]!;
  let k = j - 1;
  if (k <= p) return -1;
  while (stats.parent[k] !== p) k = stats.parent[k]!;
  return k;
}

export function findMainContent(stats: PageStats, layout: Layout | null): MainContent {
  const found = searchMainContent(stats, layout);
  return stats.thread ? takeInPosts(stats, found) : found;
}

/**
 * In a declared forum thread every post is content, but the search above may settle on the
 * opening post alone (a long first post among short replies): widen it to the smallest element
 * holding it and every post. Not to the whole page, though: posts that only meet at the top
 * (a "latest replies" widget elsewhere) are left where they are.
 */
function takeInPosts(stats: PageStats, found: MainContent): MainContent {
  if (found.index <= 0) return found;
  const n = stats.elements.length;
  // Inside a boilerplate region (a sidebar's "latest replies"): parents come before children.
  const inBoilerplate = new Uint8Array(n);
  for (let j = 1; j < n; j++) inBoilerplate[j] = stats.excluded[j] || inBoilerplate[stats.parent[j]!] ? 1 : 0;
  let root = found.index;
  let widened = false;
  for (let j = 0; j < n; j++) {
    // A post holds text: an icon named "comments" (fa-comments) is none.
    if (!stats.hints[j]?.post || stats.text[j] === 0 || inBoilerplate[j]) continue;
    // Ancestor test in O(1) by the pre-order layout; the root only ever moves up.
    while (root > 0 && !(root <= j && j <= stats.last[root]!)) {
      root = stats.parent[root]!;
      widened = true;
    }
    if (root === 0) return found;
  }
  return widened ? { index: root, source: 'the posts of the thread' } : found;
}

function searchMainContent(stats: PageStats, layout: Layout | null): MainContent {
  const n = stats.elements.length;
  if (n === 0) return { index: -1, source: '' };
  const trust = stats.value[0]! >= TUNING.trustHints * stats.rawValue[0]!;
  const val = trust ? stats.value : stats.rawValue;
  const total = val[0]!;
  if (total <= 0) return { index: -1, source: '' };

  // The article text itself, when the page marks it and it holds a good part of the content.
  let bestBody = -1;
  for (let i = 0; i < n; i++) {
    if (isBody(stats, i) && (bestBody < 0 || val[i]! > val[bestBody]!)) bestBody = i;
  }
  if (bestBody >= 0 && val[bestBody]! >= TUNING.bodyMarkerShare * total && visible(stats, bestBody, layout)) {
    return { index: bestBody, source: stats.hints[bestBody]!.source };
  }

  // Each step down asks the layout whether a block is drawn. On a hostile page nested thousands
  // deep one such ask costs as much as the block is deep; past a depth no real page reaches,
  // blocks are taken as drawn, so the search stays linear.
  let asks = 0;
  const drawn = (j: number) => ++asks > MAX_LAYOUT_ASKS || visible(stats, j, layout);
  let i = 0;
  for (;;) {
    if (i !== 0 && isBody(stats, i)) break;
    let best = -1;
    let second = -1;
    for (const c of childrenOf(stats, i)) {
      if (leftOut(stats, c, trust)) continue;
      if (best < 0 || val[c]! > val[best]!) {
        second = best;
        best = c;
      } else if (second < 0 || val[c]! > val[second]!) second = c;
    }
    if (best >= 0 && !drawn(best)) best = second;
    let next = best >= 0 && val[best]! >= TUNING.descend * val[i]! ? best : -1;
    // An article among teasers: one child with far more prose than any of its siblings.
    if (next < 0) {
      const dom = dominantProse(stats, i, trust);
      if (dom >= 0 && drawn(dom)) next = dom;
    }
    if (next < 0) break;
    // A paragraph is a part of the text, never all of it: a short post's first one may hold most.
    if (stats.tags[next] === 'p') break;
    // One section of a document among its sibling sections: the document is the main content.
    if (i !== 0 && oneOfSections(stats, i, next, trust, layout)) break;
    // A category's description above its entries: the main content is both.
    if (introOfListing(stats, i, next, trust)) break;
    i = next;
  }
  // Hints were not trusted and the search ended inside a page's <footer>, <nav> or <aside>: the
  // page has nothing but boilerplate in its markup (its content is drawn by scripts).
  if (!trust && insideStrongBoilerplate(stats, i)) return { index: -1, source: '' };
  const h = stats.hints[i];
  const source = h?.kind === 'main' ? h.source : i === 0 ? 'the whole page' : 'the block holding most of the page text';
  return { index: i, source };
}

/** Element i marks the article text itself (a rich-text block only when it holds an article's prose). */
function isBody(stats: PageStats, i: number): boolean {
  const h = stats.hints[i];
  return h?.kind === 'main' && !!h.body && (!h.long || stats.prose[i]! >= TUNING.dominantMin);
}

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Elements read for a block's opening heading: a hostile page may open every block with thousands of empty ones. */
const MAX_LEAD_ELEMENTS = 20;

/** The heading a block opens with (past empty anchors and up to three wrappers around it), if any. */
function leadHeading(stats: PageStats, c: number): string | null {
  for (let j = c + 1, steps = 0, read = 0; j <= stats.last[c]! && steps < 3 && read < MAX_LEAD_ELEMENTS; read++) {
    if (stats.text[j] === 0) {
      j = stats.last[j]! + 1;
      continue;
    }
    if (SECTION_HEADINGS.has(stats.tags[j]!)) return stats.tags[j]!;
    // Text before any heading ("<p>Sponsored</p><h2>…"): the block opens with that, not a heading.
    if (stats.last[j] === j) return null;
    j++;
    steps++;
  }
  return null;
}

/**
 * `c` opens with a heading and a sibling of the same tag opens with a heading of the same level
 * over prose of its own, below or above it: sections of one document (Sphinx's `<section>`s, a
 * course page's parts), where the longest may hold most of the text but the others are the same
 * document. A column beside it (a sidebar's "About me" box) is not one.
 */
function oneOfSections(stats: PageStats, i: number, c: number, trust: boolean, layout: Layout | null): boolean {
  const h = leadHeading(stats, c);
  if (!h) return false;
  const el = stats.elements[c]!;
  const cls = attr(el, 'class');
  for (const s of childrenOf(stats, i)) {
    if (s === c || (stats.excluded[s] && trust) || stats.tags[s] !== stats.tags[c] || stats.prose[s]! < TUNING.sectionProse) continue;
    // Without a layout to tell a column from a section, the markup must: `<section>`s, or one class.
    const alike = layout ? !besides(layout, el, stats.elements[s]!) : stats.tags[c] === 'section' || attr(stats.elements[s]!, 'class') === cls;
    if (alike && leadHeading(stats, s) === h) return true;
  }
  return false;
}

/** Whether b is drawn in a column beside a (no overlap across). */
function besides(layout: Layout, a: Element, b: Element): boolean {
  const ra = layout.rect(a);
  const rb = layout.rect(b);
  return rb.left >= ra.left + ra.width - 10 || rb.left + rb.width <= ra.left + 10;
}

/** Layout asks on the way down to the main content; real pages need a few dozen. */
const MAX_LAYOUT_ASKS = 200;

const BOILERPLATE_TAGS = new Set(['footer', 'nav', 'aside']);

function insideStrongBoilerplate(stats: PageStats, i: number): boolean {
  for (let j = i; j > 0; j = stats.parent[j]!) {
    const h = stats.hints[j];
    if (h?.strong && !h.sectional && BOILERPLATE_TAGS.has(tagOf(stats.elements[j]!))) return true;
  }
  return false;
}

/**
 * Whether the search passes child c by: a boilerplate block when hints are trusted, and comments
 * always (a short post under a long discussion stays the main content with it).
 */
function leftOut(stats: PageStats, c: number, trust: boolean): boolean {
  return stats.excluded[c] === 1 && (trust || stats.hints[c]!.kind === 'comments');
}

function dominantProse(stats: PageStats, i: number, trust: boolean): number {
  let best = -1;
  let second = 0;
  for (const c of childrenOf(stats, i)) {
    if (leftOut(stats, c, trust)) continue;
    const p = stats.prose[c]!;
    if (best < 0 || p > stats.prose[best]!) {
      if (best >= 0) second = Math.max(second, stats.prose[best]!);
      best = c;
    } else second = Math.max(second, p);
  }
  if (best < 0) return -1;
  const p = stats.prose[best]!;
  const ok = p >= TUNING.dominantMin && p >= TUNING.dominantShare * stats.prose[i]! && p >= TUNING.dominant * second;
  return ok ? best : -1;
}

/**
 * Utility classes that hide an element wherever they are used (Bootstrap, Tailwind, site kits).
 * Only asked when there is no layout: a DOMParser document has no CSS to tell.
 */
const HIDDEN_CLASS = /(^|\s)(hidden|hide|is-hidden|d-none|aok-hidden|u-hidden|invisible|visually-hidden|sr-only)(\s|$)/i;

/** A responsive class that shows the block again at some width (Tailwind's `hidden md:block`). */
const SHOWN_AGAIN = /(^|\s)[\w-]+:(block|flex|grid|inline|inline-block|inline-flex|table|visible|contents)(\s|$)/;

function visible(stats: PageStats, i: number, layout: Layout | null): boolean {
  if (!layout) {
    const cls = attr(stats.elements[i]!, 'class') ?? '';
    return !HIDDEN_CLASS.test(cls) || SHOWN_AGAIN.test(cls);
  }
  const r = layout.rect(stats.elements[i]!);
  return r.width > 0 && r.height > 0;
}

/** Words of the main content, boilerplate-hinted blocks inside it left out. */
export function mainWords(stats: PageStats, root: number): number {
  return root < 0 ? 0 : stats.words[root]!;
}

/**
 * Whether c, inside the page's marked main content i (`<main>`, `<article>`: a body marker ends
 * the search before), is an intro (a shop's or a blog's category description) above the entries
 * the page lists, by its prose (under an article's) and the links after it (boilerplate-named
 * blocks not counted): the main content is both. Not under an unmarked block (the search would
 * climb back out to the site's menus). A short post above an unnamed list of six links reads so
 * too (its list is then the text's, not a sidebar).
 */
function introOfListing(stats: PageStats, i: number, c: number, trust: boolean): boolean {
  if (stats.hints[i]?.kind !== 'main' || stats.prose[c]! >= TUNING.dominantMin) return false;
  let links = 0;
  for (const s of childrenOf(stats, i)) if (s > c && !leftOut(stats, s, trust)) links += stats.links[s]!;
  return links >= LISTING_LINKS && links > 2 * stats.links[c]!;
}
/** Links after an intro, at least, for them to be a listing. */
const LISTING_LINKS = 6;
