/**
 * The page's words for the background's judgement: the main content's visible text (relevance,
 * paid-post and spam wording) and the e-mail addresses a reader can see or click. Plain string
 * work only: stemming and word lists stay in the background (utils/scoring/text-terms.ts).
 */
import type { Layout } from './layout';
import type { ExtractedLink } from './types';
import { clip, foldWhitespace } from './text';
import { assignedNodesOf, checkVisibility, composedParent, visibilityOptions, hasAttr, inlineStyle, lastChild, nodeType, nodeValue, previousSibling, tagOf } from './dom-safe';
import { NO_SHADOW_ROOTS, type ShadowRoots } from './shadow-roots';
import { mailtoAddresses, type AddressesAt } from './addresses';

export const MAX_MAIN_TEXT = 20_000;
export const MAX_EMAILS = 20;

/** Never read as text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'option', 'iframe', 'object', 'canvas', 'textarea']);
/** Inline elements join their text to the words around them; any other element is a word break. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

const SHOWN = visibilityOptions(false, true);

/** Hidden from a reader: by the browser's own test when there is layout, else by markup and inline style. */
function createHiddenTest(layout: Layout | null): (el: Element) => boolean {
  if (layout) {
    return (el) => {
      const shown = checkVisibility(el, SHOWN);
      // An element without a box of its own (`display: contents`: every slot, some wrappers)
      // "is not visible" to checkVisibility, though its children are drawn.
      if (shown !== null) return !shown && layout.style(el).display !== 'contents';
      const s = layout.style(el);
      return s.display === 'none' || s.visibility === 'hidden';
    };
  }
  return (el) => {
    if (hasAttr(el, 'hidden')) return true;
    const s = inlineStyle(el);
    return s?.display === 'none' || s?.visibility === 'hidden';
  };
}

/** Visible text under `root`, whitespace folded, capped; hidden subtrees are not walked. */
export function mainTextOf(root: Element | null, layout: Layout | null, max = MAX_MAIN_TEXT, shadows: ShadowRoots = NO_SHADOW_ROOTS): string {
  if (!root) return '';
  const hidden = createHiddenTest(layout);
  const parts: string[] = [];
  let length = 0;
  // Depth-first with an explicit stack; a string entry is a word break after a block ends.
  const stack: Array<Node | ' '> = [root];
  while (stack.length && length <= max) {
    const node = stack.pop()!;
    if (node === ' ') {
      parts.push(' ');
      continue;
    }
    const type = nodeType(node);
    if (type === 3) {
      const t = nodeValue(node) ?? '';
      parts.push(t);
      length += t.length;
      continue;
    }
    if (type !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || (el !== root && hidden(el))) continue;
    const block = !INLINE.has(tag);
    if (block) {
      parts.push(' ');
      stack.push(' ');
    }
    // As drawn: a host's shadow tree, and a slot's assigned nodes in place of the host's children.
    const assigned = shadows.size > 0 && tag === 'slot' ? assignedNodesOf(el) : undefined;
    if (assigned?.length) for (let k = assigned.length - 1; k >= 0; k--) stack.push(assigned[k]!);
    else for (let c = lastChild((shadows.size > 0 && shadows.get(el)) || el); c; c = previousSibling(c)) stack.push(c);
  }
  return clip(foldWhitespace(parts.join('')), max);
}

/** Texts checked between two yields (each costs a walk up its ancestors). */
const CHECK_SLICE = 200;

/**
 * E-mail addresses of mailto links, then of the page's visible text: lower-cased, deduplicated,
 * capped. The addresses in the text are those the placement walk found in what it read
 * (`found`), so the page's text nodes are not walked a second time: an extension pays for every
 * node it touches, and the garbage collector again for each one touched first.
 */
export function* emailSteps(links: readonly ExtractedLink[], found: readonly AddressesAt[], layout: Layout | null, max = MAX_EMAILS): Generator<void, string[]> {
  const out = new Set<string>();
  const add = (list: string[]) => {
    for (const e of list) if (out.size < max) out.add(e.toLowerCase());
  };
  for (const link of links) if (link.scheme === 'mailto') add(mailtoAddresses(link));
  const hidden = createHiddenTest(layout);
  const hiddenChain = (el: Element | null): boolean => {
    for (let e = el; e; e = composedParent(e)) if (SKIP.has(tagOf(e)) || hidden(e)) return true;
    return false;
  };
  for (let i = 0; i < found.length && out.size < max; i++) {
    if (i > 0 && i % CHECK_SLICE === 0) yield;
    const { element, addresses } = found[i]!;
    if (!hiddenChain(element)) add(addresses);
  }
  return [...out];
}
