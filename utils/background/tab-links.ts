import type { InspectResult, TabLinksPage } from '../messaging/protocol';
import { recallReport } from './report-cache';

/**
 * Links in one answer to the popup's list: 1.3-1.8 MB, each read by the popup in 5-40 ms. (The
 * whole list of a 50,000-link page in one message is 39 MB, and reading it kept the popup busy
 * for 280-450 ms in one go.)
 */
export const TAB_LINKS_PAGE = 2000;

/** The page of `result`'s links from `from`: the report's head with the first, nothing past the end. */
export function linksPageOf(result: InspectResult | null, from: number): TabLinksPage {
  if (!result || !result.ok) return result;
  const { links, ...report } = result.report;
  return {
    ok: true,
    analysedAt: report.analysedAt,
    total: links.length,
    from,
    links: links.slice(from, from + TAB_LINKS_PAGE),
    report: from === 0 ? report : null,
  };
}

/** The getTabLinks answer: a page of the tab's last report, as the report cache holds it. */
export async function tabLinksPage(tabId: number, from: number): Promise<TabLinksPage> {
  return linksPageOf(await recallReport(tabId), from);
}
