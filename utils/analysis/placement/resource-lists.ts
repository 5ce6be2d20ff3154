/**
 * Resource lists: a list of links under a heading of its own in an article's text, most of them
 * to other sites ("Further reading", "Sources", "Tools we use"). A link-dense list inside an
 * article is mostly a menu, a tag list or "more stories" (placement.ts calls it related); one
 * the article names with its own heading and that points away from the site is part of what the
 * article says, and the very links a link builder looks for. So is a list the paragraph before
 * it announces ("… you can read about the prior art, including:").
 */
import { attr, textOf } from '../dom-safe';
import { createPageAddress } from '../links';
import { isWebScheme } from '../resolve-href';
import { bareHost, hostOf, isHostOf } from '../../urls';
import { clip, countWords, foldWhitespace } from '../text';
import { headingHint, SUBHEADINGS } from './hints';
import { previousSiblingOf } from './main-content';
import type { PageStats } from './stats';

const LISTS = new Set(['ul', 'ol', 'dl']);
/** Wrappers climbed from the list to the heading before it: page builders wrap each widget twice. */
const MAX_CLIMB = 3;
/** A wrapper with more text than this holds more than a heading. */
const MAX_HEADING_CHARS = 200;
/** A paragraph all in bold longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING_CHARS = 80;
/** Words of the sentence that announces a list, at least ("More stories:" is a label, lead-ins.ts's). */
const INTRO_WORDS = 6;
/** A paragraph longer than this is a whole block of text, not the line that announces a list. */
const MAX_INTRO_BLOCK_CHARS = 4000;
/** Words of a line that announces the site's other pages. */
const PROMOTION = /\b(related|(also|might|may) (like|enjoy)|more (posts|articles|stories))\b/i;
/** Headings of lists that are the site's, not the article's (headingHint names related, share, author…). */
const SITE_LISTS = /^(follow|connect with|find us|stay (connected|in touch)|social|subscribe|our (network|partners|sites|brands))\b/i;

/** Questions about a link-dense list at element `list`, one placement.ts found inside an article's main content. */
export interface ResourceLists {
  /** The heading that names the list when it is a resource list, else null. Memoised per list. */
  heading(list: number): string | null;
  /** The share of the list's links that go to other sites (0 for a list without links). */
  elsewhere(list: number): number;
  /** The list follows a sentence of the text that announces it ("… you can read about the prior art, including:"). */
  introduced(list: number): boolean;
}

/**
 * Links are resolved as the link reader does (against `<base href>`, hosts in punycode) and
 * judged by the page's own address.
 */
export function createResourceLists(stats: PageStats, root: number, doc: Document, pageUrl: string): ResourceLists {
  const memo = new Map<number, string | null>();
  const site = bareHost(hostOf(pageUrl));
  let counts: { links: Int32Array; elsewhere: Int32Array } | null = null;
  return {
    heading(list) {
      let heading = memo.get(list);
      if (heading === undefined) {
        heading = judge(list);
        memo.set(list, heading);
      }
      return heading;
    },
    elsewhere,
    introduced,
  };

  function introduced(list: number): boolean {
    const k = blockBefore(list);
    // A paragraph of the text (prose), not a label line or a row of links; not a whole section
    // before the list (its text is read whole).
    if (k < 0 || stats.prose[k]! === 0 || stats.text[k]! > MAX_INTRO_BLOCK_CHARS) return false;
    const text = foldWhitespace((textOf(stats.elements[k]!) ?? '').slice(-400));
    if (!text.endsWith(':')) return false;
    const sentence = text.slice(0, -1).split(/[.!?]\s/).pop()!;
    // "Related articles on this from our blog:" names a widget, as a heading would, and so do
    // longer lines of the kind ("If you liked this post, you might also enjoy these:").
    return countWords(sentence) >= INTRO_WORDS && headingHint(sentence) === null && !PROMOTION.test(sentence);
  }

  /** The block with text just before element j (text-less siblings skipped), climbing wrappers j opens. */
  function blockBefore(j: number): number {
    for (let up = 0; up <= MAX_CLIMB && j > root; up++) {
      let prev = previousSiblingOf(stats, j);
      while (prev >= 0 && stats.text[prev] === 0) prev = previousSiblingOf(stats, prev);
      if (prev >= 0) return prev;
      j = stats.parent[j]!;
    }
    return -1;
  }

  function judge(list: number): string | null {
    if (!LISTS.has(stats.tags[list]!)) return null;
    const h = headingBefore(list);
    if (h < 0) return null;
    // Documentation generators end a heading with its permalink sign (¶, #).
    // Only a heading's head is folded: a page may write a megabyte into one.
    const text = foldWhitespace((textOf(stats.elements[h]!) ?? '').slice(0, 2000)).replace(/[\s¶#:]+$/, '');
    // "See also" heads a news site's own stories as often as a wiki's or a guide's references:
    // the share of links to other sites below tells them apart.
    if (!text || (headingHint(text) !== null && !/^see also$/i.test(text)) || SITE_LISTS.test(text)) return null;
    return elsewhere(list) > 1 / 2 ? clip(text, 60) : null;
  }

  /** The heading just before element j (text-less siblings skipped), climbing wrappers j opens. */
  function headingBefore(j: number): number {
    const prev = blockBefore(j);
    return prev >= 0 ? headingIn(prev) : -1;
  }

  /**
   * k itself when a heading; the heading k wraps and nothing else (a page builder's heading
   * widget); or k when it is a paragraph all in bold ("<p><strong>Further reading:</strong></p>").
   */
  function headingIn(k: number): number {
    if (SUBHEADINGS.has(stats.tags[k]!)) return k;
    if (stats.text[k]! > MAX_HEADING_CHARS) return -1;
    for (let m = k + 1; m <= stats.last[k]!; m++) {
      const tag = stats.tags[m]!;
      if (SUBHEADINGS.has(tag)) return stats.text[m] === stats.text[k] ? m : -1;
      if (stats.tags[k] === 'p' && (tag === 'strong' || tag === 'b')) return stats.text[m] === stats.text[k] && stats.text[k]! <= MAX_BOLD_HEADING_CHARS ? k : -1;
    }
    return -1;
  }

  /** The share of the list's links that go to other sites (by host: www. and subdomains are the site); 0 without links. */
  function elsewhere(list: number): number {
    counts ??= countLinks();
    const from = list - root;
    const to = stats.last[list]! - root + 1;
    const links = counts.links[to]! - counts.links[from]!;
    return links === 0 ? 0 : (counts.elsewhere[to]! - counts.elsewhere[from]!) / links;
  }

  /**
   * Running counts of the main content's links and of those to other sites, in walk order: any
   * list's are two subtractions (nested lists must not each count their whole subtree). Read
   * once, on the first list asked about.
   */
  function countLinks(): { links: Int32Array; elsewhere: Int32Array } {
    const span = stats.last[root]! - root + 1;
    const links = new Int32Array(span + 1);
    const elsewhere = new Int32Array(span + 1);
    const { resolve } = createPageAddress(doc, pageUrl);
    for (let k = root; k < root + span; k++) {
      const at = k - root;
      let link = 0;
      let away = 0;
      if (stats.isLink[k]) {
        link = 1;
        const url = resolve(attr(stats.elements[k]!, 'href') ?? '');
        if (url !== null && isWebScheme(url)) {
          // The site's own: the same host, a subdomain of it, or the domain it is a subdomain of.
          const host = bareHost(url.hostname);
          if (!isHostOf(host, site) && !isHostOf(site, host)) away = 1;
        }
      }
      links[at + 1] = links[at]! + link;
      elsewhere[at + 1] = elsewhere[at]! + away;
    }
    return { links, elsewhere };
  }
}
