/**
 * The page's canonical address, read as search engines do: Google takes `link rel=canonical`
 * only from the `<head>`, and ignores every one when the head names different addresses.
 */
import type { CanonicalIgnored } from './types';
import { clip } from './text';
import { attr, closest, queryAll } from './dom-safe';
import { isWebScheme, trimUrl } from './resolve-href';

/** The page writes its canonical: a longer one is clipped (marked …) rather than sinking the report. */
export const MAX_CANONICAL = 5000;

/** Canonical links read at most: a hostile page must not make the check long. */
const MAX_READ = 50;

export interface CanonicalReading {
  /** The head's canonical, resolved (the body's when the head has none), or null. */
  canonical: string | null;
  /** Why search engines would ignore it, or null when they would take it (or there is none). */
  canonicalIgnored: CanonicalIgnored | null;
}

interface Resolved {
  href: string;
  /** An address search engines can fetch: it parses, over http(s). */
  valid: boolean;
}

function resolved(href: string, baseUrl: string): Resolved {
  try {
    const url = new URL(trimUrl(href), baseUrl);
    return { href: clip(url.href, MAX_CANONICAL), valid: isWebScheme(url) };
  } catch {
    return { href: clip(href, 2048), valid: false };
  }
}

export function readCanonical(doc: Document, baseUrl: string): CanonicalReading {
  const found = queryAll(doc, 'link[rel~="canonical" i][href]').slice(0, MAX_READ);
  const inHead: Resolved[] = [];
  let inBody: Resolved | null = null;
  for (const el of found) {
    const href = resolved(attr(el, 'href') ?? '', baseUrl);
    if (closest(el, 'head')) inHead.push(href);
    else inBody ??= href;
  }
  if (inHead.length === 0) return { canonical: inBody?.href ?? null, canonicalIgnored: inBody === null ? null : 'outside-head' };
  // The same address written twice is one canonical; a fragment is no other page.
  const pages = new Set(inHead.map((r) => r.href.replace(/#.*$/, '')));
  const first = inHead[0]!;
  // An address that does not parse, or is no web address, names no page: it is ignored, not "another page".
  return { canonical: first.href, canonicalIgnored: pages.size > 1 ? 'conflicting' : first.valid ? null : 'invalid' };
}
