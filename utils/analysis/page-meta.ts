import type { PageInfo, PageStructure, RobotsDirectives } from './types';
import { clip, foldWhitespace } from './text';
import { attr, docElement, matches, query, queryAll, tagOf, textOf } from './dom-safe';
import { trimUrl } from './resolve-href';
import { isForumThread } from './placement/thread';

const MAX_META = 2000;

/** An attribute of an element that may not be there. */
function attrOf(el: Element | null, name: string): string | null {
  return el ? attr(el, name) : null;
}

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    for (const el of queryAll(doc, 'meta')) {
      const key = (attr(el, 'name') ?? attr(el, 'property') ?? attr(el, 'itemprop') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (key === name && content && content.trim()) return clip(foldWhitespace(content), MAX_META);
    }
  }
  return null;
}

/** meta robots and googlebot: a noindex or nofollow in either applies to Google. */
export function robotsOf(doc: Document): RobotsDirectives {
  const sources: string[] = [];
  let noindex = false;
  let nofollow = false;
  for (const el of queryAll(doc, 'meta[name]')) {
    const name = (attr(el, 'name') ?? '').trim().toLowerCase();
    if (name !== 'robots' && name !== 'googlebot') continue;
    const content = (attr(el, 'content') ?? '').toLowerCase();
    sources.push(`${name}: ${clip(foldWhitespace(content), 200)}`);
    const tokens = content.split(/[\s,]+/);
    if (tokens.includes('noindex') || tokens.includes('none')) noindex = true;
    if (tokens.includes('nofollow') || tokens.includes('none')) nofollow = true;
  }
  return { noindex, nofollow, sources };
}

/** JSON-LD objects on the page, flattened through @graph and arrays; broken blocks are skipped. */
function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || out.length > 200) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph, depth + 1);
    }
  };
  for (const script of queryAll(doc, 'script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(textOf(script) ?? ''), 0);
    } catch {
      // Invalid JSON-LD is common; it just gives no metadata.
    }
  }
  return out;
}

/** An organisation (a site, a company, a university) is a publisher, not the person who wrote the page. */
const ORGANISATION = /organi[sz]ation|corporation|company|government|ngo|institution|school|college|university|brand/i;

/** The name(s) of the people a JSON-LD author value holds; organisations and URLs left out. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return isName(v) ? v : null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') {
    const node = v as { name?: unknown; '@type'?: unknown };
    const types = (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ORGANISATION.test(t))) return null;
    if (typeof node.name === 'string' && isName(node.name)) return node.name;
  }
  return null;
}

/** A name, not a profile address or a social handle ("@site", which sites put in their tags). */
function isName(v: string): boolean {
  const t = v.trim();
  return t !== '' && !/^https?:\/\//i.test(t) && !t.startsWith('@');
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

/** An article's own node first, then the page's, then the rest (a site's or an author's). */
function rank(node: Record<string, unknown>): number {
  const type = String(node['@type'] ?? '');
  return ARTICLE_TYPES.test(type) ? 2 : /webpage/i.test(type) ? 1 : 0;
}

function fromJsonLd(nodes: Record<string, unknown>[], key: 'author' | 'datePublished', pageDates = true): string | null {
  // A WebPage's article is often its mainEntity, nested rather than listed in @graph. (Only
  // here: a listing's mainEntity of articles must not make the page's types an article's.)
  const nested = nodes.map((n) => n.mainEntity).filter((m): m is Record<string, unknown> => !!m && typeof m === 'object' && !Array.isArray(m));
  const ranked = [...nodes, ...nested].sort((a, b) => rank(b) - rank(a));
  for (const node of ranked) {
    // SEO plugins date every WebPage, a shop's or a service's too: that is when the page was
    // made, not a date its reader is shown, unless someone signs the page (`pageDates`).
    if (key === 'datePublished' && rank(node) === 1 && !pageDates) continue;
    const v = key === 'author' ? nameOf(node.author) : typeof node[key] === 'string' ? (node[key] as string) : null;
    if (v && v.trim()) return clip(foldWhitespace(v), 300);
  }
  return null;
}

/** Meta tags that name the author, most trusted first (Twitter's creator tag is left out: sites fill it with their own handle). */
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel~="author"]',
  '[itemprop="author"]',
  '.author-name',
  '[class*="author-name"]',
  '[class*="author__name"]',
  '.byline__name',
  '.byline a',
  '.author a',
  '.author',
  '.byline',
];

/** Matches of one byline selector read at most, in document order. */
const BYLINE_TRIES = 3;

/** Text a byline selector can meet that names no one: a date, a "Post" link, a lone "by". */
const NOT_A_NAME = /^(by|post(ed)?|posted by|written by|author|authors?:?)$|\d{4}|\d{1,2}:\d{2}/i;

function authorOf(doc: Document, ld: Record<string, unknown>[], thread: () => boolean): string | null {
  for (const name of AUTHOR_META) {
    // article:author is often the author's profile URL: then a later tag may name them.
    const meta = metaContent(doc, [name]);
    if (meta && isName(meta)) return meta;
  }
  const fromLd = fromJsonLd(ld, 'author');
  if (fromLd) return fromLd;
  // Most specific first: a byline paragraph also holds the date. One pass over the document
  // finds every candidate (a query per selector would walk a big page eight times).
  const candidates = queryAll(doc, BYLINE_SELECTORS.join(', '));
  for (const selector of BYLINE_SELECTORS) {
    // The first byline's own parts: its "Post" or date link may come before the name.
    let tried = 0;
    for (let k = 0; k < candidates.length && tried < BYLINE_TRIES; k++) {
      if (!matches(candidates[k]!, selector)) continue;
      tried++;
      const name = bylineName(candidates[k]!);
      if (name === null) continue;
      // Three people under one selector are a listing's cards, each with its own author,
      // unless the page is a thread: then the first post's author is the page's.
      return manyBylines(candidates, selector) && !thread() ? null : name;
    }
  }
  return null;
}

/** The name a byline element gives, or null when its text names no one. */
function bylineName(el: Element): string | null {
  // Microdata writes a name it does not show in a <meta itemprop="name" content="…">.
  const raw = tagOf(el) === 'meta' ? attr(el, 'content') : textOf(el);
  const text = foldWhitespace(raw ?? '').replace(/^by\s+/i, '');
  return text && text.length <= 120 && isName(text) && !NOT_A_NAME.test(text) ? text : null;
}

function manyBylines(candidates: Element[], selector: string): boolean {
  const names = new Set<string>();
  for (const el of candidates) {
    const name = matches(el, selector) ? bylineName(el) : null;
    if (name !== null) names.add(name.toLowerCase());
    if (names.size >= 3) return true;
  }
  return false;
}

function publishedOf(doc: Document, ld: Record<string, unknown>[], thread: () => boolean, byline: boolean): string | null {
  return (
    metaContent(doc, ['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date']) ??
    fromJsonLd(ld, 'datePublished', byline) ??
    (microdataDate(query(doc, '[itemprop="datePublished"]')) || pageTime(doc, thread) || shownDate(doc, thread))
  );
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date as pages show one: "Dec. 19, 2025", "19 December 2025", "2025-12-19". */
const SHOWN_DATE = new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`, 'i');
/** Other dates a page shows: of an update, a release, an offer's end. */
const NOT_PUBLISHED = /updat|modif|revis|review|release|expir|range|event/i;
/** Where pages write the date they show: bylines and elements named for a date. */
const DATE_PLACES = '[class*="date" i], [class*="publish" i], [class*="posted" i], .byline, .meta, .post-meta, .entry-meta';

/**
 * A date the page shows in its byline or a date element, as written, when no markup gives one;
 * none when such elements show many days (a listing's cards).
 */
function shownDate(doc: Document, thread: () => boolean): string | null {
  const found: string[] = [];
  for (const el of queryAll(doc, DATE_PLACES)) {
    const text = textOf(el) ?? '';
    if (text.length > 300 || NOT_PUBLISHED.test(attr(el, 'class') ?? '')) continue;
    const m = SHOWN_DATE.exec(text);
    if (m && !NOT_PUBLISHED.test(text.slice(0, m.index)) && !found.includes(m[0])) found.push(m[0]);
    if (found.length >= 3) break;
  }
  return found.length === 0 || (found.length >= 3 && !thread()) ? null : found[0]!;
}

/**
 * The first `<time datetime>`, unless the page shows many days: a listing's cards each carry
 * their own date, and the first is not the page's (a thread's first post's is).
 */
function pageTime(doc: Document, thread: () => boolean): string | null {
  const times = queryAll(doc, 'time[datetime]');
  const first = times.length ? attr(times[0]!, 'datetime') : null;
  if (!first) return null;
  const days = new Set(times.map((t) => (attr(t, 'datetime') ?? '').slice(0, 10)));
  return days.size >= 3 && !thread() ? null : first;
}

/** A microdata date: its `content` or `datetime`, else the text it shows. */
function microdataDate(el: Element | null): string | null {
  if (!el) return null;
  return attr(el, 'content') || attr(el, 'datetime') || clip(foldWhitespace(textOf(el) ?? ''), 100) || null;
}

export const MAX_SCHEMA_TYPES = 20;

/** JSON-LD `@type`s, microdata `itemtype` names (the last path segment) and `og:type` as `og:…`. */
function schemaTypesOf(doc: Document, ld: Record<string, unknown>[]): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    const name = clip(t.trim().replace(/^.*[/#]/, ''), 100);
    if (name && out.size < MAX_SCHEMA_TYPES) out.add(name);
  };
  for (const node of ld) {
    const t = node['@type'];
    if (typeof t === 'string') add(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') add(x);
  }
  for (const el of queryAll(doc, '[itemtype]').slice(0, 200)) {
    for (const t of (attr(el, 'itemtype') ?? '').split(/\s+/)) if (t) add(t);
  }
  const og = metaContent(doc, ['og:type']);
  if (og) add(`og:${og.toLowerCase()}`);
  return [...out];
}

/** The page writes its canonical: a longer one is clipped (marked …) rather than sinking the report. */
export const MAX_CANONICAL = 5000;

function canonicalOf(doc: Document, baseUrl: string): string | null {
  const href = attrOf(query(doc, 'link[rel~="canonical" i][href]'), 'href');
  if (!href) return null;
  try {
    return clip(new URL(trimUrl(href), baseUrl).href, MAX_CANONICAL);
  } catch {
    return clip(href, 2048);
  }
}

/** Page-level fields. `wordCount` and `mainText` come from the main content, found by placement. */
export function readPageInfo(
  doc: Document,
  opts: {
    url: string;
    baseUrl: string;
    wordCount: number;
    layout: boolean;
    headings: string[];
    structure: PageStructure;
    mainText: string;
    emails: string[];
  },
): PageInfo {
  const ld = jsonLdNodes(doc);
  // Asked only when a page shows many bylines or dates; read once.
  let isThread: boolean | undefined;
  const thread = () => (isThread ??= isForumThread(doc));
  const author = authorOf(doc, ld, thread);
  const titleEl = query(doc, 'title');
  const title = foldWhitespace((titleEl ? textOf(titleEl) : null) ?? '') || metaContent(doc, ['og:title']) || '';
  return {
    url: opts.url,
    title: clip(title, MAX_META),
    description: metaContent(doc, ['description', 'og:description']),
    canonical: canonicalOf(doc, opts.baseUrl),
    robots: robotsOf(doc),
    lang: attrOf(docElement(doc), 'lang')?.trim() || metaContent(doc, ['og:locale', 'content-language']) || null,
    wordCount: opts.wordCount,
    author,
    published: publishedOf(doc, ld, thread, author !== null),
    layout: opts.layout,
    headings: opts.headings,
    schemaTypes: schemaTypesOf(doc, ld),
    structure: opts.structure,
    mainText: opts.mainText,
    emails: opts.emails,
  };
}
