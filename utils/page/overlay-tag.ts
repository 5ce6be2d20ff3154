/**
 * Linkscout's own UI in pages (overlay.ts): the tag of its host, and the mark that tells it from
 * a page's element of the same name. The analysis, the mention scan and the page watch skip it.
 * A file of its own: the scripts that only need to know it do not carry the overlay.
 */
import { tagOf } from '../analysis/dom-safe';

export const OVERLAY_TAG = 'linkscout-overlay';

/**
 * Set on the host by the overlay. It lives in the extension's script world, which the page's
 * scripts cannot read or write: a page naming its own element `linkscout-overlay` (to hide links
 * or mentions in it) is still read.
 */
const OURS = Symbol.for('linkscout.overlay-host');

export function markOverlayHost(host: Element): void {
  (host as unknown as Record<symbol, boolean>)[OURS] = true;
}

/** Whether `el` is the host of Linkscout's overlay (not a page's element of that name). */
export function isOverlayHost(el: Element): boolean {
  return tagOf(el) === OVERLAY_TAG && (el as unknown as Record<symbol, boolean>)[OURS] === true;
}
