import { browser } from 'wxt/browser';
import { STATUS_TEXT } from '../labels';
import type { SaveResult } from '../messaging/protocol';
import { flashBadge } from './badge';
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

/** What the toolbar button shows after a save from the menu: the menu itself has no other way to answer. */
export function menuFeedback(result: SaveResult): { text: string; color: string; title: string } {
  if (!result.ok) return { text: '!', color: '#b91c1c', title: `Linkscout: not saved. ${result.error}` };
  const what = result.created ? 'saved as a prospect' : `already saved (status: ${STATUS_TEXT[result.prospect.status].toLowerCase()}), visit added`;
  return { text: '✓', color: '#15803d', title: `Linkscout: ${what}` };
}

async function saveFromMenu(tabId: number): Promise<void> {
  await flashBadge(tabId, menuFeedback(await saveTab(tabId)));
}
