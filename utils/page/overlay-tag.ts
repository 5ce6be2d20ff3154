/**
 * The tag of Linkscout's own UI in pages (overlay.ts); the mention scan and the page watch skip
 * it. A file of its own: the scripts that only need to know the tag do not carry the overlay.
 */
export const OVERLAY_TAG = 'linkscout-overlay';
