/**
 * Template links: the same short control on many links of one block to one site ("Add to cart"
 * ×40, "Read more", "hide", "5 of 5 stars", "3 minutes ago", "Mar 6"). A template stamps them on every
 * item; no editor wrote them. Only stock controls and counters qualify (below), since other
 * repeated texts are often content: a colour on each product, `Result` all over API docs, an
 * author on each book, `arXiv:2603.05498` on each paper. External links to many sites stay
 * content: "Visit website" on each entry of a resource page is exactly the link a link builder is
 * after; the same control to one other site every time is a service's ("past" → a search site).
 */
import { foldWhitespace, MONTH } from '../text';
import { bareHost, isHostOf } from '../../urls';
import { attr } from '../dom-safe';
import { runSteps } from '../steps';
import { linksUnder, type RootLinks } from './root-links';

/** Occurrences of one text that make it a template. */
export const TEMPLATE_MIN_REPEATS = 3;
/** Longer texts are titles, even when repeated. */
const TEMPLATE_MAX_WORDS = 4;

/** Stock controls of listings, shops and forums, in the languages most often met. */
const CONTROLS = new RegExp(
  '^(' +
    [
      'read more', 'more', 'continue reading', 'keep reading', 'learn more', 'see more', 'view more', 'show more', 'details',
      'view details', 'more details', 'more info', 'view', 'view all', 'see all', 'view options', 'select options', 'choose options',
      'add to cart', 'add to basket', 'add to bag', 'buy now', 'shop now', 'quick view', 'quick shop', 'compare', 'add to compare',
      'add to wishlist', 'add to wish list', 'wishlist', 'hide', 'reply', 'discuss', 'comment', 'comments', 'share', 'report',
      'flag', 'past', 'favorite', 'save', 'edit', 'permalink', 'link', 'print', 'email', 'download', 'apply', 'apply now',
      'view company profile', 'view profile', 'view job', 'read review', 'read reviews', 'write a review', 'on sale', 'sale',
      'new', 'sold out', 'out of stock', 'in stock', 'weiterlesen', 'mehr', 'mehr erfahren', 'in den warenkorb', 'lire la suite',
      'en savoir plus', 'voir plus', 'ajouter au panier', 'leer más', 'ver más', 'añadir al carrito', 'leggi tutto', 'scopri di più',
      'aggiungi al carrello', 'lees meer', 'ler mais', 'saiba mais', 'подробнее', 'читать далее', 'далее',
      'read full story', 'read full article', 'read the full story', 'read the full article', 'read full review',
      'read entire review', 'see all reviews', 'read all reviews', 'get details', 'more like this', 'view collection',
      'view discount', 'book now', 'get a quote', 'get quote', 'pre-order', 'preorder', 'select all',
      'improve this answer', 'improve this question', '\\+ ?more', 'back to( the)? [a-z]+', 'to top',
    ].join('|') +
    ')[.…:!»›>→ ]*$',
);
/** Counters, timestamps and days, numbers masked as #: "12 comments", "4 of 5 stars", "3 hours ago", "Mar 6" (DAY). */
const COUNTERS =
  /^(# (comments?|replies|reviews?|ratings?|votes?|likes?|points?|answers?|people voted|shares?|views?|reactions?)|\+ ?# more|# more|# of # stars?|(score|rating|votes?|points?): #|save #%?|-?#% off|# (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|DAY)$/;
/**
 * A day as cards write it ("Mar 6", "Sept. 3, 2025", "14 March 2026", an event's "Mar 14 26"), not
 * a month ("March 2024": a monthly report's link): masked as DAY, which lower-cased text never holds.
 */
const DAY = new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{2,4})?(?!\\w)`, 'g');

/** Longer texts are never a stock control, however they fold (no need to fold a megabyte). */
const TEMPLATE_MAX_CHARS = 500;

/** The text with days and digits masked, so "3 minutes ago" and "5 minutes ago", "Mar 6" and "Apr 12" are one template. */
export function templateKey(text: string): string {
  if (text.length > TEMPLATE_MAX_CHARS) return '';
  const t = foldWhitespace(text).toLowerCase().replace(DAY, 'DAY').replace(/\d+([.,]\d+)*/g, '#');
  if (!t || t.split(' ').length > TEMPLATE_MAX_WORDS) return '';
  return t;
}

/**
 * The other site a link goes to: '' for the page's own site (by host, cheap: the exact
 * public-suffix check runs in the background), its host without `www.` for another (www.x.com
 * and x.com are one site to a reader), null when unreadable.
 */
export function externalHost(href: string | null, pageHost: string): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(h) && !h.startsWith('//')) return ''; // relative
  try {
    const host = new URL(h, `https://${pageHost || 'invalid.invalid'}/`).hostname.toLowerCase();
    if (!host) return null; // mailto:, tel:, javascript:
    return host === pageHost || isHostOf(host, bareHost(pageHost)) ? '' : bareHost(host);
  } catch {
    return null;
  }
}


export interface TemplateDetector {
  /** The repeated text and its count when `link` is a template link, else null. */
  match(link: Element): { text: string; count: number } | null;
}

/** Count the template keys of the links inside `root`, by site, once; answer per link after. */
export function createTemplateDetector(root: Element | null, pageHost: string): TemplateDetector {
  return runSteps(templateLinkSteps(linksUnder(root), pageHost));
}

/** Links judged between two yields (a listing's main content can hold tens of thousands). */
const SLICE = 1000;

/** The same in slices, for the analysis in the page (see analysisSteps). */
export function* templateLinkSteps({ elements, texts }: RootLinks, pageHost: string): Generator<void, TemplateDetector> {
  // Counted by text and site: a control repeated to many other sites is each site's link.
  const counts = new Map<string, number>();
  const keyOf = new Map<Element, [text: string, group: string]>();
  // Whether a text is a stock control, by text: a page repeats a few texts many times.
  const stock = new Map<string, boolean>();
  const isStock = (key: string): boolean => {
    let yes = stock.get(key);
    if (yes === undefined) {
      yes = CONTROLS.test(key) || COUNTERS.test(key);
      stock.set(key, yes);
    }
    return yes;
  };
  for (let i = 0; i < elements.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const a = elements[i]!;
    // The text first: most links are no stock control, and their href is then never parsed.
    const key = templateKey(texts[i]!);
    if (!key || !isStock(key)) continue;
    const host = externalHost(attr(a, 'href'), pageHost);
    if (host === null) continue;
    const group = `${key}\n${host}`;
    keyOf.set(a, [key, group]);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return {
    match(link) {
      const [text, group] = keyOf.get(link) ?? [];
      const count = group ? (counts.get(group) ?? 0) : 0;
      // The reason names a masked day in words.
      return count < TEMPLATE_MIN_REPEATS ? null : { text: text === 'DAY' ? 'a day' : text!, count };
    },
  };
}
