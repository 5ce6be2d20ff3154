import { browser } from 'wxt/browser';
import type { InspectResult } from '../messaging/protocol';

/**
 * The last inspection of each tab. Memory first; session storage too (when the report fits),
 * so a restarted service worker still answers the popup.
 */
const memory = new Map<number, InspectResult>();
const key = (tabId: number) => `report:${tabId}`;

export async function rememberReport(tabId: number, result: InspectResult): Promise<void> {
  memory.set(tabId, result);
  try {
    await browser.storage.session?.set({ [key(tabId)]: result });
  } catch {
    // Session storage has a quota (10 MB); a huge report lives in memory only.
    await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
  }
}

export async function recallReport(tabId: number): Promise<InspectResult | null> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  const stored = await browser.storage.session?.get(key(tabId)).catch(() => undefined);
  return (stored?.[key(tabId)] as InspectResult | undefined) ?? null;
}

export async function forgetReport(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
