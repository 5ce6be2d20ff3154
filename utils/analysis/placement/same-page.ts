/**
 * Links that stay on this page: a skip link ("Skip to content", "Back to top"), a footnote or
 * citation marker ("[12]", "³", "†") and the note's way back ("↩"), a heading's anchor ("#",
 * "¶", or no text at all: Docusaurus' hash-link), and a permalink to the block the link sits
 * in (a live blog update's time stamp). They move the reader within the page, or name a place
 * on it; they are no link in the text to another page, whatever block they sit in.
 */
import { createPageAddress, sameDocumentAs } from '../links';
import { attr, elementById, parentEl, previousElementOf, query, queryAll, tagOf } from '../dom-safe';
import { shortText } from '../short-text';
import { HEADINGS } from './hints';
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
/** A "back to top" control's words ("Back to top", "Scroll to top", "Go to Top (Alt + G)", "Top"). */
const TOP_WORDS = /^(?:(?:back|scroll|go|jump|return)(?: back)? )?(?:to )?(?:the )?top(?: of (?:the )?page)?\s*[↑⬆^]?\s*(?:\([^)]*\))?$/iu;
/** "Top" or "The top" with no verb: a back-to-top link's words, or a section's name. */
const BARE_TOP = /^(?:the )?top$/i;
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
/** Ids longer than this name no place on the page. */
const MAX_ID = 200;

/** The id a fragment names, or null for none, one too long, or an app's route (`#/cart`, `#!/item/3`). */
function fragmentId(hash: string): string | null {
  if (hash.length < 2 || hash.length > MAX_ID || hash[1] === '/' || hash[1] === '!') return null;
  return decodeSafe(hash.slice(1));
}

/** Where a link to this very page (its origin and path) points. */
export interface PageTarget {
  /** It stays in this document: no query of its own takes it to another. */
  here: boolean;
  /** The place its fragment names, or null for none (or an app's route). */
  id: string | null;
}

export interface SamePage {
  /** Which kind of same-page control `link` is, or null: its address first (a fragment), then its few words. */
  jump(link: Element, href: string | null): SamePageJump | null;
  /** `link` jumps to a place this page names: a table of contents' entry, whatever its words. */
  inPage(link: Element, href: string | null): boolean;
  /** Where a link points when it is to this page, resolved as the link reader does; null for another page. */
  target(href: string): PageTarget | null;
  /** Whether an element on the page has this id (or, as old pages write anchors, this name). */
  names(id: string): boolean;
}

export function createSamePage(doc: Document, pageUrl: string): SamePage {
  const address = createPageAddress(doc, pageUrl);
  // Asked for many links: the browser's id map, and the page's anchor names read once (a query
  // per link would read the whole page each time).
  let anchorNames: Set<string> | null = null;
  const names = (id: string) => elementById(doc, id) !== null || (anchorNames ??= new Set(queryAll(doc, 'a[name]').map((a) => attr(a, 'name') ?? ''))).has(id);
  const { page, resolve } = address;
  const thisDocument = sameDocumentAs(page);
  const target = (href: string): PageTarget | null => {
    const to = page === null ? null : resolve(href);
    if (page === null || to === null || to.origin !== page.origin || to.pathname !== page.pathname) return null;
    const id = fragmentId(to.hash);
    // GitHub prefixes a rendered README's ids ("user-content-install"); its script takes "#install" there.
    const shown = id !== null && !names(id) && names(`user-content-${id}`) ? `user-content-${id}` : id;
    return { here: thisDocument(to), id: shown };
  };
  /** The place a fragment link to this page names; null for a link without one (not resolved at all). */
  const locate = (href: string | null): { id: string; here: boolean } | null => {
    if (!href || !/#./.test(href)) return null;
    const at = target(href);
    return at === null || at.id === null ? null : { id: at.id, here: at.here };
  };
  /** The place with this id is a section's heading, or opens with one (a table of contents' "The top" entry). */
  const heads = (id: string) => {
    const el = elementById(doc, id);
    if (el === null) return false;
    const first = HEADINGS.has(tagOf(el)) ? el : query(el, 'h1, h2, h3, h4, h5, h6');
    return first !== null && (first === el || parentEl(first) === el);
  };
  const words = (link: Element) => (shortText(link, MAX_WORDS_CHARS) ?? 'x'.repeat(MAX_WORDS_CHARS)).replace(INVISIBLE, ' ').trim();
  return {
    jump(link, href) {
      const at = locate(href);
      // A bare "#" goes to the top of the page: only a "Back to top" says it is meant to (an icon, in its label).
      if (at === null) return href?.trim() === '#' && saysTop(link, words(link)) ? 'skip' : null;
      const text = words(link);
      if (at.here) {
        if (SKIP_TEXT.test(text) || backToTop(link, text, at.id, heads)) return 'skip';
        // A marker or an anchor names a place the page has (a hash route or a dead anchor is no note).
        const kind = NOTE_MARKER.test(text) ? 'note' : ANCHOR_TEXT.test(text) ? 'anchor' : null;
        if (kind !== null && names(at.id)) return kind;
        // An anchor set beside its heading, however it is worded for screen readers (Starlight's "Section titled …").
        if (headingBeside(link, at.id)) return 'anchor';
      }
      // A block's time stamp or number linking to the block (a live blog's update, a post's "#12");
      // it may carry a query of its own (`?page=with:block-1#block-1`). A title so linked is the
      // block's text (MDN's and rustdoc's item names).
      return (STAMP.test(text) || query(link, 'time') !== null) && namesAncestor(link, at.id) ? 'self' : null;
    },
    inPage(link, href) {
      const at = locate(href);
      return at !== null && at.here && names(at.id);
    },
    target,
    names,
  };
}

/**
 * A "back to top" control: a jump named so in its words or, as an icon, in its label ("Scroll to
 * top" to `#wrapper`), or an icon or arrow with no words to `#top` (the top of the page whether
 * or not an element has that id).
 */
function backToTop(link: Element, text: string, id: string, heads: (id: string) => boolean): boolean {
  // "Top" alone may name a section ("The top", an outfit's "Top"): not when it leads to a heading.
  if (TOP_WORDS.test(text)) return !BARE_TOP.test(text) || id.toLowerCase() === 'top' || !heads(id);
  if (/\p{L}/u.test(text)) return false;
  return id.toLowerCase() === 'top' || saysTop(link, text);
}

/** Back-to-top words in the link's text or, for an icon with no words, in its label or title. */
function saysTop(link: Element, text: string): boolean {
  return TOP_WORDS.test(text) || (!/\p{L}/u.test(text) && TOP_WORDS.test((attr(link, 'aria-label') || attr(link, 'title') || '').trim()));
}

function headingBeside(link: Element, id: string): boolean {
  const el = previousElementOf(link);
  return el !== null && HEADINGS.has(tagOf(el)) && attr(el, 'id') === id;
}

function namesAncestor(link: Element, id: string): boolean {
  let el = parentEl(link);
  for (let level = 0; el && level < SELF_LEVELS; level++, el = parentEl(el)) {
    // A heading linking its own words to itself is still the heading's text.
    if (attr(el, 'id') === id) return !HEADINGS.has(tagOf(el));
  }
  return false;
}
