import { getDomain } from 'tldts';

/**
 * The registrable domain of a host by the public suffix list (private suffixes included, so
 * `a.github.io` and `b.github.io` are different sites). IPs and single-label hosts are their
 * own domain. Kept apart from urls.ts so only the background bundles the suffix list.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return '';
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** Whether a link's host belongs to the same site as the page's host. */
export function isSameSite(linkHost: string, pageHost: string): boolean {
  if (!linkHost || !pageHost) return false;
  return registrableDomain(linkHost) === registrableDomain(pageHost);
}
