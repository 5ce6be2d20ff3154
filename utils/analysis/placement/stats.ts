/**
 * One walk over the document: every element's place in document order, its hint, and how much
 * text, link text and "content value" its subtree holds. Linear in the size of the DOM; every
 * later step reads these arrays instead of walking subtrees again.
 */
import { TUNING } from './main-content';
import { attributesOf, HEADINGS, headingHint, isSectioning, namedBlock, ownHint, SUBHEADINGS, type Hint } from './hints';
import { countWords } from '../text';
import { isForumThread } from './thread';
import { addressesIn, mayHoldAddress, type AddressesAt } from '../addresses';
import { NO_SHADOW_ROOTS, type ShadowRoots } from '../shadow-roots';
import { assignedNodesOf, childElementCount, docRoot, lastChild, nodeType, nodeValue, previousElementOf, previousSibling, tagOf, textOf } from '../dom-safe';

/** Not page text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'datalist', 'option', 'iframe', 'object', 'canvas', 'head', 'title', 'meta', 'link']);

/** Inline elements: their text belongs to the block around them. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  'picture', 'source', 'button', 'input', 'output', 'strike', 'big', 'nobr',
]);


export interface PageStats {
  /** Elements in document (pre-)order; index 0 is the root of the walk. */
  elements: Element[];
  /** Their tag names (local names), read once. */
  tags: string[];
  index: Map<Element, number>;
  parent: Int32Array;
  /** Index of the last element of each subtree, for O(1) "contains" and before/after tests. */
  last: Int32Array;
  depth: Int32Array;
  /** Visible characters (whitespace excluded) in the subtree. */
  text: Float64Array;
  /** Of which inside links. */
  linkText: Float64Array;
  links: Int32Array;
  /** Content value of the subtree, boilerplate-hinted subtrees left out. */
  value: Float64Array;
  /** Content value with every subtree counted. */
  rawValue: Float64Array;
  /** Words in the subtree, boilerplate-hinted subtrees left out (the main content's word count). */
  words: Float64Array;
  /** Characters in prose-like blocks (long, few links), boilerplate left out. */
  prose: Float64Array;
  /** The element's own hint (null when none). */
  hints: Array<Hint | null>;
  /** A boilerplate hint on this element took its subtree out of `value`. */
  excluded: Uint8Array;
  /** The subtree holds a main-content marker (<main>, <article>, articleBody, ...). */
  hasMain: Uint8Array;
  /** The subtree holds a post of the thread (a "thread-author" wrapper around the opening post). */
  hasPost: Uint8Array;
  /** The page is a discussion thread, declared or in a forum engine's markup (thread.ts): its replies are its content. */
  thread: boolean;
  /** The element is an `a` with an `href` (a link the detectors of the main content read). */
  isLink: Uint8Array;
  /** E-mail addresses in the shown texts, in document (drawn) order; page-text.ts checks they are visible. */
  addresses: AddressesAt[];
  /** The last element whose own shown text holds "©" or "copyright" (the footer's mark: placement.ts), or 0. */
  copyright: number;
}

/** Texts with addresses kept at most: a hostile page must not grow the list without end. */
export const MAX_ADDRESS_TEXTS = 10_000;

function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b) n++;
  }
  return n;
}

/** Elements handled between two yields: a slice of the walk stays well under a frame. */
const SLICE = 1000;

/**
 * The stats in slices: it yields every thousand elements so the page stays responsive. The walk
 * follows the page as drawn through the readable shadow roots (`shadows`, by host): a host's
 * shadow tree, with the host's own children under the slots that show them.
 */
export function* collectStatsSteps(doc: Document, shadows: ShadowRoots = NO_SHADOW_ROOTS): Generator<void, PageStats> {
  const root = docRoot(doc);
  const elements: Element[] = [];
  const tags: string[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const ownText: number[] = [];
  const ownWords: number[] = [];
  const ownLinkText: number[] = [];
  const inLinkFlags: boolean[] = [];
  const hints: Array<Hint | null> = [];
  const hidden: boolean[] = [];
  const linkFlags: number[] = [];
  // Texts with addresses as the walk meets them, read by element i, with where they stand in
  // document order: a leaf's text at i itself, a text node just before the next child taken
  // (children are taken last first, so that one is known), or after i's last descendant.
  const found: Array<{ at: AddressesAt; i: number; leaf: boolean; before: Element | null }> = [];
  const thread = isForumThread(doc);
  let copyright = 0;

  if (root) {
    // Pre-order walk with an explicit stack (pages nest deeper than the call stack allows): an
    // element gets its index when it comes off the stack, and reads what its parent passes down
    // (inside a link, hidden, inside a section) from the parent's entries.
    const stack: Element[] = [root];
    const stackTag: string[] = [tagOf(root)];
    const stackParent: number[] = [-1];
    const inSections: boolean[] = [];
    // Text of the text nodes among the children just taken (for the element being walked).
    let childText = 0;
    let childWords = 0;
    /** The element most recently put on the stack among the children being taken: the next one in document order. */
    let nextTaken: Element | null = null;
    /** Note a shown text of element i (a leaf's whole text, or one text node): a copyright line, its addresses. */
    const noteText = (i: number, value: string, leaf: boolean) => {
      if (/©|copyright/i.test(value)) copyright = i;
      if (found.length >= MAX_ADDRESS_TEXTS || !mayHoldAddress(value)) return;
      const addresses = addressesIn(value);
      if (addresses.length) found.push({ at: { element: elements[i]!, addresses }, i, leaf, before: leaf ? null : nextTaken });
    };
    /** Put a child of element i on the stack (elements) or count its text (text nodes). */
    const take = (node: Node, i: number, isHidden: boolean) => {
      const type = nodeType(node);
      if (type === 3) {
        if (isHidden) return;
        const value = nodeValue(node) ?? '';
        childText += visibleLength(value);
        childWords += countWords(value);
        noteText(i, value, false);
      } else if (type === 1) {
        const childTag = tagOf(node as Element);
        if (SKIP.has(childTag)) return;
        nextTaken = node as Element;
        stack.push(node as Element);
        stackTag.push(childTag);
        stackParent.push(i);
      }
    };
    /** The children of `parentNode`, last first, so the first comes off the stack first. */
    const takeChildren = (parentNode: Node, i: number, isHidden: boolean) => {
      for (let node = lastChild(parentNode); node; node = previousSibling(node)) take(node, i, isHidden);
    };
    while (stack.length > 0) {
      if (elements.length % SLICE === SLICE - 1) yield;
      const el = stack.pop()!;
      const tag = stackTag.pop()!;
      const p = stackParent.pop()!;
      const i = elements.length;
      elements.push(el);
      tags.push(tag);
      parents.push(p);
      depths.push(p >= 0 ? depths[p]! + 1 : 0);
      const inLink = (p >= 0 && inLinkFlags[p]!) || tag === 'a' || tag === 'area';
      const attrs = attributesOf(el);
      linkFlags.push(tag === 'a' && attrs.has('href') ? 1 : 0);
      const isHidden = (p >= 0 && hidden[p]!) || attrs.get('hidden') !== null || isInlineHidden(attrs.get('style'));
      const parentInSection = p >= 0 && inSections[p]!;
      hidden.push(isHidden);
      inLinkFlags.push(inLink);
      hints.push(i === 0 ? null : ownHint(el, parentInSection, thread, tag, attrs));
      inSections.push(parentInSection || isSectioning(el, tag, attrs));
      let own = 0;
      let wordsHere = 0;
      const shadow = shadows.size > 0 ? shadows.get(el) : undefined;
      const assigned = shadows.size > 0 && tag === 'slot' ? assignedNodesOf(el) : undefined;
      if (childElementCount(el) === 0 && !shadow && !assigned?.length) {
        // A leaf (most links, list items, spans): its text is all its own, read in one go
        // instead of one node at a time (an extension pays for each node it touches).
        if (!isHidden) {
          const value = textOf(el) ?? '';
          own = visibleLength(value);
          wordsHere = countWords(value);
          noteText(i, value, true);
        }
      } else {
        childText = childWords = 0;
        nextTaken = null;
        // A host draws its shadow tree; its own children are drawn where the tree's slots put
        // them, so they are walked there, under their slot (and not at all when no slot takes them).
        if (shadow) takeChildren(shadow, i, isHidden);
        else if (assigned?.length) for (let k = assigned.length - 1; k >= 0; k--) take(assigned[k]!, i, isHidden);
        else takeChildren(el, i, isHidden);
        own = childText;
        wordsHere = childWords;
      }
      ownText.push(own);
      ownWords.push(wordsHere);
      ownLinkText.push(inLink ? own : 0);
    }
  }

  yield;
  const n = elements.length;
  const index = new Map<Element, number>();
  for (let i = 0; i < n; i++) index.set(elements[i]!, i);
  const parent = Int32Array.from(parents);
  const isLink = Uint8Array.from(linkFlags);
  const depth = Int32Array.from(depths);
  const last = new Int32Array(n);
  const text = new Float64Array(n);
  const linkText = new Float64Array(n);
  const links = new Int32Array(n);
  const value = new Float64Array(n);
  const rawValue = new Float64Array(n);
  const prose = new Float64Array(n);
  const words = new Float64Array(n);
  const excluded = new Uint8Array(n);
  const hasMain = new Uint8Array(n);
  const hasPost = new Uint8Array(n);
  // Text of the block being built: inline children pass theirs up to the nearest block.
  const blockText = new Float64Array(n);
  const blockLink = new Float64Array(n);

  // Elements are in document order, so an element's subtree runs from it to last[i]; subText[i]
  // is the text in it (visible text; the block values below come later).
  const subText = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    last[i] = Math.max(last[i]!, i);
    subText[i]! += ownText[i]!;
    const p = parent[i]!;
    if (p < 0) continue;
    last[p] = Math.max(last[p]!, last[i]!);
    subText[p]! += subText[i]!;
  }

  // Headings that name their block ("Related posts", "12 comments") hint at their parent. A
  // "Responses" or "Written by" heading alone in a wrapper (or a link) names the block the
  // wrapper opens; a related heading so wrapped is named-blocks.ts's, which knows where a
  // recommendation block ends and leaves those in the site's footer to the footer.
  const headingKinds = new Map<number, Hint>();
  const headings: number[] = [];
  for (let i = 0; i < n; i++) if (HEADINGS.has(tags[i]!)) headings.push(i);
  for (let h = 0; h < headings.length; h++) {
    const i = headings[h]!;
    if (!SUBHEADINGS.has(tags[i]!) || hints[i] || hidden[i]) continue;
    const heading = textOf(elements[i]!) ?? '';
    const kind = headingHint(heading);
    if (!kind) continue;
    /** Block p holds no other heading (an article's title or sections). */
    const onlyHeading = (p: number) => (h === 0 || headings[h - 1]! < p) && (h + 1 >= headings.length || headings[h + 1]! > last[p]!);
    /** Nothing with text comes before x in p: the heading opens the block. */
    const opens = (x: number, p: number) => {
      for (let c = p + 1; c < x; c = last[c]! + 1) if (subText[c]! > 0) return false;
      return true;
    };
    // A block's only heading, first in it, heads all of it however many parts follow.
    const first = (x: number, p: number) => !previousElementOf(elements[x]!) && onlyHeading(p);
    let x = i;
    let p = parent[i]!;
    while (kind !== 'related' && p > 0 && !hints[p] && childElementCount(elements[p]!) === 1) x = p, p = parent[p]!;
    const climbed = x !== i && p > 0 && !hints[p] && onlyHeading(p) && (childElementCount(elements[p]!) <= 4 || first(x, p)) && opens(x, p);
    // Else the heading's own parent (a linked heading: the link) when small, or opened by it.
    if (!climbed) p = parent[i]!;
    if (climbed || (p > 0 && !hints[p] && (childElementCount(elements[p]!) <= 4 || first(i, p)))) {
      const source = `under the heading '${heading.trim().slice(0, 40)}'`;
      headingKinds.set(p, namedBlock(kind, source, thread));
    }
  }
  for (const [p, hint] of headingKinds) hints[p] = hint;

  for (let i = n - 1; i >= 0; i--) {
    if (i % SLICE === 0) yield;
    const tag = tags[i]!;
    text[i]! += ownText[i]!;
    words[i]! += ownWords[i]!;
    linkText[i]! += ownLinkText[i]!;
    if ((tag === 'a' || tag === 'area') && !inLinkFlags[parent[i]!]) links[i]! += 1;
    blockText[i]! += ownText[i]!;
    blockLink[i]! += ownLinkText[i]!;
    const hint = hints[i];
    // A thread's post marks no article: a "latest replies" widget must not shield its sidebar.
    if (hint?.kind === 'main' && !hint.post) hasMain[i] = 1;
    if (hint?.post) hasPost[i] = 1;

    const inline = INLINE.has(tag) && i !== 0;
    if (!inline) {
      // Close the block: its text counts for content, its links less.
      const t = blockText[i]!;
      if (t > 0) {
        const l = Math.min(blockLink[i]!, t);
        const v = t - l + TUNING.linkWeight * l;
        value[i]! += v;
        rawValue[i]! += v;
        if (t >= 80 && l / t < 0.35) prose[i]! += t - l;
      }
    }
    // A boilerplate hint takes the subtree out of the content value, unless it holds the main
    // content itself (a "page-with-sidebar" wrapper, a <header> around the whole page).
    // Nor one around a post of the thread: the posts are the page.
    if (hint && hint.kind !== 'main' && i !== 0 && !hasMain[i] && !hasPost[i] && !(hint.sectional && hint.kind === 'header')) {
      excluded[i] = 1;
    }

    const p = parent[i]!;
    if (p < 0) continue;
    text[p]! += text[i]!;
    linkText[p]! += linkText[i]!;
    links[p]! += links[i]!;
    // A dialog laid over the page is never its content, even where other hints are not trusted;
    // a wrapper so named around the main content (a `modal-…` class on a page's shell) is no dialog.
    if (hint?.kind !== 'overlay' || hasMain[i] || hasPost[i]) rawValue[p]! += rawValue[i]!;
    if (hasMain[i]) hasMain[p] = 1;
    if (hasPost[i]) hasPost[p] = 1;
    if (!excluded[i]) {
      value[p]! += value[i]!;
      prose[p]! += prose[i]!;
      words[p]! += words[i]!;
    }
    if (inline) {
      blockText[p]! += blockText[i]!;
      blockLink[p]! += blockLink[i]!;
    }
  }

  // Texts met together (one parent's, read last first; a parent's trailing text and its
  // ancestor's next one) are ordered by when they were met, the later first.
  const order = found.map((f, seq) => ({ f, seq, key: f.leaf ? f.i : f.before ? index.get(f.before)! - 0.5 : last[f.i]! + 0.5 }));
  order.sort((a, b) => a.key - b.key || b.seq - a.seq);
  const addresses = order.map((o) => o.f.at);

  return { elements, tags, index, parent, last, depth, text, linkText, links, value, rawValue, prose, words, hints, excluded, hasMain, hasPost, thread, isLink, addresses, copyright };
}

function isInlineHidden(style: string | null): boolean {
  if (!style) return false;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
