import type { ExtractedLink, Placement } from '../analysis/types';
import type { Score } from './types';
import { frozenMemo } from '../frozen-memo';

/** What a link's position is worth, relative to a link in the main content. */
export const PLACEMENT_WEIGHT: Record<Placement, number> = {
  content: 1,
  author: 0.55,
  related: 0.45,
  sidebar: 0.35,
  navigation: 0.3,
  header: 0.3,
  other: 0.25,
  comments: 0.2,
  footer: 0.15,
};

const PLACEMENT_WORDS: Record<Placement, string> = {
  content: 'in the main content',
  author: 'in an author bio',
  related: 'in a related-posts block',
  sidebar: 'in a sidebar',
  navigation: 'in site navigation',
  header: 'in the header',
  other: 'outside the main content',
  comments: 'in the comments',
  footer: 'in the footer',
};

/** External links on a page above which each one is worth noticeably less. */
export const DILUTION_THRESHOLD = 50;

export interface PageLinkContext {
  /** Number of external web links on the page. */
  externalLinks: number;
}

const pct = (f: number) => `×${f.toFixed(2)}`;

/**
 * Placement strength, 0-100: content beats footer; early and above the fold beat late;
 * many external links on one page dilute each. Each factor is listed with its multiplier.
 */
export function placementStrength(link: ExtractedLink, page: PageLinkContext): Score {
  const reasons: string[] = [];
  let score = PLACEMENT_WEIGHT[link.placement];
  reasons.push(`${PLACEMENT_WORDS[link.placement]} (${pct(score)})`);

  if (link.hiddenBy === 'collapsed') {
    // Indexed, but seen only by readers who open it.
    score *= 0.8;
    reasons.push(`in a collapsed section the reader opens (${pct(0.8)})`);
  } else if (!link.visible) {
    score *= 0.1;
    reasons.push(`hidden (${link.hiddenBy ?? 'unknown'}) (${pct(0.1)})`);
  } else if (link.contentOrder !== null) {
    const f = link.contentOrder <= 3 ? 1 : link.contentOrder <= 10 ? 0.9 : link.contentOrder <= 30 ? 0.8 : 0.7;
    score *= f;
    reasons.push(`link #${link.contentOrder} in the content${f < 1 ? ', later links weigh less' : ', among the first'} (${pct(f)})`);
  }

  if (link.visible) {
    if (link.aboveFold === true) reasons.push('above the fold (×1.00)');
    else if (link.aboveFold === false) {
      score *= 0.9;
      reasons.push(`below the fold (${pct(0.9)})`);
    } else reasons.push('fold unknown: no layout');
  }

  if (page.externalLinks > DILUTION_THRESHOLD) {
    const f = Math.max(0.3, Math.sqrt(DILUTION_THRESHOLD / page.externalLinks));
    score *= f;
    reasons.push(`the page has ${page.externalLinks} external links, each passes less (${pct(f)})`);
  }

  return { score: Math.round(score * 100), reasons };
}

/**
 * placementStrength for every link of one page: links alike in everything the strength reads
 * share one Score, made once and frozen. Content links differ by their order; the others repeat.
 */
export function strengthScorer(page: PageLinkContext): (link: ExtractedLink) => Score {
  const shared = frozenMemo<Score>();
  return (link) =>
    shared(`${link.placement}|${link.visible ? '' : (link.hiddenBy ?? '?')}|${link.contentOrder}|${link.aboveFold}`, () => placementStrength(link, page));
}
