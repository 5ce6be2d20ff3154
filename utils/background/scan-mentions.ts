import { browser } from 'wxt/browser';
import { buildTerms } from '../mentions/terms';
import type { MentionTerm } from '../mentions/types';
import type { MentionsResult, RequestOf, ResponseOf } from '../messaging/protocol';
import { MAX_TERMS } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { autoScanActive } from '../settings/auto-scan';
import { loadSettings } from '../settings/store';
import { setUnlinkedCount } from './badge';
import { CONTENT_SCRIPT_FILE, injectScripts, MENTION_SCRIPT_FILE } from './inspect-tab';

/**
 * Tabs whose mentions the user asked for (the popup): their pages may keep the badge current. In
 * memory, and in session storage for a worker that restarts (Chrome stops an idle one in 30 s).
 */
const clickedTabs = new Set<number>();
const clickedKey = (tabId: number) => `clicked:${tabId}`;

async function remember(tabId: number): Promise<void> {
  clickedTabs.add(tabId);
  await browser.storage.session?.set({ [clickedKey(tabId)]: true }).catch(() => undefined);
}

async function wasClicked(tabId: number): Promise<boolean> {
  if (clickedTabs.has(tabId)) return true;
  const stored = await browser.storage.session?.get(clickedKey(tabId)).catch(() => undefined);
  return stored?.[clickedKey(tabId)] === true;
}

export async function forgetClickedTab(tabId: number): Promise<void> {
  clickedTabs.delete(tabId);
  await browser.storage.session?.remove(clickedKey(tabId)).catch(() => undefined);
}

const NO_BRANDS = 'Add your brand in the options page (Brands) to find its mentions on pages.';

/**
 * Find the user's brand mentions in a tab the popup has just inspected (activeTab granted): the
 * mention script is injected after the content script (already there, so only its guard runs
 * again), then asked. The page's answer is schema-checked by the transport; the badge then
 * shows the unlinked mentions of the user's own brands.
 */
export async function scanTabMentions(tabId: number): Promise<MentionsResult> {
  await remember(tabId);
  try {
    const terms = await mentionTerms();
    if (terms.length === 0) return { ok: false, kind: 'no-brands', message: NO_BRANDS };
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const failed = await injectScripts(tabId, tab?.url, [CONTENT_SCRIPT_FILE, MENTION_SCRIPT_FILE]);
    if (failed) return { ok: false, kind: 'failed', message: `Mentions could not be read. ${failed.message}` };
    return await askForMentions(tabId, terms, true);
  } catch (err) {
    return { ok: false, kind: 'failed', message: `Mentions could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * The same for a page whose scripts auto-scan registered, throwing when the page does not answer
 * (auto-scan tells "no script yet" apart from an answer); null when the user has no brands to look for.
 */
export async function findTabMentions(tabId: number, paint: boolean): Promise<Extract<MentionsResult, { ok: true }> | null> {
  const terms = await mentionTerms();
  return terms.length === 0 ? null : askForMentions(tabId, terms, paint);
}

/** The terms of the user's brands and competitors, as many as a page is sent. */
async function mentionTerms(): Promise<MentionTerm[]> {
  return buildTerms(await loadSettings()).slice(0, MAX_TERMS);
}

/**
 * Ask the page's mention script; `paint`: highlight them in the page (the popup's scan), or only
 * count them (auto-scan, with no one asking to see them). The badge shows the unlinked mentions.
 */
async function askForMentions(tabId: number, terms: MentionTerm[], paint: boolean): Promise<Extract<MentionsResult, { ok: true }>> {
  const { scan, highlights } = await sendToTab(tabId, 'findMentions', { terms, paint });
  await setUnlinkedCount(tabId, scan.counts.brand.unlinked);
  return { ok: true, scan, highlights };
}

/** What the browser says about who sent a message (never what the message says). */
export interface PageSender {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * A page's content script re-scanned its changed page: the badge of its own tab, as the
 * browser names the sender, shows the new count. Linkscout runs in top frames only, so any
 * other frame has no say; nothing else is touched.
 */
export async function badgeFromPage(data: RequestOf<'mentionsChanged'>, sender: PageSender): Promise<ResponseOf<'mentionsChanged'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return { badge: false };
  // A page still watching after auto-scan was switched off (or its access removed) has no say.
  if (!(await wasClicked(tabId)) && !(await autoScanActive())) return { badge: false };
  await setUnlinkedCount(tabId, data.unlinked);
  return { badge: true };
}
