import type { PageInfo, PageStructure, RobotsDirectives } from './types';
import { clip, foldWhitespace } from './text';
import { attr, docElement, query, queryAll, textOf } from './dom-safe';
import { readCanonical } from './canonical';
import { jsonLdNodes, jsonTypes, MAX_META, metaContent, type JsonLdNode } from './meta-tags';
import { authorOf } from './page-author';
import { publishedOf } from './page-date';

/** An attribute of an element that may not be there. */
function attrOf(el: Element | null, name: string): string | null {
  return el ? attr(el, name) : null;
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

export const MAX_SCHEMA_TYPES = 20;

/** JSON-LD `@type`s, microdata `itemtype` names (the last path segment) and `og:type` as `og:…`. */
function schemaTypesOf(doc: Document, ld: JsonLdNode[]): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    const name = clip(t.trim().replace(/^.*[/#]/, ''), 100);
    if (name && out.size < MAX_SCHEMA_TYPES) out.add(name);
  };
  for (const node of ld) for (const t of jsonTypes(node)) add(t);
  for (const el of queryAll(doc, '[itemtype]').slice(0, 200)) {
    for (const t of (attr(el, 'itemtype') ?? '').split(/\s+/)) if (t) add(t);
  }
  const og = metaContent(doc, ['og:type']);
  if (og) add(`og:${og.toLowerCase()}`);
  return [...out];
}

/** Page-level fields. `wordCount`, `mainText` and `thread` come from the placement model. */
export function readPageInfo(
  doc: Document,
  opts: {
    url: string;
    baseUrl: string;
    wordCount: number;
    /** The page declares itself a discussion thread: its first post's byline and date are the page's. */
    thread: boolean;
    /** The page's main content, when known: dates after it are other pieces'. */
    mainRoot?: Element | null;
    layout: boolean;
    headings: string[];
    structure: PageStructure;
    mainText: string;
    emails: string[];
  },
): PageInfo {
  const ld = jsonLdNodes(doc);
  const author = authorOf(doc, ld, opts.thread, opts.mainRoot ?? null);
  const titleEl = query(doc, 'title');
  const title = foldWhitespace((titleEl ? textOf(titleEl) : null) ?? '') || metaContent(doc, ['og:title']) || '';
  return {
    url: opts.url,
    title: clip(title, MAX_META),
    description: metaContent(doc, ['description', 'og:description']),
    ...readCanonical(doc, opts.baseUrl),
    robots: robotsOf(doc),
    lang: attrOf(docElement(doc), 'lang')?.trim() || metaContent(doc, ['og:locale', 'content-language']) || null,
    wordCount: opts.wordCount,
    author,
    published: publishedOf(doc, ld, opts.thread, author !== null, opts.mainRoot ?? null),
    layout: opts.layout,
    headings: opts.headings,
    schemaTypes: schemaTypesOf(doc, ld),
    structure: opts.structure,
    mainText: opts.mainText,
    emails: opts.emails,
  };
}
