import { browser } from 'wxt/browser';
import type { OverlayReady } from '../messaging/protocol';
import { restrictedReason } from '../restricted';
import { injectScripts, OVERLAY_SCRIPT_FILE } from './inspect-tab';

/**
 * Put the overlay script in a tab the popup inspected (activeTab granted), beside the content
 * script whose analysis it outlines. Only the overlay: a page the tab moved to since has no
 * content script, and must not get a new one whose analysis the popup's list (of the page
 * before) would then point into; the overlay does nothing there and the popup says so. The
 * popup asks for this before the link highlight or a flash.
 */
export async function prepareOverlay(tabId: number): Promise<OverlayReady> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, message: 'That tab is gone.' };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, message: restricted };
  const failed = await injectScripts(tabId, tab.url, [OVERLAY_SCRIPT_FILE]);
  return failed ? { ok: false, message: failed.message } : { ok: true };
}
