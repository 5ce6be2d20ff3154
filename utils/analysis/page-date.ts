/**
 * When the page was published, as the page writes it: from the meta tags, else JSON-LD, else
 * microdata, RDFa, a `<time datetime>` or a date its byline shows. Those read from the body
 * give nothing on a listing whose cards show their own days (a thread's is its first post's).
 */
import { clip, foldWhitespace, MONTH } from './text';
import { attr, contains, parentEl, precedes, queryList } from './dom-safe';
import { shortText, textBefore } from './short-text';
import { jsonLdRank, metaContent, rankedJsonLd, type JsonLdNode } from './meta-tags';
import { othersParts, type OthersParts } from './others-parts';

const DATE_META = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'];

/** Elements of one kind read at most, in document order: the page's own date is near its top. */
const MAX_CANDIDATES = 100;
/** Different days, outside comments and sidebars, that make a listing of dated cards. */
const LISTING_DAYS = 3;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A date as pages show one: "Dec. 19, 2025", "19 December 2025", "2025-12-19". */
export const SHOWN_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'i',
);
/** Every date in a text, in order (global: for matchAll and replace). */
export const SHOWN_DATES = new RegExp(SHOWN_DATE.source, 'gi');
/** Where pages write the date they show: bylines and elements named for a date. */
const DATE_PLACES = '[class*="date" i], [class*="publish" i], [class*="posted" i], .byline, .meta, .post-meta, .entry-meta';
/** Classes of the other dates a page shows: of an update, a release (not a press release's), an offer's end, a citation's access (MediaWiki's `reference-accessdate`). */
const OTHER_DATE_CLASS = /(?:^|[\s_-])(?:last)?(?:updated?|modified|revised|expir\w*|access(?:ed)?[_-]?date)|(?<!press[\s_-])release/i;
/** Words that say the date after them is another one than the publication ("Retrieved 3 February 2025" in a reference). */
const OTHER_DATE_LABEL = /\b(?:(?:last\s+)?updated|modified|revised|reviewed|(?<!press\s)released?|expire[sd]?|retrieved|accessed)\b(?:\s+(?:on|at))?[^\p{L}\p{N}]*$/iu;

/** A value the page gives for its date, and the day it names (for telling a listing's days apart). */
interface Dated {
  value: string;
  day: string | null;
}

/**
 * `main`: the page's main content, when known. Dates after it are of other pieces ("More posts"
 * cards under a post): they do not make the page a listing.
 */
export function publishedOf(doc: Document, ld: JsonLdNode[], thread: boolean, signed: boolean, main: Element | null = null): string | null {
  const meta = metaContent(doc, DATE_META, true);
  if (meta) return meta;
  for (const node of rankedJsonLd(ld)) {
    // SEO plugins date every WebPage, a shop's or a service's too: that is when the page was
    // made, not a date its reader is shown, unless someone signs the page.
    if (jsonLdRank(node) === 1 && !signed) continue;
    const v = node.datePublished;
    if (typeof v === 'string' && v.trim()) return clip(foldWhitespace(v), 300);
  }
  // A kind that shows a listing's days ends the search: the next kind would show the same cards'.
  const parts = othersParts(main);
  for (const [selector, read] of DATED_KINDS) {
    const found = pageDate(doc, selector, read, thread, main, parts);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The date the first element of a kind gives (not a comment's), or undefined when none gives
 * one; null when the elements of that kind show three or more days outside comments and
 * sidebars: a listing's cards each carry their own, and the first is not the page's (a thread's
 * first post's is). Dates after the main content are read apart: other pieces' cards there
 * ("More posts") make no listing of the page, and are its date only when none comes before.
 */
function pageDate(doc: Document, selector: string, read: (el: Element) => Dated | null, thread: boolean, main: Element | null, parts: OthersParts): string | null | undefined {
  const page = { first: null as string | null, days: new Set<string>() };
  const below = { first: null as string | null, days: new Set<string>() };
  const found = queryList(doc, selector);
  // Only the first ones are touched: an extension pays for each element it reads.
  for (let k = 0; k < found.length && k < MAX_CANDIDATES; k++) {
    const el = found[k]!;
    const dated = read(el);
    if (!dated) continue;
    // A thread's posts follow the block chosen as its main content: they are the page's.
    const part = !thread && after(main, el) ? below : page;
    if (part.first === null && !parts.inComments(el)) part.first = dated.value;
    if (dated.day && !parts.inOthersPart(el)) part.days.add(dated.day);
    if (page.first !== null && page.days.size >= LISTING_DAYS) break;
  }
  for (const part of [page, below]) {
    if (part.days.size >= LISTING_DAYS && !thread) return null;
    if (part.first !== null) return part.first;
  }
  return undefined;
}

/** Element el comes after block `main` in the page, outside it. */
function after(main: Element | null, el: Element): boolean {
  return main !== null && precedes(main, el) && !contains(main, el);
}

/**
 * A date attribute: ISO as it should be, or a date in words as some sites write it there; not a
 * duration (`<time datetime="PT5M">` for a reading time) or a bare time.
 */
function isoDate(value: string | null): Dated | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}\b/.test(v)) return { value: clip(v, 300), day: /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null };
  const m = SHOWN_DATE.exec(v);
  return m ? { value: clip(v, 300), day: dayOf(m) } : null;
}

/** A microdata date: its `content` or `datetime`, else the text it shows. */
function microdataDate(el: Element): Dated | null {
  const given = attr(el, 'content') || attr(el, 'datetime');
  if (given) return isoDate(given);
  const text = foldWhitespace(shortText(el, 300) ?? '');
  const m = text ? SHOWN_DATE.exec(text) : null;
  return text ? { value: text, day: m ? dayOf(m) : null } : null;
}

/**
 * A `<time datetime>`: not one labelled as another date ("Last updated: <time>", VitePress,
 * Drupal). Its class is no sign: WordPress themes write `class="updated"` on the publication's
 * own `<time>` (hAtom), the modification's coming after it.
 */
function timeDate(el: Element): Dated | null {
  if (OTHER_DATE_LABEL.test(textBefore(el, shortText(el, 300) ?? ''))) return null;
  return isoDate(attr(el, 'datetime'));
}

/** A date shown in a byline or a date element, as written; not one labelled as an update, a release or an end. */
function shownDate(el: Element): Dated | null {
  const parent = parentEl(el);
  if (OTHER_DATE_CLASS.test(attr(el, 'class') ?? '') || (parent && OTHER_DATE_CLASS.test(attr(parent, 'class') ?? ''))) return null;
  const text = shortText(el, 300);
  if (text === null) return null;
  // "Updated May 2 · Published March 3": the first date not labelled as another one.
  for (const m of text.matchAll(SHOWN_DATES)) {
    if (OTHER_DATE_LABEL.test(text.slice(0, m.index))) continue;
    // "Updated <span class="date">…</span>": the label stands before the element, in its parent.
    if (!text.slice(0, m.index).trim() && OTHER_DATE_LABEL.test(textBefore(el, text))) return null;
    return { value: m[0], day: dayOf(m) };
  }
  return null;
}

/** The day a SHOWN_DATE match names, as YYYY-MM-DD. */
function dayOf(m: RegExpMatchArray): string {
  const pad = (s: string | number) => String(s).padStart(2, '0');
  const month = (name: string) => pad(MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1);
  if (m[1]) return `${m[3]}-${month(m[1])}-${pad(m[2]!)}`;
  if (m[5]) return `${m[6]}-${month(m[5])}-${pad(m[4]!)}`;
  return `${m[7]}-${m[8]}-${m[9]}`;
}

const RDFA_DATES = ['schema:datePublished', 'schema:dateCreated', 'dc:date', 'dc:created', 'dcterms:created', 'dcterms:issued']
  .map((p) => `[property~="${p}" i]`)
  .join(', ');

/** Where a page's date may stand when no tag gives it, in the order they are asked. */
const DATED_KINDS: Array<[string, (el: Element) => Dated | null]> = [
  ['[itemprop="datePublished"]', microdataDate],
  // RDFa, as Drupal writes a node's date (`<span property="schema:dateCreated" content="…">`).
  [RDFA_DATES, microdataDate],
  ['time[datetime]', timeDate],
  [DATE_PLACES, shownDate],
];
