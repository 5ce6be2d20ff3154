import { PLACEMENTS, type PageReport, type Placement } from '../analysis/types';
import { isSameSite, registrableDomain } from '../site';
import { hostOf } from '../urls';
import { QUALIFYING_RELS, judgeCounts } from './counts';
import { classifyPageType } from './page-type';
import { placementStrength } from './strength';
import type { LinkSummary, ScoredLink, ScoredReport } from './types';

/** Add to each link whether it is internal, whether it counts and its strength; sum up the page. */
export function scoreReport(report: PageReport, analysedAt: Date = new Date()): ScoredReport {
  const pageHost = hostOf(report.page.url);
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
  return {
    page: report.page,
    site: registrableDomain(pageHost),
    links,
    summary: summarize(links),
    pageType: classifyPageType({ page: report.page, links }),
    truncated: report.truncated,
    durationMs: report.durationMs,
    analysedAt: analysedAt.toISOString(),
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
