/**
 * Lead text: paragraphs of the page's text just above the block chosen as its main content.
 * Pages split their text: MDN puts the title and the opening paragraphs in a "header" block and
 * the rest in a body block beside a table of contents; news sites set the standfirst and the
 * first paragraphs apart from the story's body, above a photo. When the page marks its main
 * content (`<main>`, `role=main`, `<article>`) around the chosen block, a paragraph of prose
 * inside that mark and before the block is the same text, and its links are content (a
 * listing's intro too: the site wrote it for the page, as it wrote an article's standfirst).
 *
 * Only before the block: after it, inside `<main>`, sit author bios, promotions and "more
 * stories" with paragraphs of their own (measured: 5 calls better, 18 worse).
 */
import { closest } from '../dom-safe';
import type { PageStats } from './stats';

/** For link i: the source of the page's main mark (`<main>`) when the link is in lead text, else null. */
export function createLeadText(stats: PageStats, root: number): (link: Element, i: number) => string | null {
  const mark = markAround(stats, root);
  if (mark < 0) return () => null;
  const source = stats.hints[mark]!.source;
  return (link, i) => {
    if (i <= mark || i >= root) return null;
    const p = closest(link, 'p');
    const j = p ? stats.index.get(p) : undefined;
    // The paragraph itself inside the mark (not the mark inside a paragraph) and prose (stats.ts).
    return j !== undefined && j > mark && stats.prose[j]! > 0 ? source : null;
  };
}

/** The nearest ancestor of the main block the page marks as its main content (not a forum post), or -1. */
function markAround(stats: PageStats, root: number): number {
  if (root < 0) return -1;
  for (let j = stats.parent[root]!; j >= 0; j = stats.parent[j]!) {
    const h = stats.hints[j];
    if (h && h.kind === 'main' && h.strong && !h.post) return j;
  }
  return -1;
}
