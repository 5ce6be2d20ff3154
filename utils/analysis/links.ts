import type { ExtractedLink, LinkElementKind, SchemeKind } from './types';
import { clip, foldWhitespace } from './text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Longest anchor text kept; pages have shipped megabyte-long anchors. */
export const MAX_TEXT = 1000;
/** Longest URL kept in a report. */
export const MAX_URL = 4096;

/** The parts of a link that come from its own markup (placement and visibility come later). */
export type LinkMarkup = Pick<ExtractedLink, 'element' | 'rawHref' | 'href' | 'scheme' | 'host' | 'text' | 'imageAlt' | 'rel' | 'target'>;

/**
 * The URL relative links resolve against: the first `<base href>`, itself resolved against
 * the page URL, as browsers do. `pageUrl` lets a DOMParser document stand in for its page.
 */
export function baseUrlOf(doc: Document, pageUrl: string = doc.URL): string {
  const base = doc.querySelector('base[href]');
  const href = base?.getAttribute('href');
  if (href != null) {
    try {
      return new URL(href.trim(), pageUrl).href;
    } catch {
      // An invalid base is ignored by browsers too.
    }
  }
  return pageUrl;
}

function hrefAttribute(el: Element): string | null {
  return el.getAttribute('href') ?? el.getAttributeNS(XLINK_NS, 'href') ?? el.getAttribute('xlink:href');
}

function kindOf(el: Element): LinkElementKind | null {
  const name = el.localName;
  if (name === 'area') return 'area';
  if (name === 'a') return el.namespaceURI === SVG_NS ? 'svg-a' : 'a';
  return null;
}

/**
 * Every link element in document order: `a[href]`, `area[href]` and SVG links, including
 * those inside open shadow roots (placed at their host's position).
 */
export function collectLinkElements(doc: Document | ShadowRoot): Element[] {
  const own = Array.from(doc.querySelectorAll('a, area')).filter(
    (el) => kindOf(el) !== null && hrefAttribute(el) !== null,
  );
  const hosts = Array.from(doc.querySelectorAll('*')).filter((el) => el.shadowRoot);
  if (hosts.length === 0) return own;
  // Merge shadow links in at their host: sort by the outer-tree element that stands for each.
  const keyed: Array<{ key: Element; el: Element }> = own.map((el) => ({ key: el, el }));
  for (const host of hosts) {
    for (const el of collectLinkElements(host.shadowRoot!)) keyed.push({ key: host, el });
  }
  const order = (a: Element, b: Element) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
  return stableSort(keyed, (x, y) => order(x.key, y.key)).map((x) => x.el);
}

function stableSort<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => cmp(a.item, b.item) || a.i - b.i)
    .map((x) => x.item);
}

export function schemeOf(raw: string, resolved: URL | null, pageUrl: string): SchemeKind {
  const trimmed = raw.trim();
  if (trimmed.startsWith('#')) return 'fragment';
  if (!resolved) return /^javascript:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, '')) ? 'javascript' : 'other';
  switch (resolved.protocol) {
    case 'http:':
    case 'https:': {
      // A link to this very page with only a different #hash is an in-page jump.
      const page = safeUrl(pageUrl);
      if (page && resolved.hash && sameDocument(resolved, page)) return 'fragment';
      return 'http';
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

function sameDocument(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}

function safeUrl(s: string, base?: string): URL | null {
  try {
    return new URL(s, base);
  } catch {
    return null;
  }
}

/** rel tokens, lower-cased, deduplicated, in order (`REL="NoFollow"` counts). */
export function relTokens(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.toLowerCase().split(/[\s,]+/).filter(Boolean))];
}

function imageAltOf(el: Element, kind: LinkElementKind): string | null {
  if (kind === 'area') return el.getAttribute('alt');
  const imgs = el.querySelectorAll('img, [role="img"], svg');
  if (imgs.length === 0) return null;
  const alts: string[] = [];
  for (const img of Array.from(imgs)) {
    const alt = img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? img.querySelector('title')?.textContent;
    if (alt && alt.trim()) alts.push(foldWhitespace(alt));
  }
  return clip(alts.join(' '), MAX_TEXT);
}

/** Read one link's own markup. `baseUrl` comes from `baseUrlOf`, `pageUrl` is the document's URL. */
export function readLink(el: Element, baseUrl: string, pageUrl: string): LinkMarkup {
  const element = kindOf(el) ?? 'a';
  const rawHref = hrefAttribute(el) ?? '';
  const resolved = safeUrl(rawHref.trim(), baseUrl);
  const scheme = schemeOf(rawHref, resolved, pageUrl);
  const text = element === 'area' ? '' : clip(foldWhitespace(el.textContent ?? ''), MAX_TEXT);
  return {
    element,
    rawHref: clip(rawHref, MAX_URL),
    href: resolved ? clip(resolved.href, MAX_URL) : null,
    scheme,
    host: resolved && (scheme === 'http' || scheme === 'fragment') ? resolved.hostname.toLowerCase() : '',
    text,
    imageAlt: imageAltOf(el, element),
    rel: relTokens(el.getAttribute('rel')),
    target: el.getAttribute('target'),
  };
}
