import { browser } from 'wxt/browser';
import { saveTab } from './save-tab';

const MENU_ID = 'linkscout-save-prospect';

/**
 * "Save page as Linkscout prospect" in the page's context menu. Choosing it grants activeTab for
 * that tab (like the toolbar button), so the page can be inspected and saved without host access.
 * The outcome shows on the toolbar badge for a few seconds: ✓ saved, ! not saved (title says why).
 */
export function registerSaveMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save page as Linkscout prospect', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveFromMenu(tab.id);
  });
}

async function saveFromMenu(tabId: number): Promise<void> {
  const result = await saveTab(tabId);
  const text = result.ok ? '✓' : '!';
  const title = result.ok
    ? `Linkscout: ${result.created ? 'saved' : 'already saved, updated'} (${result.prospect.status})`
    : `Linkscout: not saved. ${result.error}`;
  await browser.action.setBadgeBackgroundColor({ tabId, color: result.ok ? '#15803d' : '#b91c1c' }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title }).catch(() => undefined);
  setTimeout(() => {
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: '' }).catch(() => undefined);
  }, 5000);
}
