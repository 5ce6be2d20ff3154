/**
 * Promotions a newsroom's CMS sets into an article's text, each after a lead-in label: a line
 * "Related: <a>The 15 weirdest galaxies</a>" or "READ MORE: <a>…</a>", a "More:" heading over
 * a list of headlines, a "You may also like..." paragraph over paragraphs that are each a link.
 * Their links promote the site's other pages; they are not what the article cites. "See also"
 * and "Further reading" are left out: in a wiki or a guide they are the text's own references.
 */
import { shortText } from '../short-text';
import { clip, foldWhitespace } from '../text';
import { previousSiblingOf } from './main-content';
import { INLINE, type PageStats } from './stats';

const WORDS = String.raw`(?:related(?: (?:posts?|stories|story|articles?|coverage|content|reading|news|links?|videos?))?|read (?:more|also|next)|also read|see more|more(?: (?:on|from|about) [^:]{1,40})?|recommended(?: reading)?|you (?:may|might) also like|don['’]t miss|must read|trending(?: now)?|top stories)`;
/** A label opening a line, then its links. */
const LABEL = new RegExp(`^${WORDS}\\s*(?::|\\.\\.\\.|…)`, 'iu');
/** The same label as a line of its own ("More:", "You may also like..."); without its colon it is a heading ("Related content") that names its own section. */
const LABEL_LINE = new RegExp(`^${WORDS}\\s*(?::|\\.\\.\\.|…)$`, 'iu');
/** A line holding a label has at most this much text besides its links. */
const MAX_LABEL_CHARS = 40;
/** A line longer than this is not read for its label (its label and links would be read past it anyway). */
const MAX_LINE_CHARS = 400;
/** Promotions after one label, read back at most. */
const MAX_CHAIN = 12;

/** For link i inside the main content (element `root`): the lead-in label before it, or null. */
export function createLeadIns(stats: PageStats, root: number): (i: number) => string | null {
  const memo = new Map<number, string | null>();
  const lineMemo = new Map<number, string | null>();
  /** Nothing but link text (a bullet or a separator aside). */
  const allLink = (j: number) => stats.text[j]! > 0 && stats.text[j]! - stats.linkText[j]! <= 2;
  // A line's opening words: a long line (a paragraph of 3,000 links) is not read whole.
  const words = (j: number) => foldWhitespace(shortText(stats.elements[j]!, MAX_LINE_CHARS) ?? '');
  const block = (j: number) => !INLINE.has(stats.tags[j]!);

  return (i) => {
    // The link's own unit: the largest block around it made of links alone (a headline's <h4>, its <li>, its <ul>).
    let u = i;
    for (let p = stats.parent[u]!; p > root && allLink(p); p = stats.parent[p]!) u = p;
    let label = memo.get(u);
    if (label === undefined) {
      const b = stats.parent[u]!;
      let inLine = lineMemo.get(b);
      if (inLine === undefined) lineMemo.set(b, (inLine = labelInLine(b)));
      label = inLine ?? labelBefore(u);
      memo.set(u, label);
    }
    return label;
  };

  /** "Related: <a>…</a>": the line around the unit holds the label and links, nothing else. */
  function labelInLine(b: number): string | null {
    if (b <= root) return null;
    const other = stats.text[b]! - stats.linkText[b]!;
    if (other === 0 || other > MAX_LABEL_CHARS) return null;
    const m = LABEL.exec(words(b));
    return m && m[0].replace(/\s/g, '').length >= other - 2 ? clip(m[0], 40) : null;
  }

  /** "More:" / "You may also like...": a label line before the unit, past sibling promotions; lines, not words within one. */
  function labelBefore(u: number): string | null {
    if (!block(u)) return null;
    let k = previousSiblingOf(stats, u);
    for (let n = 0; k >= 0 && n < MAX_CHAIN; n++) {
      if (stats.text[k] === 0 || allLink(k)) {
        k = previousSiblingOf(stats, k);
        continue;
      }
      if (block(k) && stats.links[k] === 0 && stats.text[k]! <= MAX_LABEL_CHARS && LABEL_LINE.test(words(k))) return clip(words(k), 40);
      return null;
    }
    return null;
  }
}
