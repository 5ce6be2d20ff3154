/**
 * Parts of a page that speak of other pieces and people than the page's own: its comments and reviews,
 * related posts, sidebars and widgets, menus and the site's footer. A byline or a date found
 * there is not the page's, and does not count as a listing's either (page-author.ts,
 * page-date.ts). Named by class tokens and prefixes, not any class holding the word: themes put
 * `no-sidebar`, `has-comments` or `tweak-related-products` on the body of every page.
 */
import { closest, contains, matches, query, tagOf } from './dom-safe';

/** A review of the page's subject: a product's reviews are its buyers', their authors and days theirs. */
const REVIEW = '[itemprop~="review" i]';
const COMMENTS =
  '[class~="comment" i], [class~="comments" i], [class*="comment-" i], [class*="comments-" i], [class~="commentlist" i], ' +
  '[id~="comments" i], [id^="comment-" i], [itemprop="comment"], [typeof~="sioct:Comment" i], [typeof~="schema:Comment" i], ' +
  REVIEW;
const OTHERS =
  `${COMMENTS}, aside, nav, [role="complementary"], [role="navigation"], ` +
  '[class~="sidebar" i], [id~="sidebar" i], [class*="sidebar-" i], [class~="widget" i], [class*="widget-area" i], ' +
  '[class~="related" i], [class*="related-" i], [id*="related" i]';
/** The site's footer; an article's own <footer> holds its byline and date. */
const SITE_FOOTER = 'footer, [role="contentinfo"]';

export interface OthersParts {
  /** Inside a comment or a review (or its own author element). */
  inComments(el: Element): boolean;
  /** Inside comments, reviews, related posts, a sidebar or widget, a menu or the site's footer. */
  inOthersPart(el: Element): boolean;
}

/**
 * The other people's parts of a page whose main content is `main` (null: unknown). A review
 * holding the main content is the page's own: a review blog marks its one review of a product
 * as a product's shop marks its buyers' (Product › review).
 */
export function othersParts(main: Element | null): OthersParts {
  const others = (part: Element | null) => isPart(part) && !(main && matches(part!, REVIEW) && contains(part!, main));
  return {
    inComments: (el) => others(closest(el, COMMENTS)),
    inOthersPart(el) {
      if (others(closest(el, OTHERS))) return true;
      const footer = closest(el, SITE_FOOTER);
      return footer !== null && closest(footer, 'article') === null && isPart(footer);
    },
  };
}

/** A part of the page, not a wrapper of the whole page (the body, or anything holding its h1 or main content). */
function isPart(el: Element | null): boolean {
  if (el === null) return false;
  const tag = tagOf(el);
  return tag !== 'body' && tag !== 'html' && query(el, 'h1, main, [role="main"]') === null;
}
