import { PLACEMENTS, type PageReport, type Placement } from '../analysis/types';
import { DEFAULT_SETTINGS, type Authority, type Settings } from '../settings/types';
import type { ExtractedLink } from '../analysis/types';
import { hostOf } from '../urls';
import { reasonWorder } from '../analysis/placement/reasons';
import { findContacts } from './contacts';
import { countsJudge, QUALIFYING_RELS } from './counts';
import { findLinkTargets } from './link-targets';
import { classifyPageType } from './page-type';
import { siteMemo } from './site-memo';
import { strengthScorer } from './strength';
import type { Judgement, LinkSummary, Score, ScoredLink, ScoredReport } from './types';
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
  const siteOf = siteMemo();
  const site = siteOf(pageHost);
  // Big pages have tens of thousands of links: plain loops, one lookup per host, and the reasons
  // shared by links that are judged alike (countsJudge, strengthScorer), so scoring stays linear
  // and allocates little.
  const source = report.links;
  const internal: Array<boolean | null> = new Array(source.length);
  let externalLinks = 0;
  for (let i = 0; i < source.length; i++) {
    const link = source[i]!;
    const same = link.scheme === 'http' ? !!link.host && !!pageHost && siteOf(link.host) === site : null;
    internal[i] = same;
    if (same === false) externalLinks++;
  }
  const judge = countsJudge(report.page.robots);
  const strength = strengthScorer({ externalLinks });
  const words = reasonWorder();
  const links: ScoredLink[] = new Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const link = source[i]!;
    links[i] = scoredLink(link, internal[i] ?? null, judge(link), strength(link), words(link.placementReasons));
  }
  const pageType = classifyPageType({ page: report.page, links });
  const authority: Authority = context.authority ?? { known: false, domain: site, reason: 'no import yet' };
  const targets = findLinkTargets(links, settings, siteOf);
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

/** The link with its judgements; its own fields copied one by one (faster than a spread, and nothing the schema does not know). */
function scoredLink(l: ExtractedLink, internal: boolean | null, counts: Judgement, strength: Score, placementReasons: readonly string[]): ScoredLink {
  return {
    index: l.index,
    element: l.element,
    rawHref: l.rawHref,
    href: l.href,
    scheme: l.scheme,
    host: l.host,
    text: l.text,
    imageAlt: l.imageAlt,
    label: l.label,
    rel: l.rel,
    target: l.target,
    placement: l.placement,
    placementReasons,
    visible: l.visible,
    hiddenBy: l.hiddenBy,
    aboveFold: l.aboveFold,
    contentOrder: l.contentOrder,
    context: l.context,
    internal,
    counts,
    strength,
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
