import { PLACEMENTS, type PageReport, type Placement } from '../analysis/types';
import { DEFAULT_SETTINGS, type Authority, type Settings } from '../settings/types';
import { isSameSite, registrableDomain } from '../site';
import { hostOf } from '../urls';
import { findContacts } from './contacts';
import { QUALIFYING_RELS, judgeCounts } from './counts';
import { findLinkTargets } from './link-targets';
import { classifyPageType } from './page-type';
import { placementStrength } from './strength';
import type { LinkSummary, ScoredLink, ScoredReport } from './types';
import { judgeVerdict } from './verdict';

/** What the user told Linkscout, for the verdict; each part optional. */
export interface ScoringContext {
  /** Topics, own sites and competitors; DEFAULT_SETTINGS (none) when not given. */
  settings?: Settings;
  /** The site's imported authority; unknown ("no import yet") when not given. */
  authority?: Authority;
  /** The time of the analysis (tests pin it). */
  now?: Date;
}

/**
 * Add to each link whether it is internal, whether it counts and its strength; sum up the page;
 * type it; and judge it for outreach with the user's settings.
 */
export function scoreReport(report: PageReport, context: ScoringContext = {}): ScoredReport {
  const settings = { ...DEFAULT_SETTINGS, ...context.settings };
  const pageHost = hostOf(report.page.url);
  const site = registrableDomain(pageHost);
  const withSite = report.links.map((link) => ({
    link,
    internal: link.scheme === 'http' ? isSameSite(link.host, pageHost) : null,
  }));
  const externalLinks = withSite.filter((x) => x.internal === false).length;
  const links: ScoredLink[] = withSite.map(({ link, internal }) => ({
    ...link,
    internal,
    counts: judgeCounts(link, report.page.robots),
    strength: placementStrength(link, { externalLinks }),
  }));
  const pageType = classifyPageType({ page: report.page, links });
  const authority: Authority = context.authority ?? { known: false, domain: site, reason: 'no import yet' };
  const targets = findLinkTargets(links, settings);
  const contacts = findContacts(report.page, links);
  return {
    page: report.page,
    site,
    links,
    summary: summarize(links),
    pageType,
    verdict: judgeVerdict({ page: report.page, site, links, pageType, settings, authority, targets, contacts }),
    contacts,
    targets,
    truncated: report.truncated,
    durationMs: report.durationMs,
    analysedAt: (context.now ?? new Date()).toISOString(),
  };
}

export function summarize(links: ScoredLink[]): LinkSummary {
  const byPlacement = Object.fromEntries(PLACEMENTS.map((p) => [p, 0])) as Record<Placement, number>;
  const s: LinkSummary = {
    total: links.length,
    web: 0,
    internal: 0,
    external: 0,
    hidden: 0,
    counting: 0,
    byPlacement,
    byRel: { follow: 0, nofollow: 0, sponsored: 0, ugc: 0 },
  };
  for (const l of links) {
    byPlacement[l.placement]++;
    if (!l.visible) s.hidden++;
    if (l.counts.value) s.counting++;
    if (l.internal === null) continue;
    s.web++;
    if (l.internal) s.internal++;
    else s.external++;
    let qualified = false;
    for (const r of QUALIFYING_RELS) {
      if (l.rel.includes(r)) {
        s.byRel[r]++;
        qualified = true;
      }
    }
    if (!qualified) s.byRel.follow++;
  }
  return s;
}
