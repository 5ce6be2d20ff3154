import type { ExtractedLink, LinkElementKind, SchemeKind } from './types';
import { clip, foldWhitespace } from './text';
import { createHrefResolver, isWebScheme, parseUrl, trimUrl, type ResolvedUrl } from './resolve-href';
import { attr, attrNS, childElementCount, docUrl, namespaceOf, precedes, query, queryAll, queryList, readableShadowRoot, rootNode, tagOf, textOf, type ShadowRootReader } from './dom-safe';
import { linkText } from './link-text';
import { shadowRootSteps, type ShadowRoots } from './shadow-roots';
import { runSteps } from './steps';
import { ownParams } from '../urls';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Longest anchor text kept; pages have shipped megabyte-long anchors. */
export const MAX_TEXT = 1000;
/** Of a longer anchor text, the head that is read and folded (its folded length is unknown before). */
const HEAD_CHARS = 8 * MAX_TEXT;
/** Longest URL kept in a report. */
export const MAX_URL = 4096;
/** Longest host name kept (a valid one has at most 253 characters; a URL parser takes more). */
export const MAX_HOST = 300;
/** Longest `target` kept. */
export const MAX_TARGET = 300;
/** An icon link's aria-label or title: enough to tell it apart. */
export const MAX_LABEL = 200;

function clipOrNull(s: string | null, max: number): string | null {
  return s === null ? null : clip(s, max);
}

/** The parts of a link that come from its own markup (placement and visibility come later). */
export type LinkMarkup = Pick<ExtractedLink, 'element' | 'rawHref' | 'href' | 'scheme' | 'host' | 'text' | 'imageAlt' | 'label' | 'rel' | 'target'>;

/**
 * The URL relative links resolve against: the first `<base href>`, itself resolved against
 * the page URL, as browsers do. `pageUrl` lets a DOMParser document stand in for its page.
 * A base on another site moves where relative links go (a click goes there), but not the page:
 * internal/external is judged against the page's own URL, never the base's.
 */
export function baseUrlOf(doc: Document, pageUrl: string = docUrl(doc)): string {
  const base = query(doc, 'base[href]');
  const href = base ? attr(base, 'href') : null;
  // An invalid base is ignored by browsers too.
  return (href != null ? parseUrl(trimUrl(href), pageUrl)?.href : undefined) ?? pageUrl;
}

function hrefAttribute(el: Element): string | null {
  return attr(el, 'href') ?? attrNS(el, XLINK_NS, 'href') ?? attr(el, 'xlink:href');
}

function kindOf(el: Element): LinkElementKind | null {
  const name = tagOf(el);
  if (name === 'area') return 'area';
  if (name === 'a') return namespaceOf(el) === SVG_NS ? 'svg-a' : 'a';
  return null;
}

/**
 * Every link element in document order: `a[href]`, `area[href]` and SVG links, including
 * those inside shadow roots (placed at their host's position). `shadowOf` says which roots can
 * be read: open ones everywhere, closed ones too where the extension API allows (see dom-safe.ts).
 */
export function collectLinkElements(doc: Document | ShadowRoot, shadowOf: ShadowRootReader = readableShadowRoot): Element[] {
  return runSteps(linkElementSteps(doc, runSteps(shadowRootSteps(doc, shadowOf)))).map((l) => l.element);
}

/** A link element as collection found it, with what it read of it (the reader need not read it again). */
export interface FoundLink {
  element: Element;
  kind: LinkElementKind;
  rawHref: string;
}

/** Elements read between two yields. */
const SLICE = 500;

/** The same in slices, given the readable shadow roots (shadow-roots.ts). */
export function* linkElementSteps(scope: Document | ShadowRoot, roots: ShadowRoots): Generator<void, FoundLink[]> {
  // Each root under the tree (document or shadow root) its host sits in.
  const hostsIn = new Map<Node, Host[]>();
  for (const [host, root] of roots) {
    const tree = rootNode(host);
    const list = hostsIn.get(tree);
    if (list) list.push({ host, root });
    else hostsIn.set(tree, [{ host, root }]);
  }
  return yield* linksIn(scope, hostsIn, { read: 0 });
}

type Host = { host: Element; root: ShadowRoot };

function* linksIn(scope: Document | ShadowRoot, hostsIn: Map<Node, Host[]>, count: { read: number }): Generator<void, FoundLink[]> {
  // Each tree counts too: thousands of components without a link still yield.
  if (++count.read % SLICE === 0) yield;
  const own: FoundLink[] = [];
  const candidates = queryList(scope, 'a, area');
  for (let i = 0; i < candidates.length; i++) {
    if (++count.read % SLICE === 0) yield;
    const element = candidates[i]!;
    const kind = kindOf(element);
    const rawHref = kind === null ? null : hrefAttribute(element);
    if (kind !== null && rawHref !== null) own.push({ element, kind, rawHref });
  }
  const hosts = hostsIn.get(scope);
  if (!hosts) return own;
  // A shadow tree's links stand at their host's place: the hosts in order (few), then one merge.
  const ordered = hosts.slice().sort((a, b) => (a.host === b.host ? 0 : precedes(a.host, b.host) ? -1 : 1));
  const out: FoundLink[] = [];
  let k = 0;
  for (const { host, root } of ordered) {
    const inner = yield* linksIn(root, hostsIn, count);
    for (; k < own.length && precedes(own[k]!.element, host); k++) {
      if (++count.read % SLICE === 0) yield;
      out.push(own[k]!);
    }
    for (const el of inner) out.push(el);
  }
  for (; k < own.length; k++) out.push(own[k]!);
  return out;
}

/** `thisDocument`: whether a URL opens the page's own document (`sameDocumentAs` the page). */
function schemeOf(raw: string, resolved: ResolvedUrl | null, thisDocument: (url: ResolvedUrl) => boolean): SchemeKind {
  const trimmed = trimUrl(raw);
  // "#top" jumps within the page, unless a <base href> elsewhere sends it to another page
  // (`<base href="/">`, as single-page apps write it, sends "#comments" to the home page).
  if (trimmed.startsWith('#')) return resolved && isWebScheme(resolved) && !thisDocument(resolved) ? 'http' : 'fragment';
  if (!resolved) return /^javascript:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, '')) ? 'javascript' : 'other';
  switch (resolved.protocol) {
    case 'http:':
    case 'https:': {
      // A link to this very page with only a different #hash is an in-page jump.
      if (!resolved.hash) return 'http';
      return thisDocument(resolved) ? 'fragment' : 'http';
    }
    case 'mailto:':
      return 'mailto';
    case 'tel:':
      return 'tel';
    case 'javascript:':
      return 'javascript';
    default:
      return 'other';
  }
}

/** This page's address, and links resolved as the link reader does (`<base href>` may send a bare `#x` to another page). */
export interface PageAddress {
  page: ResolvedUrl | null;
  resolve(href: string): ResolvedUrl | null;
}

/** The page parsed once; the resolver built on the first link asked about. */
export function createPageAddress(doc: Document, pageUrl: string): PageAddress {
  let resolver: ((raw: string) => ResolvedUrl | null) | null = null;
  return {
    page: parseUrl(pageUrl),
    resolve: (href) => (resolver ??= createHrefResolver(baseUrlOf(doc, pageUrl)))(trimUrl(href)),
  };
}

/**
 * Whether a URL opens the same document as `page`: a #fragment apart at most, or tracking
 * parameters (a page opened from Google's results carries `?srsltid=…`; its table of contents
 * links to `page#part`). Built once per page: its own query is read once for all its links.
 */
export function sameDocumentAs(page: ResolvedUrl | null): (url: ResolvedUrl) => boolean {
  let pageOwn: string | undefined;
  return (url) => {
    if (page === null || url.origin !== page.origin || url.pathname !== page.pathname) return false;
    return url.search === page.search || ownParams(url.search).join('&') === (pageOwn ??= ownParams(page.search).join('&'));
  };
}

/** A report carries at most this many rel tokens of at most this length (report-schema.ts). */
export const MAX_REL_TOKENS = 30;
export const MAX_REL_TOKEN = 100;
/** The tokens that decide how a link counts: kept whatever else a page writes into rel. */
const RANKING_RELS = new Set(['nofollow', 'sponsored', 'ugc', 'noopener', 'noreferrer']);

/**
 * rel tokens, lower-cased, deduplicated, in order (`REL="NoFollow"` counts). Bounded: tokens
 * over 100 characters are dropped, and past 30 tokens only the ones that decide counting stay.
 */
export function relTokens(value: string | null): string[] {
  if (!value) return [];
  const tokens = [...new Set(value.toLowerCase().split(/[\s,]+/))].filter((t) => t && t.length <= MAX_REL_TOKEN);
  if (tokens.length <= MAX_REL_TOKENS) return tokens;
  const ranking = tokens.filter((t) => RANKING_RELS.has(t));
  let others = MAX_REL_TOKENS - ranking.length;
  return tokens.filter((t) => RANKING_RELS.has(t) || others-- > 0);
}

function imageAltOf(el: Element, kind: LinkElementKind): string | null {
  if (kind === 'area') return attr(el, 'alt');
  // Most links hold only text: no child element, no image to ask (saves a query per link).
  if (childElementCount(el) === 0) return null;
  const imgs = queryAll(el, 'img, [role="img"], svg');
  if (imgs.length === 0) return null;
  const alts: string[] = [];
  for (const img of imgs) {
    const alt = attr(img, 'alt') ?? attr(img, 'aria-label') ?? svgTitle(img);
    if (alt && alt.trim()) alts.push(foldWhitespace(alt));
  }
  return clip(alts.join(' '), MAX_TEXT);
}

/** What names a link with no words of its own (an icon): its aria-label, else its title. */
function labelOf(el: Element): string | null {
  const label = foldWhitespace(attr(el, 'aria-label') ?? '') || foldWhitespace(attr(el, 'title') ?? '');
  return label ? clip(label, MAX_LABEL) : null;
}

function svgTitle(img: Element): string | null {
  const title = query(img, 'title');
  return title ? textOf(title) : null;
}

type Target = Pick<LinkMarkup, 'href' | 'scheme' | 'host'>;

/**
 * A reader of links' own markup for one page. `baseUrl` comes from `baseUrlOf`, `pageUrl` is the
 * document's URL. Where a link goes depends only on its raw href, so a page's repeated hrefs
 * (menus, footers, "read more" on every item) are parsed once. `found`: the link as collection
 * found it, when it has read its kind and href already.
 */
export function createLinkReader(baseUrl: string, pageUrl: string): (el: Element, found?: FoundLink) => LinkMarkup {
  const targets = new Map<string, Target>();
  const resolve = createHrefResolver(baseUrl);
  const thisDocument = sameDocumentAs(parseUrl(pageUrl));
  const targetOf = (raw: string): Target => {
    let t = targets.get(raw);
    if (!t) {
      const resolved = resolve(trimUrl(raw));
      const scheme = schemeOf(raw, resolved, thisDocument);
      t = {
        href: resolved ? clip(resolved.href, MAX_URL) : null,
        scheme,
        host: resolved && (scheme === 'http' || scheme === 'fragment') ? clip(resolved.hostname.toLowerCase(), MAX_HOST) : '',
      };
      targets.set(raw, t);
    }
    return t;
  };
  return (el, found) => {
    const element = found?.kind ?? kindOf(el) ?? 'a';
    const rawHref = found?.rawHref ?? hrefAttribute(el) ?? '';
    // SVG links hold no HTML blocks, and their own <title> names them: their plain text.
    const text = element === 'area' ? '' : anchorText(element === 'svg-a' ? (textOf(el) ?? '') : linkText(el, HEAD_CHARS));
    const imageAlt = imageAltOf(el, element);
    return {
      element,
      rawHref: clip(rawHref, MAX_URL),
      ...targetOf(rawHref),
      text,
      imageAlt,
      label: text || imageAlt ? null : labelOf(el),
      rel: relTokens(attr(el, 'rel')),
      target: clipOrNull(attr(el, 'target'), MAX_TARGET),
    };
  };
}

/**
 * The anchor text as kept: whitespace folded, clipped. Only a head of a long text is folded
 * (pages have shipped megabyte anchors; folding all of one is a long task for 1,000 characters).
 */
function anchorText(raw: string): string {
  if (raw.length <= HEAD_CHARS) return clip(foldWhitespace(raw), MAX_TEXT);
  // Cut: the text goes on past the head, whatever the head folds to.
  return `${foldWhitespace(raw.slice(0, HEAD_CHARS)).slice(0, MAX_TEXT - 1)}…`;
}
