/**
 * The page's author: a person's name, never a URL, a social handle or an organisation. From the
 * meta tags, else JSON-LD, else a byline element; none on a listing whose cards name their own
 * authors (a thread's is its first post's).
 */
import { clip, foldWhitespace } from './text';
import { attr, closest, matches, queryList, tagOf } from './dom-safe';
import { SHOWN_DATES } from './page-date';
import { LABEL, ROLE_BEFORE, ROLE_FIRST } from './byline-words';
import { shortText, textBefore } from './short-text';
import { jsonTypes, metaContent, rankedJsonLd, type JsonLdNode } from './meta-tags';
import { othersParts, type OthersParts } from './others-parts';

/** Meta tags that name the author, most trusted first (Twitter's creator tag is left out: sites fill it with their own handle). */
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];

/** Most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel~="author"]',
  '[itemprop="author"]',
  '.author-name',
  '.byline__name',
  '.byline a',
  '.author a',
  '[class*="author-name"]',
  '[class*="author__name"]',
  '.author',
  '.byline',
];

/** Bylines read at most, in document order: the page's own is near its top (a page of 10,000 comments has as many). */
const MAX_CANDIDATES = 100;
/** Matches of one byline selector tried at most: the first byline's own parts ("Post", a date link) may come before the name. */
const BYLINE_TRIES = 3;
/** The block a byline stands in. */
const BLOCK = 'p, div, li, dd, td, header, footer, article, section';
/** Names under one selector, in as many places, that make a listing of other people's pieces. */
const LISTING_NAMES = 3;

/** Where a byline's name ends: a separator (a hyphen or slash between spaces), or a comment count after it. */
const SEPARATOR = /\s*[|·•—–]\s*|\s+[-/]\s+|\s+(?=\d+\s+(?:comments?|replies|responses)\b)/i;
/** Text that names no one: a "Post" link, a lone label, a weekday, a count ("3 Comments", "5 min read"), a time. */
const NOT_A_NAME = /^(?:by|post(?:ed)?|author|authors|profile|avatar|view profile|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$|^\d[\d\s,.]*(?:$|\s(?:comments?|replies|min|minutes?|views?)\b)|\d{1,2}:\d{2}/i;

/** `main`: the page's main content, when known (a review holding it is the page's own). */
export function authorOf(doc: Document, ld: JsonLdNode[], thread: boolean, main: Element | null = null): string | null {
  for (const name of AUTHOR_META) {
    // article:author is often the author's profile URL: then a later tag may name them.
    const meta = metaContent(doc, [name], true);
    if (meta && isName(meta)) return meta;
  }
  for (const node of rankedJsonLd(ld)) {
    const name = nameOf(node.author);
    if (name) return clip(foldWhitespace(name), 300);
  }
  // One pass over the document finds every candidate (a query per selector would walk a big
  // page eleven times).
  const found = queryList(doc, BYLINE_SELECTORS.join(', '));
  // Only the first ones are touched: an extension pays for each element it reads.
  const candidates: Element[] = [];
  for (let k = 0; k < found.length && k < MAX_CANDIDATES; k++) candidates.push(found[k]!);
  const parts = othersParts(main);
  for (const selector of BYLINE_SELECTORS) {
    let tried = 0;
    for (let k = 0; k < candidates.length && tried < BYLINE_TRIES; k++) {
      const el = candidates[k]!;
      if (!matches(el, selector) || parts.inComments(el)) continue;
      tried++;
      const name = bylineName(el);
      if (name !== null) return !thread && isListing(candidates, selector, parts) ? null : name;
    }
  }
  return null;
}

/** A name, not a profile address or a social handle ("@site", which sites put in their tags). */
export function isName(v: string): boolean {
  const t = v.trim();
  return t !== '' && !t.startsWith('@') && !/^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\//i.test(t);
}

/** The people a JSON-LD author value names: a node typed as anything but a Person (an organisation, a business) is a publisher. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return isName(v) ? v : null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') {
    const node = v as JsonLdNode;
    const types = jsonTypes(node);
    if (types.length > 0 && !types.some((t) => /person/i.test(t))) return null;
    if (typeof node.name === 'string' && isName(node.name)) return node.name;
  }
  return null;
}

/** The name a byline element gives, its labels, date and reading time cut off; null when it names no one. */
function bylineName(el: Element): string | null {
  // Microdata writes a name it does not show in a <meta itemprop="name" content="…">.
  const own = (tagOf(el) === 'meta' ? attr(el, 'content') : shortText(el, 300)) ?? '';
  const raw = foldWhitespace(own);
  // "Medically reviewed by <a>…</a>": the role may stand before the element, in its parent
  // (found there by the text as written, before its whitespace is folded).
  if (!raw || ROLE_FIRST.test(raw) || ROLE_BEFORE.test(textBefore(el, own))) return null;
  // Dates anywhere in a byline are cut out: the name is what stands beside them.
  for (const part of raw.replace(SHOWN_DATES, ' | ').split(SEPARATOR)) {
    const text = part.replace(LABEL, '').replace(/\s+(?:on|at)$/i, '').replace(/[\s,;:]+$/, '');
    if (text && text.length <= 120 && isName(text) && !NOT_A_NAME.test(text)) return text;
  }
  return null;
}

/**
 * Three people named under one selector, each in a place of their own (co-authors share one
 * byline), outside comments, sidebars and related posts: a listing's cards.
 */
function isListing(candidates: Element[], selector: string, parts: OthersParts): boolean {
  const names = new Set<string>();
  const places = new Set<Element | null>();
  for (const el of candidates) {
    if (!matches(el, selector) || parts.inOthersPart(el)) continue;
    const name = bylineName(el);
    if (name === null) continue;
    names.add(name.toLowerCase());
    // Co-authors share one byline, each name in a wrapper of its own: the block they stand in.
    places.add(closest(el, BLOCK));
    if (names.size >= LISTING_NAMES && places.size >= LISTING_NAMES) return true;
  }
  return false;
}
