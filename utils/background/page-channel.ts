import { browser } from 'wxt/browser';
import { arrivalEvent } from '../page/content-lifecycle';

let made: Promise<unknown> | null = null;

/**
 * The content scripts' arrival channel (content-lifecycle.ts), made by the background before it
 * injects or registers them: tabs starting at once would otherwise each make one, and an orphan
 * listening on another copy's name would stay.
 */
export function pageChannelReady(): Promise<unknown> {
  made ??= arrivalEvent(browser.storage.local).catch(() => {
    made = null;
  });
  return made;
}
