import { browser } from 'wxt/browser';
import type { InspectResult } from '../messaging/protocol';

/**
 * The last inspection of each tab. Memory first; session storage too for reports of up to
 * MAX_STORED_LINKS links, so a restarted service worker still has them (a bigger page is
 * inspected again: session storage holds 10 MB for every tab, and writing a big report takes
 * the worker long enough to be felt).
 */
const memory = new Map<number, InspectResult>();
const key = (tabId: number) => `report:${tabId}`;
/** Each tab's page, counted: forgetting its report moves it on, so an inspection begun before is kept by no one. */
const generations = new Map<number, number>();

/** The tab's page as reportGeneration counts it, taken when an inspection begins. */
export function reportGeneration(tabId: number): number {
  return generations.get(tabId) ?? 0;
}

/** About 1.5 MB of scored report. */
export const MAX_STORED_LINKS = 2000;

/**
 * Keep the tab's report. The copy in session storage is written in a task of its own: writing
 * serialises the whole report, and the popup's answer must not wait for it.
 */
export function rememberReport(tabId: number, result: InspectResult, generation = reportGeneration(tabId)): Promise<void> {
  // The tab navigated or closed while it was inspected: the report is of a page gone.
  if (generation !== reportGeneration(tabId)) return Promise.resolve();
  memory.set(tabId, result);
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => store(tabId, result));
}

async function store(tabId: number, result: InspectResult): Promise<void> {
  // A newer inspection of the tab came meanwhile (or the tab closed): it has the say.
  if (memory.get(tabId) !== result) return;
  if (result.ok && result.report.links.length > MAX_STORED_LINKS) {
    // No older copy may answer for this tab after a restart.
    await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
    return;
  }
  try {
    await browser.storage.session?.set({ [key(tabId)]: result });
  } catch {
    // The quota is shared by every tab's reports: this one lives in memory only.
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
  generations.set(tabId, reportGeneration(tabId) + 1);
  memory.delete(tabId);
  await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
