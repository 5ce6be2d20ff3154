import { browser } from 'wxt/browser';
import { registerSaveMenu } from '@/utils/background/context-menu';
import { inspectTab } from '@/utils/background/inspect-tab';
import { forgetReport, recallReport } from '@/utils/background/report-cache';
import { prospectForUrl, saveTab, setProspectStatus } from '@/utils/background/save-tab';
import { listen } from '@/utils/messaging/transport';

export default defineBackground(() => {
  listen('background', {
    inspectTab: ({ tabId }) => inspectTab(tabId),
    getTabReport: ({ tabId }) => recallReport(tabId),
    saveProspect: ({ tabId }) => saveTab(tabId),
    prospectForUrl: ({ url }) => prospectForUrl(url),
    setProspectStatus: ({ id, status }) => setProspectStatus(id, status),
  });
  registerSaveMenu();
  browser.tabs.onRemoved.addListener((tabId) => void forgetReport(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetReport(tabId);
  });
});
