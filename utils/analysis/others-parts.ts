/**
 * Parts of a page that speak of other pieces and people than the page's own: its comments and reviews,
 * related posts, sidebars and widgets, menus and the site's footer. A byline or a date found
 * there is not the page's, and does not count as a listing's either (page-author.ts,
 * page-date.ts). Named by class tokens and prefixes, not any class holding the word: themes put
 * `no-sidebar`, `has-comments` or `tweak-related-products` on the body of every page.
 */
import { closest, query, tagOf } from './dom-safe';

const COMMENTS =
  '[class~="comment" i], [class~="comments" i], [class*="comment-" i], [class*="comments-" i], [class~="commentlist" i], ' +
  '[id~="comments" i], [id^="comment-" i], [itemprop="comment"], [typeof~="sioct:Comment" i], [typeof~="schema:Comment" i], ' +
  // A product's reviews (`itemprop="review"` on each): their authors and days are the reviewers'.
  '[itemprop~="review" i]';
const OTHERS =
  `${COMMENTS}, aside, nav, [role="complementary"], [role="navigation"], ` +
  '[class~="sidebar" i], [id~="sidebar" i], [class*="sidebar-" i], [class~="widget" i], [class*="widget-area" i], ' +
  '[class~="related" i], [class*="related-" i], [id*="related" i]';
/** The site's footer; an article's own <footer> holds its byline and date. */
const SITE_FOOTER = 'footer, [role="contentinfo"]';

/** Inside a comment (or a comment's own author element). */
export function inComments(el: Element): boolean {
  return isPart(closest(el, COMMENTS));
}

/** Inside comments, related posts, a sidebar or widget, a menu or the site's footer. */
export function inOthersPart(el: Element): boolean {
  if (isPart(closest(el, OTHERS))) return true;
  const footer = closest(el, SITE_FOOTER);
  return footer !== null && closest(footer, 'article') === null && isPart(footer);
}

/** A part of the page, not a wrapper of the whole page (the body, or anything holding its h1 or main content). */
function isPart(el: Element | null): boolean {
  if (el === null) return false;
  const tag = tagOf(el);
  return tag !== 'body' && tag !== 'html' && query(el, 'h1, main, [role="main"]') === null;
}
