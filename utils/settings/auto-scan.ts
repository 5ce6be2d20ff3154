import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Auto-scan: when the user switches it on (and the browser grants access to sites), every
 * http(s) page is scanned for their brands as it loads and the toolbar badge shows its unlinked
 * mentions. Off by default: without it Linkscout reads a page only when its button is clicked.
 */
export const autoScanItem = storage.defineItem<boolean>('local:autoScan', { fallback: false, version: 1 });

/** The host access auto-scan needs, as wxt.config.ts declares it optional. */
export const AUTO_SCAN_ORIGINS = ['http://*/*', 'https://*/*'];

/** Whether auto-scan is in effect: switched on, and the browser grants access to sites. */
export async function autoScanActive(): Promise<boolean> {
  if (!(await autoScanItem.getValue())) return false;
  return browser.permissions.contains({ origins: AUTO_SCAN_ORIGINS }).catch(() => false);
}

/**
 * Whether auto-scan is in effect: `off`; `on`; or `access-removed`, switched on but the
 * browser no longer grants access to sites (the user took it back in the browser's settings).
 */
export type AutoScanState = 'off' | 'on' | 'access-removed';

export function autoScanState(wanted: boolean, granted: boolean): AutoScanState {
  if (!wanted) return 'off';
  return granted ? 'on' : 'access-removed';
}
