import type { ScoredReport } from '../scoring/types';
import { isWebUrl } from '../urls';
import type { ProspectInput } from './types';

/**
 * What one visit to a page adds to its prospect: the verdict as judged now, the contacts found,
 * and a snapshot of its links to the user's sites and competitors. Null for pages that are not
 * http(s) (they can't be prospects).
 */
export function prospectInputFrom(report: ScoredReport): ProspectInput | null {
  // The address the user is on, not the canonical: that is the page they judged.
  const url = report.page.url;
  if (!isWebUrl(url)) return null;
  return {
    url,
    title: report.page.title,
    pageType: report.pageType.type,
    verdict: report.verdict.label,
    score: report.verdict.score,
    reasons: report.verdict.reasons,
    contacts: report.contacts,
    snapshot: {
      checkedAt: report.analysedAt,
      toMySites: report.targets.toMySites,
      toCompetitors: report.targets.toCompetitors,
    },
  };
}
