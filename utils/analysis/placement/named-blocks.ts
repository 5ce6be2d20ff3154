/**
 * Headings that name the block after them: "You may also like" over a grid of posts after the
 * main content, "More to explore" over a shop's recommendations inside a product page's main
 * block. Page builders put such a heading in a widget of its own (a wrapper or two around the
 * heading alone) beside the posts widget, so the heading hint of stats.ts (the heading's own
 * parent) misses them. Here a heading names what follows it inside the block around its
 * wrappers, up to the next heading.
 */
import { textOf } from '../dom-safe';
import { clip, foldWhitespace } from '../text';
import { headingHint, SUBHEADINGS } from './hints';
import type { PageStats } from './stats';

/** A card's text besides its title, at most (a line of summary). */
const CARD_TEXT = 200;
/** Elements of a card read before its title, at most (a picture, a label, a link). */
const CARD_ELEMENTS = 20;
/** A line under a heading in its wrapper, no longer than this, introduces the block ("Guides for finance teams"). */
const INTRO_CHARS = 120;
/** A link beside a heading in its wrapper, no longer than this, is its "See all". */
const SEE_ALL_CHARS = 24;
/**
 * Recent-post blocks ("Latest posts", "More cookie recipes", "Suggested topics") and a travel
 * page's neighbours ("Explore nearby", "Best nearby restaurants"): named so only after the main
 * content (on a news front page they are its content, in a travel guide its own section).
 */
const RECENT = /^(?:(?:recent|latest|more|other|newer|older|suggested|similar) (?:\p{L}+ ){0,2}(?:posts|articles|stories|entries|reads|recipes|videos|guides|reviews|news|episodes|products|topics|releases|podcasts)|suggested for you|(?:explore|things to do) nearby|(?:(?:best|top|more|other) )?nearby (?:hotels|restaurants|attractions|places|stays|rentals))\b/iu;

/**
 * Inside the main content, only a whole heading that names a shop's or a news site's
 * recommendations: "Popular misconceptions" or "More details from the report" is the text's own
 * section, and so are "See also" and "Related" lists in a wiki.
 */
const RECOMMENDATIONS =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|more to explore|explore more(?: \p{L}+){0,4}|(?:similar|related)(?: sponsored)? (?:items|products|searches)|sponsored (?:items|products)|customers (?:also|who) [\p{L} ]{0,40}|people also [\p{L} ]{0,30}|recommended for you|trending(?: now)?|most (?:read|popular|viewed)|popular (?:now|posts|articles|stories)|in case you missed it|don['’]t miss|editors?['’]? picks|related (?:posts|articles|stories|news)|read (?:next|more)|keep reading|recommended from [\p{L} ]{1,30}|recently viewed(?: items| products)?)\s*:?$/iu;

export interface NamedBlock {
  /** The heading's words, clipped. */
  name: string;
  /** The element the heading names, all of its subtree. */
  block: number;
}

/**
 * For element i after the main content (element `root`, at least 0), or `inside` it: the related
 * block a heading names around it, or null. Inside, a recommendation block in a product page's
 * main block ("More to explore", "Similar items"); "Recent posts" there is the listing itself.
 */
export function createNamedBlocks(stats: PageStats, root: number, where: 'after' | 'inside'): (i: number) => NamedBlock | null {
  const rootLast = stats.last[root]!;
  const [from, to] = where === 'after' ? [rootLast + 1, stats.elements.length] : [root + 1, rootLast + 1];
  let last: Int32Array | null = null;
  const memo = new Map<number, NamedBlock | null>();

  /** last[i]: the nearest heading at or before i, in the part read (-1: none). One pass, on first use. */
  function lastHeadings(): Int32Array {
    const n = stats.elements.length;
    const out = new Int32Array(n).fill(-1);
    let current = -1;
    for (let i = from; i < to; i++) {
      // A card's title is a heading too, but opens no new block: the block goes on.
      if (SUBHEADINGS.has(stats.tags[i]!) && stats.text[i]! > 2 * stats.linkText[i]! && !cardTitle(i)) current = i;
      out[i] = current;
    }
    return out;
  }

  /**
   * Heading i titles a card whose link comes before it (the Guardian's cards: an empty link laid
   * over the picture and the title): its parent holds little text besides the title. Not a
   * heading with its "See all" after it.
   */
  function cardTitle(i: number): boolean {
    const p = stats.parent[i]!;
    if (p < 0 || stats.links[p]! === stats.links[i]! || stats.text[p]! - stats.text[i]! > CARD_TEXT) return false;
    let before = false;
    for (let k = p + 1; k < i && k <= p + CARD_ELEMENTS && !before; k++) before = stats.isLink[k] === 1;
    // A heading that names a block is one, whatever link (a feed icon, a section's name) stands before it.
    return before && relatedName(i) === null;
  }

  /**
   * The block a heading names: the block around the wrappers that hold the heading alone (a
   * "See all" link beside it aside); when that block also holds the main content (the heading
   * sits beside the article), only the block right after the heading. -1 when none.
   */
  function blockOf(h: number): number {
    let k = h;
    for (let p = stats.parent[k]!; p > 0 && headingAlone(p, h); p = stats.parent[k]!) k = p;
    const scope = stats.parent[k]!;
    if (scope < 0) return -1;
    if (!(scope <= root && root <= stats.last[scope]!)) return scope;
    // The next block with something in it (a spacer between heading and grid is nothing).
    let next = stats.last[k]! + 1;
    while (next < stats.elements.length && stats.parent[next] === scope && stats.text[next] === 0 && stats.links[next] === 0) next = stats.last[next]! + 1;
    return next < stats.elements.length && stats.parent[next] === scope ? next : -1;
  }

  /** Wrapper p holds heading h and nothing else but one short link beside it ("See all") and a line introducing the block. */
  function headingAlone(p: number, h: number): boolean {
    const besides = stats.text[p]! - stats.linkText[p]! - (stats.text[h]! - stats.linkText[h]!);
    return (
      besides <= INTRO_CHARS &&
      stats.links[p]! - stats.links[h]! <= 1 &&
      stats.linkText[p]! - stats.linkText[h]! <= SEE_ALL_CHARS
    );
  }

  function relatedName(h: number): string | null {
    // headingHint reads at most 60 characters: a megabyte heading is not folded whole.
    const text = foldWhitespace((textOf(stats.elements[h]!) ?? '').slice(0, 2000));
    if (where === 'inside') return RECOMMENDATIONS.test(text) ? clip(text, 40) : null;
    return headingHint(text) === 'related' || RECENT.test(text) ? clip(text, 40) : null;
  }

  return (i) => {
    last ??= lastHeadings();
    const h = last[i]!;
    if (h < 0 || h === i) return null;
    let named = memo.get(h);
    if (named === undefined) {
      const name = relatedName(h);
      const block = name === null ? -1 : blockOf(h);
      // Inside the main content a block of prose under such a heading is still the text.
      named = block < 0 || (where === 'inside' && stats.prose[block]! > 0) ? null : { name: name!, block };
      memo.set(h, named);
    }
    return named !== null && i <= stats.last[named.block]! ? named : null;
  };
}
