/**
 * Parts of a page that speak of other pieces and people than the page's own: its comments,
 * related posts, sidebars, menus and footers. A byline or a date found there is not the page's,
 * and does not count as a listing's either (page-author.ts, page-date.ts).
 */
import { closest } from './dom-safe';

/** Comments: their authors and dates are the commenters'. */
const COMMENTS = '[class*="comment" i], [id*="comment" i], [itemprop="comment"]';
const OTHERS = `${COMMENTS}, aside, nav, footer, [role="complementary"], [role="navigation"], [class*="related" i], [class*="sidebar" i], [class*="widget" i]`;

/** Inside a comment (or a comment's own author element). */
export function inComments(el: Element): boolean {
  return closest(el, COMMENTS) !== null;
}

/** Inside comments, related posts, a sidebar or widget, a menu or a footer. */
export function inOthersPart(el: Element): boolean {
  return closest(el, OTHERS) !== null;
}
