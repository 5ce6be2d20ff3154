import { browser } from 'wxt/browser';
import { PAGE_CHANGED, type OverlayReady } from '../messaging/protocol';
import { restrictedReason } from '../restricted';
import { pageAddressOf } from '../urls';
import { injectScripts, OVERLAY_SCRIPT_FILE } from './inspect-tab';

/**
 * Put the overlay script in a tab the popup inspected (activeTab granted), beside the content
 * script whose analysis it outlines. Only the overlay: a page the tab moved to since has no
 * content script, and must not get a new one whose analysis the popup's list (of the page
 * before) would then point into; the overlay does nothing there and the popup says so. The
 * popup asks for this before the link highlight or a flash. `url` is the page its list is of: a
 * refusal in a tab that has moved on since says so, not why the new page refuses.
 */
export async function prepareOverlay(tabId: number, url: string): Promise<OverlayReady> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, message: 'That tab is gone.' };
  const moved = pageAddressOf(tab.url ?? '') !== pageAddressOf(url);
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, message: moved ? PAGE_CHANGED : restricted };
  const failed = await injectScripts(tabId, tab.url, [OVERLAY_SCRIPT_FILE]);
  return failed ? { ok: false, message: moved ? PAGE_CHANGED : failed.message } : { ok: true };
}
