import type { ExtractedLink, PageInfo, Placement } from '../analysis/types';
import type { PageTypeVerdict } from './page-type';

/** A yes/no judgement with the reasons behind it. */
export interface Judgement {
  value: boolean;
  reasons: string[];
}

/** A 0-100 score with the factors that made it. */
export interface Score {
  score: number;
  reasons: string[];
}

export interface ScoredLink extends ExtractedLink {
  /** Same registrable domain as the page; null for links that are not web links. */
  internal: boolean | null;
  /** Would a search engine likely count this link (followed, visible, page allows it)? */
  counts: Judgement;
  /** How much the link's position is worth, 0-100. */
  strength: Score;
}

export interface RelCounts {
  follow: number;
  nofollow: number;
  sponsored: number;
  ugc: number;
}

export interface LinkSummary {
  total: number;
  /** http(s) links; internal + external = web. */
  web: number;
  internal: number;
  external: number;
  hidden: number;
  counting: number;
  byPlacement: Record<Placement, number>;
  /** Web links by rel; a link with `nofollow ugc` counts in both. */
  byRel: RelCounts;
}

export interface ScoredReport {
  page: PageInfo;
  /** The page's registrable domain. */
  site: string;
  links: ScoredLink[];
  summary: LinkSummary;
  /** What kind of page this is (resource, article, listing…), with confidence and reasons. */
  pageType: PageTypeVerdict;
  truncated: boolean;
  durationMs: number;
  analysedAt: string;
}
