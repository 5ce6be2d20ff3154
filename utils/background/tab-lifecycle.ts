import { browser } from 'wxt/browser';
import { pageAddressOf, withoutFragment } from '../urls';
import { forgetBadge } from './badge';
import { forgetReport } from './report-cache';
import { forgetClickedTab } from './scan-mentions';

/** Each tab's page as last seen, without its #fragment (a worker that restarts starts unknowing). */
const pages = new Map<number, string>();

/** What the background keeps per tab (last report, mention count) belongs to the page it was made on. */
export function forgetTabsAsTheyChange(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.delete(tabId);
    void forgetReport(tabId);
    forgetBadge(tabId);
    void forgetClickedTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab (loaded, or a single-page app's new address): the old report no longer applies.
    if (change.status !== 'loading' && change.url === undefined) return;
    const url = change.url ?? tab.url;
    const page = url === undefined ? undefined : withoutFragment(url);
    // A jump within the page (#section) shows the same document; the bare address of a page
    // opened with tracking parameters (the page rewriting `?utm_source=…` away, or a link to it)
    // shows the same page: its report and count still apply. A link adding them is taken for a
    // new page.
    // (A reload reports no new address, so it is never taken for one.)
    const before = pages.get(tabId);
    const jump = change.url !== undefined && page !== undefined && before !== undefined && (before === page || (page === pageAddressOf(page) && pageAddressOf(before) === page));
    if (page !== undefined) pages.set(tabId, page);
    if (jump) return;
    void forgetReport(tabId);
    forgetBadge(tabId);
  });
}
