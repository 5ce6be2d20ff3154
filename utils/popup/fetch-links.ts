import type { InspectResult, TabLinksPage } from '../messaging/protocol';
import type { ScoredLink } from '../scoring/types';

/** Times the list is begun again when a newer inspection of the tab replaced the report being read. */
const STARTS = 3;

/**
 * The tab's last report with all its links, asked a page at a time (`ask(from)`: getTabLinks),
 * two pages in flight: the background prepares the next while the popup reads the last, and no
 * single message is big enough to freeze the popup. Answers as the whole report (getTabReport) would: the report,
 * the failure of a newer inspection, or null when the background no longer holds one. A report
 * replaced while its pages came (another popup inspected the tab) is read again from the start;
 * pages of two reports are never put together. A page that does not continue the list is an error.
 */
export async function fetchTabLinks(ask: (from: number) => Promise<TabLinksPage>): Promise<InspectResult | null> {
  for (let start = 0; start < STARTS; start++) {
    const first = await ask(0);
    if (!first?.ok) return first;
    if (!first.report) throw new Error('the first page of links came without its report');
    const links: ScoredLink[] = [];
    if (!take(links, first)) throw new Error(`links from ${links.length} did not come in order`);
    // The background's page size is the first page's (unless that one held them all).
    const size = first.links.length;
    let asked = size;
    const request = (): Promise<TabLinksPage> | null => {
      if (size === 0 || asked >= first.total) return null;
      const page = ask(asked);
      asked += size;
      // A page left unread (the list was begun again) must not fail unheard.
      page.catch(() => undefined);
      return page;
    };
    let inFlight = [request(), request()];
    let replaced = false;
    while (inFlight[0]) {
      const page = await inFlight[0];
      inFlight = [inFlight[1] ?? null, request()];
      if (!page?.ok) return page;
      if (page.analysedAt !== first.analysedAt) {
        replaced = true;
        break;
      }
      if (!take(links, page)) throw new Error(`links from ${links.length} did not come in order`);
    }
    if (!replaced && links.length !== first.total) throw new Error(`${links.length} of ${first.total} links came`);
    if (!replaced) return { ok: true, report: { ...first.report, links } };
  }
  throw new Error('the tab was inspected again and again while its links were read');
}

/** Add a page's links when they continue the list (their indices run on from its end). */
function take(links: ScoredLink[], page: Extract<TabLinksPage, { ok: true }>): boolean {
  if (page.from !== links.length) return false;
  for (let i = 0; i < page.links.length; i++) if (page.links[i]!.index !== links.length + i) return false;
  for (const link of page.links) links.push(link);
  return true;
}
