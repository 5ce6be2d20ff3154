/**
 * The words of a byline: the label a byline writes before the name ("By", "Written by",
 * "Author:"), and the roles that make a byline someone else's than the writer's (an editor, a
 * reviewer, a photographer). Shared by the page's author field and the placement of byline links.
 */

/** Labels a byline writes before the name, at the start of its text. */
export const LABEL = /^(?:(?:written|posted|published)\s+)?by\b\s*:?\s*|^authors?\s*:\s*/i;
/** Bylines of other people than the writer: an editor, a reviewer, a photographer. */
const ROLE = '(?:updated|edited|reviewed|fact[-\\s]?checked|photos?|photographs?|illustrations?|video)\\s+by';
/** The role at the start of the byline's own text… */
export const ROLE_FIRST = new RegExp(`^(?:\\S+\\s+)?${ROLE}\\b`, 'i');
/** …or just before the element, in its parent ("Medically reviewed by <a>…</a>"). */
export const ROLE_BEFORE = new RegExp(`\\b${ROLE}\\s*:?\\s*$`, 'i');
/**
 * A byline's label, all of the text before the linked name in its line (or after a separator):
 * "By", "Written by", "Posted on 3 March 2024 by", "News provided by", "Author:", "From:" (GOV.UK
 * names the department so). Not "Sort by", "Shop by", "Sold by" or any other "… by".
 */
export const LABEL_BEFORE =
  /(?:^|[|·•—–])\s*(?:(?:(?:written|posted|published|story|words|text|reported|news provided)\s+)?by|(?:posted|published|written)\s+(?:on|in)\s+[^|·•—–]{1,40}?\s+by|authors?\s*:|from\s*:)\s*:?\s*$/i;
/** Credits that end in "by" and name no writer ("Data provided by" a market feed; a press release's "News provided by" names its issuer). */
export const CREDIT_BEFORE = new RegExp(
  `(?:\\b${ROLE}|\\b(?:powered|designed|developed|hosted|sponsored|presented|supported|funded|built|made|theme|template|site|brought to you|curated|translated|narrated|read)\\s+by|(?<!\\bnews\\s+)\\bprovided\\s+by)\\s*:?\\s*$`,
  'i',
);
