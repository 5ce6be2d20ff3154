import { browser } from 'wxt/browser';
import { forgetBadge } from './badge';
import { forgetReport } from './report-cache';
import { forgetClickedTab } from './scan-mentions';

/** What the background keeps per tab (last report, mention count) belongs to the page it was made on. */
export function forgetTabsAsTheyChange(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetReport(tabId);
    forgetBadge(tabId);
    void forgetClickedTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab (loaded, or a single-page app's new address): the old report no longer applies.
    if (change.status !== 'loading' && change.url === undefined) return;
    void forgetReport(tabId);
    forgetBadge(tabId);
  });
}
