import { browser } from 'wxt/browser';
import { forgetBadge } from './badge';
import { forgetReport } from './report-cache';

/** What the background keeps per tab (last report, mention count) belongs to the page it was made on. */
export function forgetTabsAsTheyChange(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetReport(tabId);
    forgetBadge(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    // A new page in the tab: the browser clears the badge, and the old report no longer applies.
    void forgetReport(tabId);
    forgetBadge(tabId);
  });
}
