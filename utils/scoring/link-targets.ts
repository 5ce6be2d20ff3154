/**
 * The page's links to the user's own sites and to competitors, matched by registrable domain
 * (`blog.example.com` is `example.com`), as snapshot links a prospect keeps per visit.
 */
import type { SnapshotLink } from '../prospects/types';
import type { Settings } from '../settings/types';
import { registrableDomain } from '../site';
import type { ScoredLink } from './types';

export interface LinkTargets {
  toMySites: SnapshotLink[];
  toCompetitors: SnapshotLink[];
}

/** Per list: a page with thousands of links to one site needs only the first ones kept. */
export const MAX_TARGET_LINKS = 100;

/** A domain as the user may have typed it (`https://www.Example.com/blog`) as a registrable domain. */
export function normalizeDomain(input: string): string {
  let host = input.trim().toLowerCase();
  if (!host) return '';
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(host) ? host : `http://${host}`).hostname;
  } catch {
    return '';
  }
  return registrableDomain(host);
}

export function domainSet(list: readonly string[]): Set<string> {
  return new Set(list.map(normalizeDomain).filter(Boolean));
}

function snapshot(link: ScoredLink, domain: string): SnapshotLink {
  return { href: link.href ?? link.rawHref, domain, text: link.text || link.imageAlt || '', rel: link.rel, placement: link.placement, counts: link.counts.value };
}

/**
 * Links from this page to the user's sites and competitors. Links within the page's own site
 * are left out: a competitor's page linking to itself is not an opportunity.
 */
export function findLinkTargets(
  links: readonly ScoredLink[],
  settings: Pick<Settings, 'mySites' | 'competitors'>,
  siteOf: (host: string) => string = registrableDomain,
): LinkTargets {
  const mine = domainSet(settings.mySites);
  const rivals = domainSet(settings.competitors);
  const out: LinkTargets = { toMySites: [], toCompetitors: [] };
  if (!mine.size && !rivals.size) return out;
  for (const link of links) {
    if (link.internal !== false || !link.href) continue;
    const domain = siteOf(link.host);
    // A domain in both lists is the user's own.
    if (mine.has(domain)) {
      if (out.toMySites.length < MAX_TARGET_LINKS) out.toMySites.push(snapshot(link, domain));
    } else if (rivals.has(domain) && out.toCompetitors.length < MAX_TARGET_LINKS) out.toCompetitors.push(snapshot(link, domain));
  }
  return out;
}
