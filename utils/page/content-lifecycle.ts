/** The event a copy of the content script fires in the page as it starts. */
export const ARRIVED_EVENT = 'linkscout:content';

/**
 * Hand the page over from an orphaned copy of the content script to a new one. When Linkscout
 * is reloaded or updated with the page open, Chromium keeps the old copy running, its extension
 * gone but its overlay, highlights and page watch still there, and runs the new copy in a fresh
 * isolated world that cannot reach it. The DOM is what both share: the new copy announces
 * itself on the window and the orphan, hearing it, leaves. The page can fire the same event;
 * a copy whose extension is alive ignores it, so a forged one changes nothing.
 */
export function announceAndWatch(win: Window, orphaned: () => boolean, leave: () => void): void {
  win.dispatchEvent(new Event(ARRIVED_EVENT));
  win.addEventListener(ARRIVED_EVENT, () => orphaned() && leave());
}
