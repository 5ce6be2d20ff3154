/**
 * Links that stay on this page: a skip link ("Skip to content"), a footnote or citation marker
 * ("[12]", "³", "†") and the note's way back ("↩"), a heading's anchor ("#", "¶", or no text at
 * all: Docusaurus' hash-link), and a permalink to the block the link sits in (a live blog
 * update's time stamp). They move the reader within the page, or name a place on it; they are
 * no link in the text to another page, whatever block they sit in.
 */
import { baseUrlOf, sameDocument } from '../links';
import { createHrefResolver, parseUrl, trimUrl, type ResolvedUrl } from '../resolve-href';
import { attr, parentEl, query, tagOf } from '../dom-safe';
import { decodeSafe } from '../../urls';

export type SamePageJump = 'skip' | 'note' | 'anchor' | 'self';

/** A skip or jump control's words. */
const SKIP_TEXT = /^(skip|jump)\b/i;
/**
 * A note's marker as pages write it: a number, a letter or a small roman numeral, bare or in
 * brackets ("1", "[12]", "(a)", "iv"), superscript digits ("³"), a symbol (*, †, ‡, §, ¶), or
 * the note's link back to its place in the text (↩, ↑, ^). A glossary's A–Z letters are such
 * markers too: they jump within the page.
 */
const NOTE_MARKER = /^[[(]?\s*(?:\d{1,4}|[⁰¹²³⁴-⁹]{1,4}|[a-z]|[ivx]{1,6}|[*†‡§¶]{1,3}|[↩↑^⤴]\uFE0E?)\s*[\])]?$/i;
/** A heading's anchor: no words, or a sign standing for a link ("#", "¶", "🔗"). */
const ANCHOR_TEXT = /^(?:|#|¶|§|🔗|⚓)\uFE0F?$/u;
/** Characters that show nothing (Docusaurus writes a zero-width space in its hash-link). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
/** A time ("12.58 GMT", "9:41 am"), an age ("8m ago") or a number ("#12", "12"). */
const STAMP = /^(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?|\d+\s*[smhdw]\w*\s+ago|#?\d{1,6})$/i;
/** How far up a permalink's target is looked for among the link's ancestors. */
const SELF_LEVELS = 12;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Ids longer than this name no block. */
const MAX_ID = 200;

/**
 * Which kind of same-page link `link` is, or null: its words first (cheap), then its address,
 * resolved as the link reader does (`<base href>` may send a bare `#x` to another page).
 */
export function createSamePageJumps(doc: Document, pageUrl: string): (link: Element, href: string | null, text: () => string | null) => SamePageJump | null {
  const page = parseUrl(pageUrl);
  let resolver: ((raw: string) => ResolvedUrl | null) | null = null;
  const resolve = (href: string) => (resolver ??= createHrefResolver(baseUrlOf(doc, pageUrl)))(trimUrl(href));
  return (link, href, text) => {
    if (!href || page === null) return null;
    const words = (text() ?? '').replace(INVISIBLE, ' ').trim();
    const kind: SamePageJump | null = SKIP_TEXT.test(words) ? 'skip' : NOTE_MARKER.test(words) ? 'note' : ANCHOR_TEXT.test(words) ? 'anchor' : null;
    if (kind === null && !/#./.test(href)) return null;
    const to = resolve(href);
    if (to === null || to.hash.length < 2) return null;
    if (kind !== null) return sameDocument(to, page) ? kind : null;
    // A block's time stamp or number linking to the block (a live blog's update, a post's "#12");
    // it may carry a query of its own (`?page=with:block-1#block-1`). A title so linked is the
    // block's text (MDN's and rustdoc's item names).
    if (!STAMP.test(words) && !query(link, 'time')) return null;
    return to.origin === page.origin && to.pathname === page.pathname && namesAncestor(link, to.hash) ? 'self' : null;
  };
}

function namesAncestor(link: Element, hash: string): boolean {
  if (hash.length > MAX_ID) return false;
  const id = decodeSafe(hash.slice(1));
  let el = parentEl(link);
  for (let level = 0; el && level < SELF_LEVELS; level++, el = parentEl(el)) {
    // A heading linking its own words to itself is still the heading's text (MDN's section titles).
    if (attr(el, 'id') === id) return !HEADINGS.has(tagOf(el));
  }
  return false;
}
