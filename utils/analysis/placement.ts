/**
 * Placement of links: which part of the page each link sits in, as a reader would see it.
 *
 * Model, built once per document (linear in its size, see placement/stats.ts):
 * 1. One walk collects every element's text, link text and a "content value", and its own
 *    hint (tag, ARIA role, schema.org, class/id, a heading such as "Related posts").
 * 2. The main content is the element that holds most of the content value (placement/main-content.ts),
 *    with boilerplate-hinted blocks left out of the count; sections of one document share it.
 * 3. A link takes the innermost region hint around it (nav, comments, related, ...; a link's
 *    own class yields to the region around it); without one it is content inside the main
 *    content, except link-dense lists in an article (a table of contents among them), teasers
 *    after a marked article's last paragraph, repeated template controls (template-links.ts),
 *    jumps within the page (same-page.ts), bylines (bylines.ts), recommendation blocks a
 *    heading names (named-blocks.ts), promotions after a lead-in label (lead-ins.ts) and, in a
 *    forum thread that marks its posts' messages, the posts' chrome (post-messages.ts). A menu
 *    in the site's header is its navigation, but the logo and the visitor's controls in a menu
 *    before the main content are the header's (site-bar.ts). Outside the main content it is
 *    placed by position: above/below/beside the main content, in a link-dense list or not
 *    (placement/regions.ts).
 */
import type { Layout } from './layout';
import { buttonHint, HEADINGS, isShareHref, type Hint, type HintKind } from './placement/hints';
import { createSamePage, type SamePageJump } from './placement/same-page';
import { TUNING, childrenOf, findMainContent, mainWords } from './placement/main-content';
import { createRegions } from './placement/regions';
import { createLeadIns } from './placement/lead-ins';
import { createNamedBlocks } from './placement/named-blocks';
import { duplicateLinkSteps } from './placement/duplicate-links';
import { rootLinkSteps } from './placement/root-links';
import { templateLinkSteps } from './placement/template-links';
import { directoryButtonSteps } from './placement/directory-buttons';
import { createPostPermalinks, isMessage, postChromeSteps } from './placement/post-messages';
import { createResourceLists } from './placement/resource-lists';
import { createLeadText } from './placement/lead-text';
import { isBylineLink } from './placement/bylines';
import { siteBarLink } from './placement/site-bar';
import { collectStatsSteps, INLINE, type PageStats } from './placement/stats';
import type { AddressesAt } from './addresses';
import type { Placement } from './types';
import type { PlacementReason } from './placement/reasons';
import { hostOf } from '../urls';
import { countWords } from './text';
import { attr, closest, composedParent, docUrl, nextSibling, nodeType, nodeValue, parentEl, previousSibling, tagOf, textOf } from './dom-safe';
import { NO_SHADOW_ROOTS, shadowRootSteps, type ShadowRoots } from './shadow-roots';
import { runSteps } from './steps';
import { frozenMemo } from '../frozen-memo';

export interface PlacementResult {
  placement: Placement;
  /** Why, most decisive first, as codes reasons.ts words for the user. */
  reasons: PlacementReason[];
}

export interface PlacementModel {
  /** The element judged to hold the page's main content, or null when none stands out. */
  mainRoot: Element | null;
  /** Words in the main content. */
  mainWordCount: number;
  /** The page declares itself a discussion thread (placement/thread.ts): its posts are its content. */
  thread: boolean;
  /** Where a link sits; also any other element (the text around a brand mention). `href` when read already. */
  classify(link: Element, href?: string | null): PlacementResult;
  /** The page as drawn (through shadow roots and slots), as the placement walk read it. */
  drawn: DrawnTree;
  /** E-mail addresses in the texts the walk read, in document order (not yet checked for visibility). */
  addresses: readonly AddressesAt[];
}

export interface DrawnTree {
  /** Whether the element sits in the main content. */
  inMain(el: Element): boolean;
  /** Its parent as drawn: a slot for a slotted node, the host for the top of a shadow tree. */
  parentOf(el: Element): Element | null;
}

const KIND_PLACEMENT: Record<Exclude<HintKind, 'main'>, Placement> = {
  header: 'header',
  navigation: 'navigation',
  sidebar: 'sidebar',
  footer: 'footer',
  comments: 'comments',
  related: 'related',
  author: 'author',
  share: 'other',
  breadcrumbs: 'navigation',
  tags: 'navigation',
  ad: 'other',
  overlay: 'other',
};

/** A sidebar, or the page's own header or footer as its markup says (not a section's, not a class name's guess). */
function isSiteRegion(h: Hint): boolean {
  return h.kind === 'sidebar' || ((h.kind === 'footer' || h.kind === 'header') && h.strong && !h.sectional);
}

/** A post's byline or signature is a line or two; an element so named holding more (or a post) is a post. */
const MAX_BYLINE_CHARS = 400;

/** What a sidebar holds as its widgets, and places as sidebar. */
const SIDEBAR_WIDGETS = new Set<HintKind>(['navigation', 'breadcrumbs', 'comments', 'related', 'author', 'header', 'footer']);

/** What a link's own class says it is, wherever it sits: an ad, a share button, a pop-up's. */
const CONTROL_KINDS = new Set<HintKind>(['ad', 'share', 'overlay']);

/** Regions that keep everything inside them, whatever finer hint a link has there. */
const ENCLOSING = new Set<HintKind>(['comments', 'related']);

/** The model at once (tests, DOMParser documents). */
export function createPlacementModel(doc: Document, layout: Layout | null, pageUrl: string = docUrl(doc)): PlacementModel {
  return runSteps(placementModelSteps(doc, layout, pageUrl, runSteps(shadowRootSteps(doc))));
}

/** The model in slices (see analysisSteps): building it walks the whole DOM. */
export function* placementModelSteps(
  doc: Document,
  layout: Layout | null,
  pageUrl: string = docUrl(doc),
  shadows: ShadowRoots = NO_SHADOW_ROOTS,
): Generator<void, PlacementModel> {
  const stats = yield* collectStatsSteps(doc, shadows);
  yield;
  const main = findMainContent(stats, layout);
  const root = main.index;
  const n = stats.elements.length;
  const rootLast = root >= 0 ? stats.last[root]! : -1;
  const inRoot = (i: number) => root >= 0 && i >= root && i <= rootLast;
  const rootIsPage = root <= 0;

  // An article-like main content (mostly prose) does not hold link-dense lists of its own:
  // those are menus, tag lists and "more stories" blocks. A listing page is made of them.
  // WordPress marks its archives (a category's, a tag's, an author's posts) on <body>: a list of
  // posts, however much prose their excerpts hold.
  const articleLike = root >= 0 && stats.prose[root]! >= TUNING.articleProse * stats.value[root]! && !/(^|\s)archive(\s|$)/.test(attr(stats.elements[0]!, 'class') ?? '');
  // The first prose block, where an article's text starts, and the last.
  const firstProse = articleLike ? proseEdge(stats, root, 'first') : -1;
  const lastProse = articleLike ? proseEdge(stats, root, 'last') : -1;
  // Where the site's top bar ends: at the main content, or when that is the whole page, at its first prose.
  const topEnd = root > 0 ? root : n > 0 ? proseEdge(stats, 0, 'first') : -1;

  // ctx[i]: index of the element whose hint decides the region of i (-1: none). One forward
  // pass, parents before children, so each element costs O(1).
  yield;
  const ctx = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = stats.parent[i]!;
    const up = p >= 0 ? ctx[p]! : -1;
    const own = effective(i);
    if (own === null) ctx[i] = up;
    else if (up < 0) ctx[i] = i;
    else {
      const outer = stats.hints[up]!.kind;
      if (ENCLOSING.has(outer)) ctx[i] = up;
      // A menu in the site's footer is footer; one in an article's footer (its previous and next
      // posts) is the navigation it is.
      else if (outer === 'footer' && !stats.hints[up]!.sectional && (own.kind === 'navigation' || own.kind === 'sidebar')) ctx[i] = up;
      // A layout word in a class ("header-nav-list-item") does not take a <nav> or an <aside> for the page's header or footer.
      else if ((outer === 'navigation' || outer === 'sidebar') && stats.hints[up]!.strong && !own.strong && (own.kind === 'header' || own.kind === 'footer')) ctx[i] = up;
      // Tag links in a sidebar or the site's own header or footer are where they sit (a tag
      // cloud widget is sidebar); in an article's footer they stay a tag list.
      else if (own.kind === 'tags' && isSiteRegion(stats.hints[up]!)) ctx[i] = up;
      // A sidebar's widgets are the sidebar: its menu, "recent comments", "popular posts" or
      // "about me" box (WordPress wraps widget menus in <nav>). An ad or a pop-up stays what it is.
      // (Not a box inside the article: its menu or teaser list is what it is.)
      else if (outer === 'sidebar' && SIDEBAR_WIDGETS.has(own.kind) && (rootIsPage || !inRoot(up))) ctx[i] = up;
      // A link's own class names what it is or where it leads ("HeaderMenu-link", "skip-link"),
      // not the region it sits in: the region around it says that.
      else if (stats.isLink[i] && !own.strong && !CONTROL_KINDS.has(own.kind)) ctx[i] = up;
      else ctx[i] = i;
    }
  }

  /**
   * Where element i sits in a post of the thread (a marked post, or an <article> among the main
   * content's): in its message (the poster's words) or in the chrome around it; null outside posts.
   */
  function postPart(i: number): 'message' | 'chrome' | null {
    // The main content may be one message itself.
    for (let j = stats.parent[i]!; j >= root && j >= 0; j = stats.parent[j]!) {
      if (isMessage(stats.elements[j]!)) return 'message';
      if (stats.hints[j]?.kind === 'main' && j > root) return 'chrome';
    }
    return null;
  }

  /** The hint of i when it names a boilerplate region here, else null. */
  function effective(i: number): Hint | null {
    const h = stats.hints[i];
    if (!h || h.kind === 'main') return null;
    // A hint on the main content or around it ("has-sidebar" on a wrapper) is about the layout.
    if (root >= 0 && i <= root && root <= stats.last[i]!) return null;
    // An <aside> in a post's message is the poster's: a link preview, a quote.
    if (stats.thread && h.kind === 'sidebar' && inRoot(i) && postPart(i) === 'message') return null;
    // An <aside> of prose between two parts of an article's text is a callout of it (a tip, a
    // note), not the site's sidebar; a promotion there (a title and "Read more") stays one.
    if (h.kind === 'sidebar' && h.strong && !stats.thread && stats.prose[i]! > 0 && firstProse >= 0 && firstProse < i && stats.last[i]! < lastProse && isCallout(stats, i)) {
      return null;
    }
    if (inRoot(i) && h.kind === 'author') {
      // In a thread a post's byline or signature stays its author's: a line or two (a larger
      // block so named, or one around a post, "thread-author", is the opening poster's post).
      if (stats.thread) return h.strong || (stats.text[i]! <= MAX_BYLINE_CHARS && !stats.hasPost[i]) ? h : null;
      // In a listing, each item's byline (even marked itemprop/rel author) belongs to the item:
      // the page's author box is an article's.
      if (!articleLike) return null;
    }
    // So do a listing's items' tags; only a tag list the markup names stays one.
    if (!articleLike && inRoot(i) && !h.strong && h.kind === 'tags') return null;
    if (h.kind === 'header' && (h.sectional || (!h.strong && inRoot(i) && !rootIsPage))) return null;
    return h;
  }

  const markedArticle = articleLike && stats.hints[root]?.kind === 'main';
  /** In the article's running text: a paragraph, list, quote or table, or a div-soup block of prose. */
  function inEditorialText(link: Element, i: number): boolean {
    const parent = parentEl(link);
    if (parent && closest(parent, 'p, li, blockquote, dd, dt, td, th, pre, h1, h2, h3, h4, h5, h6')) return true;
    let j = stats.parent[i]!;
    while (j > root && INLINE.has(stats.tags[j]!)) j = stats.parent[j]!;
    return stats.prose[j]! > 0;
  }
  // After the article text: the end of the last prose block, when the page marks its article
  // (<article>, articleBody, entry-content). Unmarked roots may be listings, where it misleads.
  const afterArticle = markedArticle ? stats.last[lastProse]! : Infinity;
  const listMemo = new Map<number, number>();
  const ownMemo = new Map<number, boolean>();
  /**
   * The block that closes the page with its copyright line ("© 2025 Tallyflow"), for a footer
   * that nothing else names (one drawn in generated class names); 0 when there is none. The line:
   * the last element whose own text holds "©" or "copyright", among the last 300. The block: the
   * line and the blocks around it while each is mostly not prose, of short links (or none), a
   * third of the page's text at most, and around neither the main content nor a mark of it
   * (`<main>`, `<article>`: a page too thin for a main content to stand out has none).
   * Its links are the footer's when it holds three or more (a photo credit or a licence line
   * with its one link is no footer).
   */
  let foot = 0;
  if (stats.copyright >= n - 300) {
    for (let k = stats.copyright; k > 0 && !stats.hasMain[k] && !(k <= root && root <= stats.last[k]!) && stats.prose[k]! * 2 < stats.text[k]! && stats.linkText[k]! <= FOOT_LINK_CHARS * stats.links[k]! && stats.text[k]! * 3 < stats.text[0]!; k = stats.parent[k]!) foot = k;
  }
  /** The link-dense list block around link i inside the main content, or -1. */
  function listOf(i: number): number {
    let j = stats.parent[i]!;
    const path: number[] = [];
    let found = -1;
    while (j > root) {
      const m = listMemo.get(j);
      if (m !== undefined) {
        found = m;
        break;
      }
      path.push(j);
      // One item holding three links (a citation with its back-links) is no list: its list is.
      if (stats.links[j]! >= 3 && stats.tags[j] !== 'li') {
        const t = stats.text[j]!;
        found = t > 0 && stats.linkText[j]! / t >= TUNING.listDensity && stats.prose[j]! === 0 ? j : -1;
        break;
      }
      j = stats.parent[j]!;
    }
    for (const k of path) listMemo.set(k, found);
    return found;
  }

  yield;
  const regionOf = createRegions(stats, root, layout);
  yield;
  const rootLinks = yield* rootLinkSteps(stats, root);
  const pageHost = hostOf(pageUrl);
  const templates = yield* templateLinkSteps(rootLinks, pageHost);
  // A link's button kind, read once: the directory step, the twin check and the control check all ask.
  const buttons = new Map<Element, string | null>();
  const buttonOf = (link: Element): string | null => {
    let kind = buttons.get(link);
    if (kind === undefined) buttons.set(link, (kind = buttonHint(link)));
    return kind;
  };
  const siteButton = yield* directoryButtonSteps(rootLinks, pageHost, buttonOf);
  // A directory's button is its entry's text link: its logo beside it repeats it.
  const duplicates = yield* duplicateLinkSteps(rootLinks, (link) => templates.match(link) !== null || (buttonOf(link) !== null && !siteButton(link)));
  /** The reason every call inside the main content ends with. */
  const inMainReason: PlacementReason = ['inMain', main.source];
  const postChrome = yield* postChromeSteps(stats, root);
  const resourceLists = createResourceLists(stats, root, doc, pageUrl);
  const leadText = createLeadText(stats, root);

  // A thread's "Recommended posts" heading is over its posts.
  const namedInside = root >= 0 && !stats.thread ? createNamedBlocks(stats, root, 'inside') : () => null;
  const samePage = createSamePage(doc, pageUrl);
  const postPermalink = stats.thread ? createPostPermalinks(samePage) : null;
  const tocMemo = new Map<number, boolean>();
  /**
   * Element i is an item of a link-dense list inside region c: a menu there (not the region
   * itself, nor a wrapper around the logo and the menu: the link must be in a list item).
   */
  function menuWithin(i: number, c: number): boolean {
    let item = false;
    for (let j = stats.parent[i]!; j > c; j = stats.parent[j]!) {
      item ||= stats.tags[j] === 'li';
      if (stats.links[j]! >= 3) return item && stats.text[j]! > 0 && stats.linkText[j]! >= TUNING.listDensity * stats.text[j]!;
    }
    return false;
  }

  // Whether link k jumps within this page, read once per link: nested lists ask for the same links.
  const inPageMemo = new Map<number, boolean>();
  function inPageAt(k: number): boolean {
    let jump = inPageMemo.get(k);
    if (jump === undefined) {
      const el = stats.elements[k]!;
      inPageMemo.set(k, (jump = samePage.inPage(el, attr(el, 'href'))));
    }
    return jump;
  }

  /** Two thirds or more of the list's links (three at least) jump to parts of this page. */
  function tableOfContents(list: number): boolean {
    let toc = tocMemo.get(list);
    if (toc === undefined) {
      const need = Math.max(3, Math.ceil((2 * stats.links[list]!) / 3));
      let misses = stats.links[list]! - need;
      let jumps = 0;
      // Read until the answer is known.
      for (let k = list; k <= stats.last[list]! && jumps < need && misses >= 0; k++) {
        if (!stats.isLink[k]) continue;
        if (inPageAt(k)) jumps++;
        else misses--;
      }
      toc = jumps >= need;
      tocMemo.set(list, toc);
    }
    return toc;
  }
  // An article's promotions; a listing's "More on X:" rows are the listing, a forum post's "Read more: <a>" its writer's link.
  const leadInOf = articleLike && !stats.thread ? createLeadIns(stats, root) : () => null;

  const shared = frozenMemo<PlacementResult>();

  function indexOf(link: Element): number {
    let el: Element | null = link;
    for (let hops = 0; el && hops < 50; hops++) {
      const i = stats.index.get(el);
      if (i !== undefined) return i;
      el = composedParent(el);
    }
    return -1;
  }

  return {
    mainRoot: root >= 0 ? stats.elements[root]! : null,
    mainWordCount: mainWords(stats, root),
    thread: stats.thread,
    drawn: {
      inMain: (el) => inRoot(indexOf(el)),
      parentOf(el) {
        const i = stats.index.get(el);
        if (i === undefined) return composedParent(el);
        const p = stats.parent[i]!;
        return p >= 0 ? stats.elements[p]! : null;
      },
    },
    addresses: stats.addresses,
    classify(link, href = attr(link, 'href')) {
      // Links alike share one frozen result (no fresh reason list per link to keep).
      const r = decide(link, href);
      return shared(JSON.stringify(r), () => r);
    },
  };

  /**
   * A list of terms in the middle of the text, the text's own: the API names of a reference
   * page, the providers a guide covers. Its links are short names of the site's own pages, none
   * a tag's, and the text goes on after it ("more stories" lists carry headlines, a "follow us"
   * row leads to other sites, tag lists close the text).
   */
  function termList(list: number): boolean {
    if (stats.last[list]! >= lastProse || stats.links[list]! < TERM_LINKS) return false;
    for (let k = list + 1; k <= stats.last[list]!; k++) {
      if (stats.isLink[k] && (stats.linkText[k]! > TERM_CHARS || TAG_PAGE.test(attr(stats.elements[k]!, 'href') ?? ''))) return false;
    }
    return resourceLists.elsewhere(list) <= TERMS_ELSEWHERE && proseAfter(list) >= TERM_PROSE_AFTER;
  }

  /**
   * A list in one of three or more blocks alike (same tag and class) that each hold text and
   * links of their own: a course catalogue's areas (a heading, a paragraph, its courses), a
   * guide's sections with their references, a buying guide's picks with their shops. The text's
   * own; a "more stories" list or a box of them stands alone.
   */
  function cardList(list: number): boolean {
    if (!/^[ou]l$/.test(stats.tags[list]!)) return false;
    for (let a = stats.parent[list]!, up = 0; a > root && up < 8; a = stats.parent[a]!, up++) {
      const cls = attr(stats.elements[a]!, 'class');
      // A dense list holds no prose of its own (listOf): all of the block's prose is beside it.
      if (cls === null || stats.prose[a]! < CARD_PROSE) continue;
      const p = stats.parent[a]!;
      let same = 0;
      for (let s = p + 1, read = 0; s <= stats.last[p]! && read++ < SIBLINGS_READ; s = stats.last[s]! + 1) {
        if (stats.tags[s] === stats.tags[a] && attr(stats.elements[s]!, 'class') === cls && stats.links[s]! > 1 && stats.prose[s]! > 0 && ++same >= 3) return true;
      }
    }
    return false;
  }

  /**
   * A dense list that is the text's own (a list of terms, one the text announces, one in a
   * section of its own); read once per list. A list of terms or an announced one follows text;
   * a section's may open the page (a catalogue's first area). When the main content is the
   * whole page, its blocks alike are the site's as much as the text's (menus, footer columns).
   */
  function ownList(list: number): boolean {
    let own = ownMemo.get(list);
    if (own === undefined) {
      own = (list >= firstProse && (termList(list) || resourceLists.introduced(list))) || (!rootIsPage && cardList(list));
      ownMemo.set(list, own);
    }
    return own;
  }

  /** The prose after element j within the main content, counted up to `TERM_PROSE_AFTER` (bounded: the next few blocks at each level). */
  function proseAfter(j: number): number {
    let sum = 0;
    for (; j > root && sum < TERM_PROSE_AFTER; j = stats.parent[j]!) {
      const end = stats.last[stats.parent[j]!]!;
      for (let s = stats.last[j]! + 1, n = 0; s <= end && n < SIBLINGS_READ && sum < TERM_PROSE_AFTER; s = stats.last[s]! + 1, n++) sum += stats.prose[s]!;
    }
    return sum;
  }

  function inTableOfContents(): PlacementResult {
    return { placement: 'navigation', reasons: [['toc'], inMainReason] };
  }

  /**
   * Where a link of an article's main content sits when it is not in the article's running text:
   * a link-dense list (a menu before the text, "more stories" within it), after the text outside
   * its paragraphs, a teaser or an embed. Null when it is in the text.
   */
  function outsideTheText(link: Element, i: number, list: number): PlacementResult | null {
    if (list >= 0) {
      const before = list < firstProse;
      if (ownList(list)) return null;
      return {
        placement: before ? 'navigation' : 'related',
        reasons: [[before ? 'listBeforeText' : 'listInText'], inMainReason],
      };
    }
    // closest() on the element itself: a mention's own paragraph counts as one, not only a link's.
    // A table or a quote closing the article (a price table, a cited source) is its text too.
    // A thread's posts are no article: what follows a post's paragraphs (a link preview) is the poster's.
    if (stats.thread) return null;
    if (i > afterArticle && !closest(link, 'p, td, th, blockquote')) {
      return { placement: 'related', reasons: [['afterText'], inMainReason] };
    }
    if (markedArticle && !inEditorialText(link, i)) {
      // A headline there is a teaser for another story; anything else (a credit, a widget) is not.
      const headline = countWords(textOf(link) ?? '') >= 4;
      return {
        placement: headline ? 'related' : 'other',
        reasons: [[headline ? 'teaser' : 'embed'], inMainReason],
      };
    }
    return null;
  }

  /**
   * A control among the text, not a link in it: a call to action styled as a button (a
   * directory's button to each entry's site is content: directory-buttons.ts), or a jump within
   * the page (`jump`, the link's kind by same-page.ts: a note marker, a heading's anchor, a
   * permalink to its block). `where`: the reason naming the main content.
   */
  function controlAmongText(link: Element, jump: SamePageJump | null, where: PlacementReason): PlacementResult | null {
    const button = buttonOf(link);
    if (button) return siteButton(link) ? { placement: 'content', reasons: [['siteButton', button], where] } : { placement: 'other', reasons: [['button', button], where] };
    return jump === null ? null : { placement: 'other', reasons: [[jump], where] };
  }

  function decide(link: Element, href: string | null): PlacementResult {
    if (isShareHref(href)) return { placement: 'other', reasons: [['shareLink']] };
    const jump = samePage.jump(link, href);
    // A skip link is a control wherever it sits (mostly in the page's header, before its menu);
    // the other jumps only among the main content's text.
    if (jump === 'skip') return { placement: 'other', reasons: [['skip']] };
    // A <noscript> fallback (a counter's pixel) is not walked: only a browser with scripts off shows it.
    if (!stats.index.has(link) && closest(link, 'noscript')) return { placement: 'other', reasons: [['noscript']] };
    const i = indexOf(link);
    if (i < 0) return { placement: 'other', reasons: [['outsideBody']] };
    const c = ctx[i]!;
    // An article's opening paragraphs set above its main block (lead-text.ts); a class-named
    // "header" inside the page's <main> is the title block, not the site's header.
    if (c < 0 || (stats.hints[c]!.kind === 'header' && !stats.hints[c]!.strong)) {
      const lead = leadText(link, i);
      if (lead) {
        const where: PlacementReason = ['inMain', lead];
        return controlAmongText(link, jump, where) ?? { placement: 'content', reasons: [['leadParagraph'], where] };
      }
    }
    if (c >= 0) {
      const h = stats.hints[c]!;
      const kind = h.kind as Exclude<HintKind, 'main'>;
      let placement = KIND_PLACEMENT[kind];
      let reason: PlacementReason = [kind, h.source];
      if (kind === 'footer' && (h.sectional || (!h.strong && inRoot(c) && !rootIsPage))) {
        placement = 'other';
        reason = ['articleFooter', h.source];
      }
      // A menu in the page's header (a list of links with no <nav> around it) is its navigation.
      if (kind === 'header' && !h.sectional && menuWithin(i, c)) {
        placement = 'navigation';
        reason = ['headerMenu', h.source];
      }
      // A page header's byline ("By <a>CoralCat</a>, February 20") names the writer.
      if (kind === 'header' && isBylineLink(link)) return { placement: 'author', reasons: [['headerByline'], reason] };
      if (kind === 'navigation' || kind === 'header') {
        const bar = inTopBar(link, href, i, placement, reason);
        if (bar) return bar;
      }
      if (kind === 'sidebar' && stats.thread && inRoot(c) && postPart(c) === 'chrome') {
        // A post's own <aside> is its poster's pane (Invision's cAuthorPane), not the site's sidebar.
        placement = 'author';
        reason = ['posterPane', h.source];
      } else if (kind === 'sidebar' && inTocBeside(i)) {
        return { placement: 'navigation', reasons: [['toc'], reason] };
      }
      const reasons = [reason];
      if (inRoot(c)) reasons.push(['withinMain']);
      return { placement, reasons };
    }
    if (foot && stats.links[foot]! > 2 && i >= foot && i <= stats.last[foot]!) return { placement: 'footer', reasons: [['footer', 'with the © line']] };
    if (inRoot(i)) {
      if (postChrome(i)) {
        return { placement: 'other', reasons: [['postChrome'], inMainReason] };
      }
      if (postPermalink?.(link, href)) {
        return { placement: 'other', reasons: [['postTitle'], inMainReason] };
      }
      // An article's byline above its text, unmarked ("By <a>Ann Lee</a>"): its writer's, not the text.
      if (articleLike && i < firstProse && isBylineLink(link)) {
        return { placement: 'author', reasons: [['bylineAboveText'], inMainReason] };
      }
      const named = namedInside(i);
      if (named) return { placement: 'related', reasons: [['heading', named.name], inMainReason] };
      const leadIn = leadInOf(i);
      if (leadIn) return { placement: 'related', reasons: [['leadIn', leadIn], inMainReason] };
      const own = listOf(i);
      const list = articleLike ? own : -1;
      // Any page's table of contents (a resource page's jumps to its groups), not only an
      // article's; its jumps whatever they look like (buttons), its other links after the controls.
      const toc = own >= 0 && tableOfContents(own);
      if (toc && inPageAt(i)) return inTableOfContents();
      // A list the article heads itself and that points to other sites is its text (resource-lists.ts).
      const resources = list > firstProse ? resourceLists.heading(list) : null;
      const control = controlAmongText(link, jump, inMainReason);
      if (control) return control;
      if (toc) return inTableOfContents();
      if (resources === null) {
        const outside = outsideTheText(link, i, list);
        if (outside) return outside;
      }
      const twin = duplicates.match(link);
      if (twin !== null) {
        return {
          placement: 'other',
          reasons: [[twin.picture ? 'twinPicture' : 'twinBare', twin.partner], inMainReason],
        };
      }
      const template = templates.match(link);
      if (template) {
        return {
          placement: 'other',
          reasons: [['template', template.text, String(template.count)], inMainReason],
        };
      }
      return { placement: 'content', reasons: resources === null ? [inMainReason] : [['resources', resources], inMainReason] };
    }
    const r = regionOf(i);
    if (i < root && isBylineLink(link)) return { placement: 'author', reasons: [['bylineAboveMain'], r.reason] };
    if (r.placement === 'sidebar' && inTocBeside(i)) return { placement: 'navigation', reasons: [['toc'], r.reason] };
    return inTopBar(link, href, i, r.placement, r.reason) ?? { placement: r.placement, reasons: [r.reason] };
  }

  /**
   * A link of a menu before the main content (in the page's source; before its first prose
   * when the main content is the whole page) that is the site's logo or the visitor's control
   * (site-bar.ts): the header's, wherever the site put it. Null for any other link.
   */
  function inTopBar(link: Element, href: string | null, i: number, placement: Placement, reason: PlacementReason): PlacementResult | null {
    if (placement !== 'navigation' || i >= topEnd || inPageAt(i)) return null;
    const bar = siteBarLink(link, href, pageUrl, pageHost);
    return bar && { placement: 'header', reasons: [[bar === 'logo' ? 'siteLogo' : 'siteControl'], reason] };
  }

  /**
   * Link i, in a column beside the text, is an entry of the page's table of contents ("On this
   * page"): it jumps to a place on the page, in the first list around it (a few levels up) whose
   * links mostly do.
   */
  function inTocBeside(i: number): boolean {
    if (!inPageAt(i)) return false;
    for (let j = stats.parent[i]!, up = 0; j > 0 && up < TOC_LEVELS; j = stats.parent[j]!, up++) {
      if (stats.links[j]! >= 3) return tableOfContents(j);
    }
    return false;
  }
}

/** What may follow a link within its line: inline elements other than a line break. */
const INLINE_AFTER: ReadonlySet<string> = new Set([...INLINE].filter((tag) => tag !== 'br'));
/** Levels looked up from a link beside the text for the list it is an entry of. */
const TOC_LEVELS = 6;
/** A term's link text, at most: a name or a chapter's title ("Configuring through variables"); a headline is longer. */
const TERM_CHARS = 40;
/** A term list names several (three short links are a post's share or source line). */
const TERM_LINKS = 5;
/** A block's own text beside its list, at least, for the list to be the block's (a sentence or two, not a caption). */
const CARD_PROSE = 100;
/** A footer's links are short ("About", "Privacy"): a block of headlines around the copyright line is more than its footer. */
const FOOT_LINK_CHARS = 15;
/** A term list's links to other sites, at most (a reference page may name one outside project). */
const TERMS_ELSEWHERE = 1 / 3;
/** Prose after a term list, at least: the text goes on (an author's line or a disclaimer does not). */
const TERM_PROSE_AFTER = 150;
/** Sibling blocks read at each level: after a list, looking for the text going on; around a list's block, for blocks alike. */
const SIBLINGS_READ = 50;
/** Addresses of tag, topic and category pages. */
const TAG_PAGE = /\/(?:tags?|topics?|categor(?:y|ies)|labels?)\/[^/?#]/i;

/** A callout is a small block: a tip or a note holds a few links among a few dozen elements. */
const CALLOUT_LINKS = 5;
const CALLOUT_ELEMENTS = 200;

/**
 * Whether block i (an <aside> in an article's text) is a callout of the text, not a teaser of
 * another page: small, and no linked title nor links all leading to one address with one of
 * them standing apart from any sentence (a picture, a title and "Read more"; a tip may name its
 * guide twice in its text). Read from the stats within the block only, so nested asides on a
 * hostile page cost each no more than the bounds.
 */
function isCallout(stats: PageStats, i: number): boolean {
  const end = stats.last[i]!;
  if (stats.links[i]! > CALLOUT_LINKS || end - i > CALLOUT_ELEMENTS) return false;
  const hrefs = new Set<string | null>();
  let apart = false;
  for (let k = i + 1; k <= end; k++) {
    const link = stats.isLink[k];
    if (!link && !HEADINGS.has(stats.tags[k]!)) continue;
    if (link) {
      hrefs.add(attr(stats.elements[k]!, 'href'));
      apart ||= !inSentence(stats, k, i);
    }
    // A link inside a heading, or a heading inside a link: a teaser's title.
    for (let j = stats.parent[k]!; j > i; j = stats.parent[j]!) if (link ? HEADINGS.has(stats.tags[j]!) : stats.isLink[j]) return false;
  }
  return !(stats.links[i]! >= 2 && hrefs.size === 1 && apart);
}

/**
 * Link k sits in a sentence within block i: the first block around it with more text than it
 * holds prose, and the link is not a line of its own there (a teaser's title opening its
 * paragraph, a line break after it, then the excerpt).
 */
function inSentence(stats: PageStats, k: number, i: number): boolean {
  for (let j = stats.parent[k]!; j > i; j = stats.parent[j]!) {
    if (INLINE.has(stats.tags[j]!) || stats.text[j]! <= stats.text[k]!) continue;
    return stats.prose[j]! > 0 && !ownLine(stats.elements[k]!, stats.elements[j]!);
  }
  return false;
}

/**
 * `el` is a line of its own within `block`: nothing but white space before it, and a line
 * break or a block right after it (read within a callout: a few dozen elements).
 */
function ownLine(el: Element, block: Element): boolean {
  const blank = (n: Node) => nodeType(n) === 8 || (nodeType(n) === 3 && (nodeValue(n) ?? '').trim() === '');
  for (let n: Element | null = el; n && n !== block; n = parentEl(n)) {
    for (let s = previousSibling(n); s; s = previousSibling(s)) if (!blank(s)) return false;
  }
  // What follows the link, or the inline wrapper it ends (`<strong><a>Title</a></strong><br>`).
  for (let n: Element | null = el; n && n !== block; n = parentEl(n)) {
    let after = nextSibling(n);
    while (after && blank(after)) after = nextSibling(after);
    if (after) return nodeType(after) === 1 && !INLINE_AFTER.has(tagOf(after as Element));
  }
  return false;
}

/** The first or last block of prose under `root`: follow the first (last) child with prose down. */
function proseEdge(stats: PageStats, root: number, edge: 'first' | 'last'): number {
  let j = root;
  for (;;) {
    const kids = childrenOf(stats, j).filter((c) => stats.prose[c]! > 0 && !stats.excluded[c]);
    const next = edge === 'first' ? kids[0] : kids[kids.length - 1];
    if (next === undefined) return j;
    j = next;
  }
}
