import { startAutoScan } from '@/utils/background/auto-scan';
import { registerSaveMenu } from '@/utils/background/context-menu';
import { inspectTab } from '@/utils/background/inspect-tab';
import { prepareOverlay } from '@/utils/background/prepare-overlay';
import { recallReport } from '@/utils/background/report-cache';
import { prospectForUrl, saveTab, setProspectStatus } from '@/utils/background/save-tab';
import { badgeFromPage, scanTabMentions } from '@/utils/background/scan-mentions';
import { forgetTabsAsTheyChange } from '@/utils/background/tab-lifecycle';
import { tabLinksPage } from '@/utils/background/tab-links';
import { listen } from '@/utils/messaging/transport';

export default defineBackground(() => {
  listen('background', {
    inspectTab: ({ tabId }) => inspectTab(tabId),
    getTabReport: ({ tabId }) => recallReport(tabId),
    getTabLinks: ({ tabId, from }) => tabLinksPage(tabId, from),
    saveProspect: ({ tabId, as, url }) => saveTab(tabId, as, url),
    prospectForUrl: ({ url }) => prospectForUrl(url),
    setProspectStatus: ({ id, status }) => setProspectStatus(id, status),
    scanMentions: ({ tabId }) => scanTabMentions(tabId),
    prepareOverlay: ({ tabId, url }) => prepareOverlay(tabId, url),
    mentionsChanged: (data, sender) => badgeFromPage(data, sender),
  });
  registerSaveMenu();
  forgetTabsAsTheyChange();
  startAutoScan();
});
