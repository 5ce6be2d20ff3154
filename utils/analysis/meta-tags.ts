/** A page's <meta> tags and JSON-LD, read through dom-safe (the page's own values are untrusted text). */
import { clip, foldWhitespace } from './text';
import { attr, queryAll } from './dom-safe';
import { shortText } from './short-text';

export const MAX_META = 2000;

/**
 * The content of the first tag of the first name that has one: `name` or `property`, or
 * `<meta itemprop>` too. With `headOnly` only the document's own tags in <head> are read (items
 * inside the body, a listing's cards, write their own authors and dates in <meta> tags).
 */
export function metaContent(doc: Document, names: string[], headOnly = false): string | null {
  const metas = queryAll(doc, headOnly ? 'head meta' : 'meta');
  for (const name of names) {
    for (const el of metas) {
      const key = (attr(el, 'name') ?? attr(el, 'property') ?? attr(el, 'itemprop') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (key === name && content && content.trim()) return clip(foldWhitespace(content), MAX_META);
    }
  }
  return null;
}

export type JsonLdNode = Record<string, unknown>;

/** The longest JSON-LD block read. */
const MAX_JSON_LD = 1_000_000;

/** JSON-LD objects on the page, flattened through @graph and arrays; broken blocks are skipped. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || out.length > 200) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      out.push(v as JsonLdNode);
      const graph = (v as JsonLdNode)['@graph'];
      if (graph) visit(graph, depth + 1);
    }
  };
  for (const script of queryAll(doc, 'script[type="application/ld+json" i]')) {
    // A page's JSON-LD is kilobytes (a long recipe some tens); a megabyte is not parsed.
    const text = shortText(script, MAX_JSON_LD, 8);
    if (text === null) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Invalid JSON-LD is common; it just gives no metadata.
    }
  }
  return out;
}

/** A node's @type names (a string or a list of them). */
export function jsonTypes(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

/** 2 for an article's own node, 1 for the page's (WebPage), 0 for the rest (a site's, an author's). */
export function jsonLdRank(node: JsonLdNode): number {
  const type = jsonTypes(node).join(' ');
  return ARTICLE_TYPES.test(type) ? 2 : /webpage/i.test(type) ? 1 : 0;
}

/**
 * The page's nodes, an article's first, then the page's, then the rest. A WebPage's article is
 * often its mainEntity, nested rather than listed in @graph; it is taken in here (only here: a
 * listing's mainEntity of articles must not make the page's types an article's).
 */
export function rankedJsonLd(nodes: JsonLdNode[]): JsonLdNode[] {
  const nested = nodes.map((n) => n.mainEntity).filter((m): m is JsonLdNode => !!m && typeof m === 'object' && !Array.isArray(m));
  return [...nodes, ...nested].sort((a, b) => jsonLdRank(b) - jsonLdRank(a));
}
