/**
 * Links that stay on this page: a skip link ("Skip to content"), a footnote or citation marker
 * ("[12]", "³", "†") and the note's way back ("↩"). They move the reader within the text; they
 * are no link in it to another page, whatever block they sit in.
 */
import { baseUrlOf, sameDocument } from '../links';
import { createHrefResolver, parseUrl, trimUrl, type ResolvedUrl } from '../resolve-href';

export type SamePageJump = 'skip' | 'note';

/** A skip or jump control's words. */
const SKIP_TEXT = /^\s*(skip|jump)\b/i;
/**
 * A note's marker as pages write it: a number, a letter or a small roman numeral, bare or in
 * brackets ("1", "[12]", "(a)", "iv"), superscript digits ("³"), a symbol (*, †, ‡, §, ¶), or
 * the note's link back to its place in the text (↩, ↑, ^). A glossary's A–Z letters are such
 * markers too: they jump within the page.
 */
const NOTE_MARKER = /^[[(]?\s*(?:\d{1,4}|[⁰¹²³⁴-⁹]{1,4}|[a-z]|[ivx]{1,6}|[*†‡§¶]{1,3}|[↩↑^⤴]\uFE0E?)\s*[\])]?$/i;

/**
 * Which kind of same-page jump a link is, or null: its words first (cheap), then its address,
 * resolved as the link reader does (`<base href>` may send a bare `#x` to another page).
 */
export function createSamePageJumps(doc: Document, pageUrl: string): (href: string | null, text: () => string | null) => SamePageJump | null {
  const page = parseUrl(pageUrl);
  let resolve: ((raw: string) => ResolvedUrl | null) | null = null;
  return (href, text) => {
    if (!href || page === null) return null;
    const words = text()?.trim() ?? '';
    const kind: SamePageJump | null = SKIP_TEXT.test(words) ? 'skip' : NOTE_MARKER.test(words) ? 'note' : null;
    if (kind === null) return null;
    resolve ??= createHrefResolver(baseUrlOf(doc, pageUrl));
    const to = resolve(trimUrl(href));
    return to !== null && to.hash.length > 1 && sameDocument(to, page) ? kind : null;
  };
}
