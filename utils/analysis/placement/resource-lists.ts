/**
 * Resource lists: a list of links under a heading of its own in an article's text, most of them
 * to other sites ("Further reading", "Sources", "Tools we use"). A link-dense list inside an
 * article is mostly a menu, a tag list or "more stories" (placement.ts calls it related); one
 * the article names with its own heading and that points away from the site is part of what the
 * article says, and the very links a link builder looks for.
 */
import { attr, textOf } from '../dom-safe';
import { clip, foldWhitespace } from '../text';
import { headingHint } from './hints';
import type { PageStats } from './stats';

const LISTS = new Set(['ul', 'ol', 'dl']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Wrappers climbed from the list to the heading before it: page builders wrap each widget twice. */
const MAX_CLIMB = 3;
/** A wrapper with more text than this holds more than a heading. */
const MAX_HEADING_CHARS = 200;
/** A paragraph all in bold longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING_CHARS = 80;
/** Headings of lists that are the site's, not the article's (headingHint names related, share, author…). */
const SITE_LISTS = /^(follow|connect with|find us|stay (connected|in touch)|social|subscribe|our (network|partners|sites|brands))\b/i;

/**
 * For the link-dense list at element `list` (one placement.ts found inside an article's main
 * content): the heading that names it when it is a resource list, else null. Memoised per list.
 */
export function createResourceLists(stats: PageStats, root: number, pageHost: string): (list: number) => string | null {
  const memo = new Map<number, string | null>();
  const site = bareHost(pageHost);
  return (list) => {
    let heading = memo.get(list);
    if (heading === undefined) {
      heading = judge(list);
      memo.set(list, heading);
    }
    return heading;
  };

  function judge(list: number): string | null {
    if (!LISTS.has(stats.tags[list]!)) return null;
    const h = headingBefore(list);
    if (h < 0) return null;
    // Documentation generators end a heading with its permalink sign (¶, #).
    const text = foldWhitespace(textOf(stats.elements[h]!) ?? '').replace(/[\s¶#:]+$/, '');
    if (!text || headingHint(text) !== null || SITE_LISTS.test(text)) return null;
    return mostlyElsewhere(list) ? clip(text, 60) : null;
  }

  /** The heading just before element j (text-less siblings skipped), climbing wrappers j opens. */
  function headingBefore(j: number): number {
    for (let up = 0; up <= MAX_CLIMB && j > root; up++) {
      let prev = previousSibling(j);
      while (prev >= 0 && stats.text[prev] === 0) prev = previousSibling(prev);
      if (prev >= 0) return headingIn(prev);
      j = stats.parent[j]!;
    }
    return -1;
  }

  /** The element before j under the same parent, or -1: in document order, j - 1 is it or lies inside it. */
  function previousSibling(j: number): number {
    const p = stats.parent[j]!;
    let k = j - 1;
    if (k <= p) return -1;
    while (stats.parent[k] !== p) k = stats.parent[k]!;
    return k;
  }

  /**
   * k itself when a heading; the heading k wraps and nothing else (a page builder's heading
   * widget); or k when it is a paragraph all in bold ("<p><strong>Further reading:</strong></p>").
   */
  function headingIn(k: number): number {
    if (HEADINGS.has(stats.tags[k]!)) return k;
    if (stats.text[k]! > MAX_HEADING_CHARS) return -1;
    for (let m = k + 1; m <= stats.last[k]!; m++) {
      const tag = stats.tags[m]!;
      if (HEADINGS.has(tag)) return stats.text[m] === stats.text[k] ? m : -1;
      if (stats.tags[k] === 'p' && (tag === 'strong' || tag === 'b')) return stats.text[m] === stats.text[k] && stats.text[k]! <= MAX_BOLD_HEADING_CHARS ? k : -1;
    }
    return -1;
  }

  /** More than half of the list's links go to other sites (by host: www. and subdomains are the site). */
  function mostlyElsewhere(list: number): boolean {
    let links = 0;
    let elsewhere = 0;
    for (let k = list; k <= stats.last[list]!; k++) {
      if (!stats.isLink[k]) continue;
      links++;
      const host = hostOfHref(attr(stats.elements[k]!, 'href') ?? '');
      if (host && !sameSite(host, site)) elsewhere++;
    }
    return elsewhere * 2 > links;
  }
}

/** The host of an absolute or scheme-relative http(s) href, lower-cased; '' for a link on this site or another scheme. */
function hostOfHref(href: string): string {
  const m = /^\s*(?:https?:)?\/\/([^/?#:\s]+)/i.exec(href);
  return m ? bareHost(m[1]!) : '';
}

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
