import type { ExtractedLink, RobotsDirectives } from '../analysis/types';
import type { Judgement } from './types';
import { frozenMemo } from '../frozen-memo';

/** The rel values that tell search engines not to pass credit. */
export const QUALIFYING_RELS = ['nofollow', 'sponsored', 'ugc'] as const;

/**
 * Whether a search engine would likely count the link: a followed, visible (or only collapsed)
 * web link on a page that is neither noindex nor nofollow. Every reason that applies is listed, blockers first.
 */
export function judgeCounts(link: ExtractedLink, robots: RobotsDirectives): Judgement {
  const blockers: string[] = [];
  if (link.scheme !== 'http') blockers.push(`not a web link (${link.scheme})`);
  const qualifiers = QUALIFYING_RELS.filter((r) => link.rel.includes(r));
  if (qualifiers.length) blockers.push(`rel="${qualifiers.join(' ')}": a hint not to pass credit`);
  // Collapsed content (a closed <details>, an accordion) is indexed as the rest of the page is.
  const collapsed = link.hiddenBy === 'collapsed';
  if (!link.visible && !collapsed) blockers.push(`hidden (${link.hiddenBy ?? 'unknown'}): hidden links are discounted or penalised`);
  if (robots.nofollow) blockers.push('the page is meta nofollow: none of its links are followed');
  if (robots.noindex) blockers.push('the page is noindex: it is dropped from the index, and its links with it over time');
  if (blockers.length) return { value: false, reasons: blockers };
  const seen = collapsed ? 'in a collapsed section the reader opens (search engines index it as the rest of the page)' : 'visible';
  return { value: true, reasons: ['followed (no nofollow, sponsored or ugc)', seen, 'the page allows indexing and following'] };
}

/**
 * judgeCounts for every link of one page: links alike in scheme, qualifying rel values and
 * visibility get the same judgement, made once and frozen (it is shared between them).
 */
export function countsJudge(robots: RobotsDirectives): (link: ExtractedLink) => Judgement {
  const shared = frozenMemo<Judgement>();
  return (link) => {
    let rels = '';
    for (const r of QUALIFYING_RELS) if (link.rel.includes(r)) rels += `${r} `;
    return shared(`${link.scheme}|${rels}|${link.visible ? '' : (link.hiddenBy ?? '?')}`, () => judgeCounts(link, robots));
  };
}
