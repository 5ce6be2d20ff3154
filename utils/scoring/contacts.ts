/**
 * Ways to reach the people behind a page, as the page shows them: e-mail addresses, links to
 * the site's contact and about pages (by address and by link text, in several languages), the
 * site's social profiles, and the author.
 */
import type { PageInfo } from '../analysis/types';
import type { Contacts } from '../prospects/types';
import { isWebUrl } from '../urls';
import type { ScoredLink } from './types';

export const MAX_CONTACT_PAGES = 10;
export const MAX_SOCIAL_PROFILES = 20;

// English, German, French, Spanish, Italian, Portuguese, Dutch.
const CONTACT_PATH =
  /(?:^|\/)(?:contact(?:-?us|ez-nous|o|os|ar)?|kontakt(?:formular)?|nous-contacter|contatti|contacte|fale-conosco|neem-contact-op|about(?:-?us|-me)?|ueber-uns|uber-uns|über-uns|impressum|imprint|a-propos|à-propos|qui-sommes-nous|sobre(?:-nosotros|-nos|-nós)?|quienes-somos|quem-somos|chi-siamo|over-ons|over-mij|team|our-team)(?:\.[a-z]{2,5})?\/?$/i;
const CONTACT_TEXT =
  /^(?:contact(?: us| me)?|get in touch|write to us|email us|about(?: us| me)?|our team|the team|kontakt(?:ieren sie uns)?|über uns|impressum|contactez[- ]nous|nous contacter|à propos|qui sommes-nous|contacto|contáctanos|sobre nosotros|quiénes somos|contatti|contattaci|chi siamo|contato|fale conosco|sobre nós|quem somos|contact opnemen|neem contact op|over ons|over mij)$/i;

/** Share, follow-button and other non-profile paths on the social networks. */
const NOT_A_PROFILE =
  /^\/(?:share|sharer|intent|dialog|plugins|hashtag|search|explore|home|i|p|reel|reels|pin|watch|embed|results|shorts|login|signup|tr|feed|events|privacy|legal|policies|terms|about|help|settings|features|topics|marketplace|sponsors|notifications)(?:[/?.]|$)/i;

interface Network {
  hosts: RegExp;
  /** The profile part of the path; null when the address is not a profile. */
  profile(path: string): string | null;
}

const firstSegment = (path: string) => /^\/([^/?#]+)/.exec(path)?.[1] ?? null;

const NETWORKS: Network[] = [
  { hosts: /^(?:twitter|x)\.com$/, profile: (p) => (/^\/[A-Za-z0-9_]{1,15}\/?$/.test(p) ? p : null) },
  { hosts: /^linkedin\.com$/, profile: (p) => /^\/(?:in|company|school|showcase)\/[^/]+/.exec(p)?.[0] ?? null },
  { hosts: /^(?:facebook|fb)\.com$/, profile: (p) => (/^\/(?:pages\/[^/]+\/\d+|profile\.php|[A-Za-z0-9.\-]{3,})\/?$/.test(p) ? p : null) },
  { hosts: /^instagram\.com$/, profile: (p) => (/^\/[A-Za-z0-9_.]{1,30}\/?$/.test(p) ? p : null) },
  { hosts: /^youtube\.com$/, profile: (p) => /^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)/.exec(p)?.[0] ?? null },
  { hosts: /^github\.com$/, profile: (p) => (firstSegment(p) ? `/${firstSegment(p)}` : null) },
  { hosts: /^bsky\.app$/, profile: (p) => /^\/profile\/[^/]+/.exec(p)?.[0] ?? null },
  { hosts: /^tiktok\.com$/, profile: (p) => /^\/@[^/]+/.exec(p)?.[0] ?? null },
  { hosts: /^pinterest\.[a-z.]+$/, profile: (p) => (/^\/[A-Za-z0-9_]{3,30}\/?$/.test(p) ? p : null) },
  { hosts: /^threads\.(?:net|com)$/, profile: (p) => /^\/@[^/]+/.exec(p)?.[0] ?? null },
  // Mastodon and the like: any server, a path of just `/@user`.
  { hosts: /./, profile: (p) => (/^\/@[A-Za-z0-9_.-]+\/?$/.test(p) ? p : null) },
];

/** A social profile's canonical address (https, no `www.`, no query or trailing slash), or null. */
export function socialProfileOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile|[a-z]{2}(?:-[a-z]{2})?)\.(?=[^.]+\.[^.]+$)/, '');
  const path = url.pathname;
  if (NOT_A_PROFILE.test(path)) return null;
  for (const net of NETWORKS) {
    if (!net.hosts.test(host)) continue;
    const profile = net.profile(path);
    return profile ? `https://${host}${profile.replace(/\/$/, '')}` : null;
  }
  return null;
}

/** Where a reader meets the site's own profiles: not the article (third parties) nor the comments (commenters). */
const PROFILE_PLACES = new Set(['header', 'navigation', 'sidebar', 'footer', 'author', 'other']);

/** A contact or about page of the page's own site, found by its address or its link text. */
function isContactPage(link: ScoredLink): boolean {
  if (link.internal !== true || !isWebUrl(link.href)) return false;
  let path = '';
  try {
    path = decodeURIComponent(new URL(link.href).pathname);
  } catch {
    path = '';
  }
  return CONTACT_PATH.test(path) || CONTACT_TEXT.test(link.text.trim());
}

export function findContacts(page: Pick<PageInfo, 'emails' | 'author'>, links: readonly ScoredLink[]): Contacts {
  const contactPages = new Set<string>();
  const socialProfiles = new Set<string>();
  for (const link of links) {
    if (!isWebUrl(link.href)) continue;
    if (contactPages.size < MAX_CONTACT_PAGES && isContactPage(link)) contactPages.add(link.href.replace(/#.*$/, ''));
    if (socialProfiles.size < MAX_SOCIAL_PROFILES && link.internal === false && PROFILE_PLACES.has(link.placement)) {
      const profile = socialProfileOf(link.href);
      if (profile) socialProfiles.add(profile);
    }
  }
  return { emails: [...page.emails], contactPages: [...contactPages], socialProfiles: [...socialProfiles], author: page.author };
}
