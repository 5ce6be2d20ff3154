import type { PageInfo, PageStructure, RobotsDirectives } from './types';
import { clip, foldWhitespace } from './text';
import { attr, docElement, matches, query, queryAll, textOf } from './dom-safe';
import { trimUrl } from './resolve-href';

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

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

/** An article's own node first, then the page's, then the rest (a site's or an author's). */
function rank(node: Record<string, unknown>): number {
  const type = String(node['@type'] ?? '');
  return ARTICLE_TYPES.test(type) ? 2 : /webpage/i.test(type) ? 1 : 0;
}

function fromJsonLd(nodes: Record<string, unknown>[], key: 'author' | 'datePublished'): string | null {
  // A WebPage's article is often its mainEntity, nested rather than listed in @graph. (Only
  // here: a listing's mainEntity of articles must not make the page's types an article's.)
  const nested = nodes.map((n) => n.mainEntity).filter((m): m is Record<string, unknown> => !!m && typeof m === 'object' && !Array.isArray(m));
  const ranked = [...nodes, ...nested].sort((a, b) => rank(b) - rank(a));
  for (const node of ranked) {
    const v = key === 'author' ? nameOf(node.author) : typeof node[key] === 'string' ? (node[key] as string) : null;
    if (v && v.trim()) return clip(foldWhitespace(v), 300);
  }
  return null;
}

const BYLINE_SELECTORS = ['[itemprop="author"] [itemprop="name"]', '[rel~="author"]', '[itemprop="author"]', '.author-name', '.byline__name', '.byline a', '.author a', '.byline'];

function authorOf(doc: Document, ld: Record<string, unknown>[]): string | null {
  const meta = metaContent(doc, ['author', 'article:author', 'twitter:creator', 'parsely-author', 'sailthru.author', 'dc.creator']);
  if (meta && !/^https?:\/\//i.test(meta)) return meta;
  const fromLd = fromJsonLd(ld, 'author');
  if (fromLd) return fromLd;
  // Most specific first: a byline paragraph also holds the date. One pass over the document
  // finds every candidate (a query per selector would walk a big page eight times).
  const candidates = queryAll(doc, BYLINE_SELECTORS.join(', '));
  for (const selector of BYLINE_SELECTORS) {
    const el = candidates.find((c) => matches(c, selector));
    const text = el ? foldWhitespace(textOf(el) ?? '').replace(/^by\s+/i, '') : '';
    if (text && text.length <= 120) return text;
  }
  return meta;
}

function publishedOf(doc: Document, ld: Record<string, unknown>[]): string | null {
  return (
    metaContent(doc, ['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date']) ??
    fromJsonLd(ld, 'datePublished') ??
    (microdataDate(query(doc, '[itemprop="datePublished"]')) || attrOf(query(doc, 'time[datetime]'), 'datetime') || null)
  );
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
    author: authorOf(doc, ld),
    published: publishedOf(doc, ld),
    layout: opts.layout,
    headings: opts.headings,
    schemaTypes: schemaTypesOf(doc, ld),
    structure: opts.structure,
    mainText: opts.mainText,
    emails: opts.emails,
  };
}
