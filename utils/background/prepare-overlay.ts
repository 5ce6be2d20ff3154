import { browser } from 'wxt/browser';
import type { OverlayReady } from '../messaging/protocol';
import { restrictedReason } from '../restricted';
import { CONTENT_SCRIPT_FILE, injectScripts, OVERLAY_SCRIPT_FILE } from './inspect-tab';

/**
 * Put the overlay script in a tab the popup inspected (activeTab granted), after the content
 * script whose analysis it outlines (already there, so only its guard runs again; a page the tab
 * moved to since gets a new one). The popup asks for this before the link highlight or a flash.
 */
export async function prepareOverlay(tabId: number): Promise<OverlayReady> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, message: 'That tab is gone.' };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, message: restricted };
  const failed = await injectScripts(tabId, tab.url, [CONTENT_SCRIPT_FILE, OVERLAY_SCRIPT_FILE]);
  return failed ? { ok: false, message: failed.message } : { ok: true };
}
