import { getDomain } from 'tldts';

/**
 * The registrable domain of a host by the public suffix list (private suffixes included, so
 * `a.github.io` and `b.github.io` are different sites). IPs and single-label hosts are their
 * own domain.
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

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Only http(s) URLs may become clickable in our UI; everything else is shown as text. */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
