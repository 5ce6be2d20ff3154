import { browser } from 'wxt/browser';
import { inspectTab } from '@/utils/background/inspect-tab';
import { forgetReport, recallReport } from '@/utils/background/report-cache';
import { listen } from '@/utils/messaging/transport';

export default defineBackground(() => {
  listen('background', {
    inspectTab: ({ tabId }) => inspectTab(tabId),
    getTabReport: ({ tabId }) => recallReport(tabId),
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetReport(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetReport(tabId);
  });
});
