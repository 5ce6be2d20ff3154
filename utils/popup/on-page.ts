import type { OverlayReady, RequestOf, ResponseOf } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { sendToBackground } from '../messaging/transport';

/** The page's messages that show something on it (the overlay script draws them, and a mention's flash where the browser has no highlight API). */
type OnPageMessage = 'highlight' | 'revealLink' | 'revealMention';

export type OnPageAnswer<K extends OnPageMessage> = { ok: true; value: ResponseOf<K> } | Extract<OverlayReady, { ok: false }>;

/** Tabs whose overlay script this popup has had injected. */
const prepared = new Map<number, Promise<OverlayReady>>();

/**
 * Ask a tab to show something on its page: the link highlight, or a flash on a link or mention.
 * The overlay script that draws it is injected first, once per tab while the popup is open (the
 * content script carries none of it). Failures come back in words for the popup, never thrown:
 * after one, the next ask injects again (the tab may have moved to a page without the scripts).
 */
export async function showOnPage<K extends OnPageMessage>(tabId: number, type: K, data: RequestOf<K>): Promise<OnPageAnswer<K>> {
  let ready = prepared.get(tabId);
  if (!ready) {
    ready = sendToBackground('prepareOverlay', { tabId }).catch((err: unknown) => ({ ok: false as const, message: messageOf(err) }));
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
    return { ok: false, message: messageOf(err) };
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
