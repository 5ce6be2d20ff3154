/**
 * Duplicate picture links: a link with no text of its own (a teaser's picture, a logo, an empty
 * overlay over a card) right beside a text link to the same address. The text link is the one a
 * reader reads and whose anchor says what the target is; the picture repeats it, so it is not a
 * second link in the text. Only near neighbours in document order qualify (two links either
 * side: one card), and only the same `href` as written.
 */
import { attr, query } from '../dom-safe';
import { foldWhitespace } from '../text';
import type { RootLinks } from './root-links';

/** How far either side, in links, a partner may sit. */
const NEIGHBOURS = 2;
/** The partner's text as shown in the reason. */
const PARTNER_CHARS = 60;

export interface Duplicate {
  /** The text of the link it repeats (clipped). */
  partner: string;
  /** Whether it shows a picture (else it is an empty link, such as an overlay over a card). */
  picture: boolean;
}

export interface DuplicateDetector {
  /** What `link` repeats, or null when it is not a textless twin of a text link. */
  match(link: Element): Duplicate | null;
}

/** Links judged between two yields (a page of pictures reads each one's neighbours). */
const SLICE = 500;

/**
 * `isControl` tells the links that are not content themselves (a stock "Read more", a button):
 * a picture beside one of those is not repeating a content link, so it is not a duplicate.
 */
export function* duplicateLinkSteps({ elements, texts, hasText }: RootLinks, isControl: (link: Element) => boolean): Generator<void, DuplicateDetector> {
  const twins = new Map<Element, Duplicate>();
  const hrefs: Array<string | null | undefined> = [];
  const hrefAt = (i: number): string | null => {
    let h = hrefs[i];
    if (h === undefined) h = hrefs[i] = attr(elements[i]!, 'href')?.trim() || null;
    return h;
  };
  const partnerOf = (i: number, href: string): number | undefined => {
    for (let d = 1; d <= NEIGHBOURS; d++) {
      for (const k of [i - d, i + d]) {
        if (k >= 0 && k < elements.length && hasText[k] && hrefAt(k) === href && !isControl(elements[k]!)) return k;
      }
    }
    return undefined;
  };
  for (let i = 0; i < elements.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    if (hasText[i]) continue;
    const href = hrefAt(i);
    if (!href || href.startsWith('#')) continue;
    const j = partnerOf(i, href);
    if (j === undefined) continue;
    const partner = foldWhitespace(texts[j]!.slice(0, 4 * PARTNER_CHARS)).slice(0, PARTNER_CHARS);
    twins.set(elements[i]!, { partner, picture: query(elements[i]!, 'img, svg, picture') !== null });
  }
  return detectorOf(twins);
}

/** Built apart so that the detector holds only its answers, not the page's links and texts. */
function detectorOf(twins: Map<Element, Duplicate>): DuplicateDetector {
  return { match: (link) => twins.get(link) ?? null };
}
