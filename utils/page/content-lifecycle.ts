import { randomHex } from '../random-hex';

/** Where the copies of the content script keep the name of their arrival event: the extension's storage, which no page reads. */
export const CHANNEL_KEY = 'pageChannel';

const CHANNEL = /^[0-9a-f]{32}$/;

/** The part of `browser.storage.local` this needs. */
export interface ChannelStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The name of the event by which a new copy of the content script tells an orphaned one to
 * leave: random, made once and kept in the extension's storage, so the copies before and after
 * a reload share it while the page never learns it. An event of a fixed name would tell every
 * page that Linkscout is inspecting it (and auto-scan injects into every page).
 */
export async function arrivalEvent(store: ChannelStore): Promise<string> {
  const stored = (await store.get(CHANNEL_KEY))[CHANNEL_KEY];
  if (typeof stored === 'string' && CHANNEL.test(stored)) return `linkscout-${stored}`;
  const fresh = randomHex(16);
  await store.set({ [CHANNEL_KEY]: fresh });
  return `linkscout-${fresh}`;
}

/**
 * Hand the page over from an orphaned copy of the content script to a new one. When Linkscout
 * is reloaded or updated with the page open, Chromium keeps the old copy running, its extension
 * gone but its overlay, highlights and page watch still there, and runs the new copy in a fresh
 * isolated world that cannot reach it. The DOM is what both share: the new copy fires `event`
 * (see arrivalEvent) on the window and the orphan, hearing it, leaves. A copy whose extension
 * is alive ignores it, so even a page that learnt the name changes nothing.
 */
export function announceAndWatch(win: Window, event: string, orphaned: () => boolean, leave: () => void): void {
  win.dispatchEvent(new Event(event));
  win.addEventListener(event, () => orphaned() && leave());
}
