import { PAGE_CHANGED, type OverlayReady, type RequestOf, type ResponseOf } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { sendToBackground } from '../messaging/transport';

/** The page's messages that show something on it (the overlay script draws them, and a mention's flash where the browser has no highlight API). */
type OnPageMessage = 'highlight' | 'revealLink' | 'revealMention';

export type OnPageAnswer<K extends OnPageMessage> = { ok: true; value: ResponseOf<K> } | Extract<OverlayReady, { ok: false }>;

/** The page or the background failed otherwise (the tab having moved on: PAGE_CHANGED). */
export const NO_ANSWER = 'The page did not answer: reload it and open Linkscout again.';

/** The tab the popup's list is of, and the address of the page it read there. */
export interface InspectedTab {
  tabId: number;
  url: string;
}

/** Tabs whose overlay script this popup has had injected. */
const prepared = new Map<number, Promise<OverlayReady>>();

/**
 * Ask a tab to show something on its page: the link highlight, or a flash on a link or mention.
 * The overlay script that draws it is injected first, once per tab while the popup is open (the
 * content script carries none of it). Failures come back as a sentence for the popup to show,
 * never thrown: the background's reason (a browser page, a tab gone), the page changed since it
 * was read, or no answer. After one, the next ask injects again.
 */
export async function showOnPage<K extends OnPageMessage>(tab: InspectedTab, type: K, data: RequestOf<K>): Promise<OnPageAnswer<K>> {
  const { tabId } = tab;
  let ready = prepared.get(tabId);
  if (!ready) {
    ready = sendToBackground('prepareOverlay', tab).catch(() => ({ ok: false as const, message: NO_ANSWER }));
    prepared.set(tabId, ready);
  }
  const overlay = await ready;
  // A failed ask lets the next one inject again; not if a newer ask already has.
  const forget = () => prepared.get(tabId) === ready && prepared.delete(tabId);
  if (!overlay.ok) {
    forget();
    return overlay;
  }
  try {
    return { ok: true, value: await sendToTab(tabId, type, data) };
  } catch (err) {
    forget();
    return { ok: false, message: noReceiver(err) ? PAGE_CHANGED : NO_ANSWER };
  }
}

/** The browser's words for a tab with no listener: the page the tab moved to has no content script. */
function noReceiver(err: unknown): boolean {
  return err instanceof Error && /receiving end does not exist/i.test(err.message);
}
