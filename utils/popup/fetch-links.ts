import type { InspectResult, TabLinksPage } from '../messaging/protocol';
import type { ScoredLink } from '../scoring/types';

/** Times the list is begun again when a newer inspection of the tab replaced the report being read. */
const STARTS = 3;

type Page = Extract<TabLinksPage, { ok: true }>;

/**
 * The tab's last report with all its links, asked a page at a time (`ask(from)`: getTabLinks),
 * two pages in flight: the background prepares the next while the popup reads the last, and
 * no message is big enough to freeze the popup. Answers as the whole report would
 * (getTabReport): the report, the failure of a newer inspection, or null when the background
 * no longer holds one. A report replaced while its pages came (another popup inspected the
 * tab) is read again from the start: pages of two reports are never put together. A page that
 * does not continue the list is an error. `progress` hears how many links came so far.
 */
export async function fetchTabLinks(
  ask: (from: number) => Promise<TabLinksPage>,
  progress: (loaded: number) => void = () => undefined,
): Promise<InspectResult | null> {
  for (let start = 0; start < STARTS; start++) {
    const first = await ask(0);
    if (!first?.ok) return first;
    if (!first.report) throw new Error('the first page of links came without its report');
    const links: ScoredLink[] = [];
    take(links, first);
    progress(links.length);
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
    const inFlight = [request(), request()];
    let replaced = false;
    for (let next = inFlight.shift(); next; next = inFlight.shift()) {
      const page = await next;
      if (!page?.ok) return page;
      if (!sameReport(page, first)) {
        replaced = true;
        break;
      }
      take(links, page);
      progress(links.length);
      inFlight.push(request());
    }
    if (replaced) continue;
    if (links.length !== first.total) {
      throw new Error(`${links.length} of ${first.total} links came`);
    }
    return { ok: true, report: { ...first.report, links } };
  }
  throw new Error('the tab was inspected again and again while its links were read');
}

/** Pages of one report: the same time of scoring, the same number of links. */
function sameReport(a: Page, b: Page): boolean {
  return a.analysedAt === b.analysedAt && a.total === b.total;
}

/** Add a page's links, which must continue the list (their indices run on from its end). */
function take(links: ScoredLink[], page: Page): void {
  const ordered = page.from === links.length && page.links.every((link, i) => link.index === links.length + i);
  if (!ordered) throw new Error(`links from ${links.length} did not come in order`);
  for (const link of page.links) links.push(link);
}
