/**
 * Why a link sits where it does, as a code and the page's own words it quotes (a class name, a
 * heading): `['heading', 'More stories']`. The content script sends only the codes: it imports
 * the types of this file and none of its words (its size is budgeted, and a 10,000-link page's
 * sentences made each message of its report heavier). The background words them as it scores
 * the report (score-report.ts); tests and the dom eval word them with `reasonText`.
 */
import type { HintKind } from './hints';

/** A hint's source without its "inside ": "<header>", "class 'masthead'". */
const bare = (source: string) => source.replace(/^inside /, '');

/** A region a hint names: the hint's source when it says "inside <nav>" already, else the region's words and the source. */
const region = (words: string) => (source: string) => (source.startsWith('inside ') ? source : `${words} (${source})`);

const notInText = 'not a link in the text';

const WORDS = {
  // Regions that markup names (hints.ts), keyed by the hint's kind.
  header: region('in the site header'),
  navigation: region('in a navigation menu'),
  sidebar: region('in a sidebar'),
  footer: region('in the site footer'),
  comments: region('inside the comments block'),
  related: region('in a related-content block'),
  author: region('in the author box'),
  share: region('among share buttons'),
  breadcrumbs: region('in the breadcrumbs'),
  tags: region('in a tag list'),
  ad: region('in an ad slot'),
  overlay: region('in a pop-up dialog over the page'),
  articleFooter: region('in the footer of the article'),
  headerMenu: (source: string) => `in a menu of the site header (${bare(source)})`,
  posterPane: (source: string) => `in the poster’s pane beside the post (${bare(source)})`,
  withinMain: () => 'within the main content',
  siteLogo: () => 'the site’s logo, a link to its home page, in the site’s bar before the main content',
  siteControl: () => 'the visitor’s own control (log in, a cart, a subscription, a demo) in the site’s bar before the main content',

  // Controls wherever they sit, and jumps within the page (same-page.ts).
  shareLink: () => 'a share button',
  skip: () => `a link skipping to another part of the page, ${notInText}`,
  note: () => `a note or index marker, jumping within this page, ${notInText}`,
  anchor: () => `a heading’s anchor (a link to its place on this page), ${notInText}`,
  self: () => `a permalink to the block it sits in (an update’s or a post’s time stamp), ${notInText}`,
  button: (source: string) => `a button, ${notInText} (${source})`,
  noscript: () => 'inside <noscript>, shown only with scripts off',
  outsideBody: () => 'outside the page body',

  // Inside the main content: `inMain` names it (by its markup or as the block holding most text).
  inMain: (source: string) => `inside the main content (${source})`,
  siteButton: (source: string) => `a button to its entry's own site, one of several alike each to another site, as in a directory (${source})`,
  leadParagraph: () => 'in a paragraph of the text before the main block',
  resources: (heading: string) => `in a list of links to other sites under the article’s heading “${heading}”`,
  toc: () => 'in a table of contents (links to parts of this page)',
  headerByline: () => 'in the byline of the page’s header',
  bylineAboveText: () => 'in the byline above the text',
  postChrome: () => 'in a post of the thread, outside its message (its byline, date, controls or signature)',
  postTitle: () => 'a post’s title, linking to the post itself',
  heading: (name: string) => `under the heading '${name}'`,
  leadIn: (words: string) => `a promotion after the lead-in '${words}'`,
  listBeforeText: () => 'in a link-dense list before the article text',
  listInText: () => 'in a link-dense list within the article text',
  afterText: () => 'after the article text, outside its paragraphs',
  teaser: () => 'in a story teaser inside the article, outside its paragraphs',
  embed: () => 'in an embed inside the article, outside its paragraphs',
  twinPicture: (partner: string) => `a picture repeating the link “${partner}” beside it (same address; the text link carries the anchor)`,
  twinBare: (partner: string) => `a link without text repeating the link “${partner}” beside it (same address; the text link carries the anchor)`,
  template: (text: string, count: string) => `a repeated template link (“${text}” ×${count}), not editorial text`,

  // Outside the main content, where no markup names the region (regions.ts).
  noMain: () => 'no main content stands out on this page',
  bylineAboveMain: () => 'in the byline above the main content',
  columnLeft: () => 'in a column left of the main content',
  columnRight: () => 'in a column right of the main content',
  listAbove: () => 'in a link-dense list above the main content',
  pageHeader: () => 'in the page header, above the main content',
  above: () => 'above the main content',
  headingAfter: (name: string) => `under the heading '${name}', after the main content`,
  pageFoot: () => 'at the foot of the page, below the main content',
  below: () => 'below the main content',
  listBefore: () => 'in a link-dense list before the main content',
  pageTop: () => 'at the top of the page, before the main content',
  before: () => 'before the main content',
  pageEnd: () => 'at the end of the page, after the main content',
  besideAfter: () => 'next to the main content, after it in the page',
  outside: () => 'outside the main content',
} satisfies Record<Exclude<HintKind, 'main'>, (source: string) => string> & Record<string, (...args: string[]) => string>;

export type ReasonCode = keyof typeof WORDS;

/** Every code, with how many of the page's words it quotes. */
export const REASON_CODES: ReadonlyMap<ReasonCode, number> = new Map(Object.entries(WORDS).map(([code, say]) => [code as ReasonCode, say.length]));

/** A reason: its code, then the words it quotes, as many as its wording takes. */
export type PlacementReason = { [C in ReasonCode]: readonly [C, ...Parameters<(typeof WORDS)[C]>] }[ReasonCode];

/** Each code's own words, in characters: its wording with nothing quoted. */
const OWN_WORDS = new Map(Object.entries(WORDS).map(([code, say]: [string, (...args: string[]) => string]) => [code, say(...new Array<string>(say.length).fill('')).length]));

/**
 * The characters of a checked reason once worded, at most: its own words and the page's it
 * quotes. The bound on a report's size counts this (report-schema.ts), not the short code sent.
 */
export function wordedLength(r: PlacementReason): number {
  let n = OWN_WORDS.get(r[0])!;
  for (let i = 1; i < r.length; i++) n += r[i]!.length;
  return n;
}

/** Whether `x` is a reason as sent over the wire: a known code with as many strings as its wording takes. */
export function isPlacementReason(x: unknown, maxChars: number): x is PlacementReason {
  if (!Array.isArray(x) || x.length === 0 || typeof x[0] !== 'string' || !Object.hasOwn(WORDS, x[0])) return false;
  if (x.length !== WORDS[x[0] as ReasonCode].length + 1) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string' || (x[i] as string).length > maxChars) return false;
  return true;
}

/** The reason in words a user reads: "under the heading 'More stories'". */
export function reasonText(r: PlacementReason): string {
  return (WORDS[r[0]] as (...args: string[]) => string)(...r.slice(1));
}

/**
 * Reason lists in words, made once per distinct list and frozen: links placed alike share one
 * (a page of 50,000 links has a few hundred), as their counts and strength do.
 */
export function reasonWorder(): (reasons: readonly PlacementReason[]) => readonly string[] {
  const made = new Map<string, readonly string[]>();
  return (reasons) => {
    const key = JSON.stringify(reasons);
    let words = made.get(key);
    if (!words) made.set(key, (words = Object.freeze(reasons.map(reasonText))));
    return words;
  };
}
