/**
 * Links that stay on this page: a skip link ("Skip to content"), a footnote or citation marker
 * ("[12]", "³", "†") and the note's way back ("↩"), a heading's anchor ("#", "¶", or no text at
 * all: Docusaurus' hash-link), and a permalink to the block the link sits in (a live blog
 * update's time stamp). They move the reader within the page, or name a place on it; they are
 * no link in the text to another page, whatever block they sit in.
 */
import { createPageAddress, sameDocument } from '../links';
import { attr, parentEl, previousElementOf, query, tagOf } from '../dom-safe';
import { shortText } from '../short-text';
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
const NOTE_MARKER = /^[[(]?\s*(?:\d{1,4}|[⁰¹²³⁴-⁹]{1,4}|[a-z]|[ivx]{1,6}|[*†‡§¶]{1,3}|[↩↑^⤴][\uFE0E\uFE0F]?\d{0,2})\s*[\])]?$/i;
/** A heading's anchor: no words, or a sign standing for a link ("#", "¶", "🔗"). */
const ANCHOR_TEXT = /^(?:|#|¶|§|🔗|⚓)\uFE0F?$/u;
/** Characters that show nothing (Docusaurus writes a zero-width space in its hash-link). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
/** A time ("12.58 GMT", "9:41 am"), an age ("8m ago") or a number ("#12", "12"). */
const STAMP = /^(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?|\d+\s*[smhdw]\w*\s+ago|#?\d{1,6})$/i;
/** A jump's words are a short line ("Skip course introduction and topic navigation"): longer text is not read. */
const MAX_WORDS_CHARS = 200;
/** How far up a permalink's target is looked for among the link's ancestors. */
const SELF_LEVELS = 12;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Ids longer than this name no place on the page. */
const MAX_ID = 200;

/** The id a fragment names, or null for none, one too long, or an app's route (`#/cart`, `#!/item/3`). */
export function fragmentId(hash: string): string | null {
  if (hash.length < 2 || hash.length > MAX_ID || hash[1] === '/' || hash[1] === '!') return null;
  return decodeSafe(hash.slice(1));
}

/** Whether an element on the page has this id (or, as old pages write anchors, this name). */
export function namesElement(doc: Document, id: string): boolean {
  const quoted = `"${id.replace(/["\\]/g, '\\$&')}"`;
  return query(doc, `[id=${quoted}], a[name=${quoted}]`) !== null;
}

/** Which kind of same-page link `link` is, or null: its address first (a fragment), then its few words. */
export function createSamePageJumps(doc: Document, pageUrl: string): (link: Element, href: string | null) => SamePageJump | null {
  const address = createPageAddress(doc, pageUrl);
  return (link, href) => {
    // Every kind names a place by a fragment.
    if (!href || address.page === null || !/#./.test(href)) return null;
    const to = address.resolve(href);
    const id = to === null ? null : fragmentId(to.hash);
    if (to === null || id === null || to.origin !== address.page.origin || to.pathname !== address.page.pathname) return null;
    const words = (shortText(link, MAX_WORDS_CHARS) ?? 'x'.repeat(MAX_WORDS_CHARS)).replace(INVISIBLE, ' ').trim();
    if (sameDocument(to, address.page)) {
      if (SKIP_TEXT.test(words)) return 'skip';
      // A marker or an anchor names a place the page has (a hash route or a dead anchor is no note).
      const kind = NOTE_MARKER.test(words) ? 'note' : ANCHOR_TEXT.test(words) ? 'anchor' : null;
      if (kind !== null && namesElement(doc, id)) return kind;
      // An anchor set beside its heading, however it is worded for screen readers (Starlight's "Section titled …").
      if (headingBeside(link, id)) return 'anchor';
    }
    // A block's time stamp or number linking to the block (a live blog's update, a post's "#12");
    // it may carry a query of its own (`?page=with:block-1#block-1`). A title so linked is the
    // block's text (MDN's and rustdoc's item names).
    return (STAMP.test(words) || query(link, 'time') !== null) && namesAncestor(link, id) ? 'self' : null;
  };
}

function headingBeside(link: Element, id: string): boolean {
  const el = previousElementOf(link);
  return el !== null && HEADINGS.has(tagOf(el)) && attr(el, 'id') === id;
}

/**
 * Whether `link` (with words) jumps to a place this page names: a table of contents' entry.
 * Placement.ts asks it of the links of a list: a list of them is the page's contents.
 */
export function createInPageLinks(doc: Document, pageUrl: string): (link: Element) => boolean {
  const address = createPageAddress(doc, pageUrl);
  return (link) => {
    const href = attr(link, 'href');
    if (!href?.includes('#') || address.page === null) return false;
    const to = address.resolve(href);
    const id = to === null ? null : fragmentId(to.hash);
    return to !== null && id !== null && sameDocument(to, address.page) && namesElement(doc, id);
  };
}

function namesAncestor(link: Element, id: string): boolean {
  let el = parentEl(link);
  for (let level = 0; el && level < SELF_LEVELS; level++, el = parentEl(el)) {
    // A heading linking its own words to itself is still the heading's text.
    if (attr(el, 'id') === id) return !HEADINGS.has(tagOf(el));
  }
  return false;
}
