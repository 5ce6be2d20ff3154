import type { MentionScan } from '../mentions/types';
import type { ScoredReport } from '../scoring/types';
import { isWebUrl } from '../urls';
import type { ProspectInput, SnapshotMention } from './types';

/**
 * What one visit to a page adds to its prospect: the verdict as judged now, the contacts found,
 * and a snapshot of its links to the user's sites and competitors. Null for pages that are not
 * http(s) (they can't be prospects).
 */
export function prospectInputFrom(report: ScoredReport, mentions: MentionScan | null = null): ProspectInput | null {
  // The address the user is on, not the canonical: that is the page they judged.
  const url = report.page.url;
  if (!isWebUrl(url)) return null;
  return {
    url,
    title: report.page.title,
    // Saved for its mentions: an unlinked-mention prospect, whatever kind of page it is.
    pageType: mentions ? 'unlinked-mention' : report.pageType.type,
    verdict: report.verdict.label,
    score: report.verdict.score,
    reasons: report.verdict.reasons,
    contacts: report.contacts,
    snapshot: {
      checkedAt: report.analysedAt,
      toMySites: report.targets.toMySites,
      toCompetitors: report.targets.toCompetitors,
      ...(mentions ? { mentions: snapshotMentions(mentions) } : {}),
    },
  };
}

/** The visible mentions, as kept with the visit (hidden text is not an outreach opportunity). */
function snapshotMentions(scan: MentionScan): SnapshotMention[] {
  return scan.mentions
    .filter((m) => m.visible)
    .map((m) => ({ brand: m.brand, owner: m.owner, matched: m.matched, state: m.state, context: m.context, placement: m.placement, linkHref: m.linkHref }));
}
