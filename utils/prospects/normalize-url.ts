/**
 * The one spelling of a page's address that a prospect is stored under, so the same page
 * reached through a newsletter link, with a fragment or with its host in capitals is one
 * prospect. `www.` is kept: it is a different URL (only the domain is the same).
 */
import { ownParams, paramName } from '../urls';

/** Percent-escapes of unreserved characters mean the character itself (RFC 3986, 6.2.2.2). */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

function normalizeEscapes(part: string): string {
  return part.replace(/%([0-9A-Fa-f]{2})/g, (escape: string, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
}

function normalizeQuery(search: string): string {
  // Escapes first, so a name written `%75tm_source` is dropped now, not on a second pass.
  const kept = ownParams(normalizeEscapes(search));
  // Sorted by name only, and stably: repeated names keep their order, which can matter.
  kept.sort((a, b) => {
    const x = paramName(a);
    const y = paramName(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The normalised URL of a web page, or null when it is not an http(s) URL. */
export function normalizeProspectUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // The URL parser has already lower-cased the scheme and host and dropped default ports.
  let path = normalizeEscapes(u.pathname);
  if (path !== '/') path = path.replace(/\/+$/, '') || '/';
  // Credentials in an address are never part of the page, and must not be stored or exported.
  return `${u.protocol}//${u.host}${path}${normalizeQuery(u.search)}`;
}
