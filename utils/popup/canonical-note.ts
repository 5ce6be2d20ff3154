import { pageAddressOf, withoutFragment } from '../urls';
import type { CanonicalIgnored, PageInfo } from '../analysis/types';

/** What the popup (and inspect) say of the page's canonical: only what changes how its links count. */
export interface CanonicalNote {
  kind: 'elsewhere' | CanonicalIgnored;
  words: string;
  canonical: string;
}

const WORDS: Record<CanonicalNote['kind'], string> = {
  elsewhere: 'Canonical is another page: search engines likely index that one instead and credit its links to it.',
  conflicting: 'The page names different canonicals in its <head>: search engines ignore them all.',
  'outside-head': 'The page’s canonical sits outside its <head>: search engines ignore it.',
  invalid: 'The page’s canonical is not a web address search engines can read: they ignore it.',
};

/**
 * The canonical names the page itself, the page's tracking parameters aside (a page opened from
 * a newsletter or from Google's results carries `utm_…` or `srsltid`; its canonical does not; a
 * canonical that carries them is another address). One clipped in the report (ending in …) is
 * compared by what is left.
 */
function isThePage(canonical: string, url: string): boolean {
  const pages = [withoutFragment(url), pageAddressOf(url)];
  if (canonical.endsWith('…')) return pages.some((page) => page.startsWith(canonical.slice(0, -1)));
  return pages.includes(withoutFragment(canonical));
}

export function canonicalNote(page: Pick<PageInfo, 'url' | 'canonical' | 'canonicalIgnored'>): CanonicalNote | null {
  const { canonical } = page;
  if (canonical === null) return null;
  const kind = page.canonicalIgnored ?? (isThePage(canonical, page.url) ? null : 'elsewhere');
  return kind ? { kind, words: WORDS[kind], canonical } : null;
}
