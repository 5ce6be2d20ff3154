/**
 * The page's canonical address, read as search engines do: Google takes `link rel=canonical`
 * only from the `<head>`, and ignores every one when the head names different addresses.
 */
import type { CanonicalIgnored } from './types';
import { clip } from './text';
import { attr, closest, queryAll } from './dom-safe';
import { trimUrl } from './resolve-href';

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

function resolved(href: string, baseUrl: string): string {
  try {
    return clip(new URL(trimUrl(href), baseUrl).href, MAX_CANONICAL);
  } catch {
    return clip(href, 2048);
  }
}

export function readCanonical(doc: Document, baseUrl: string): CanonicalReading {
  const found = queryAll(doc, 'link[rel~="canonical" i][href]').slice(0, MAX_READ);
  const inHead: string[] = [];
  let inBody: string | null = null;
  for (const el of found) {
    const href = resolved(attr(el, 'href') ?? '', baseUrl);
    if (closest(el, 'head')) inHead.push(href);
    else inBody ??= href;
  }
  if (inHead.length === 0) return { canonical: inBody, canonicalIgnored: inBody === null ? null : 'outside-head' };
  // The same address written twice is one canonical; a fragment is no other page.
  const pages = new Set(inHead.map((href) => href.replace(/#.*$/, '')));
  return { canonical: inHead[0]!, canonicalIgnored: pages.size > 1 ? 'conflicting' : null };
}
