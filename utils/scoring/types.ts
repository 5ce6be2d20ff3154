import type { ExtractedLink, PageInfo, Placement } from '../analysis/types';
import type { Contacts, SnapshotLink } from '../prospects/types';
import type { PageTypeVerdict } from './page-type';

/** A yes/no judgement with the reasons behind it. */
export interface Judgement {
  value: boolean;
  /** Read-only: links judged alike share one frozen judgement (counts.ts). */
  reasons: readonly string[];
}

/** A 0-100 score with the factors that made it. */
export interface Score {
  score: number;
  /** Read-only: links placed alike share one frozen score (strength.ts). */
  reasons: readonly string[];
}

export interface ScoredLink extends Omit<ExtractedLink, 'placementReasons'> {
  /** Why the placement was chosen, in words (placement/reasons.ts). Read-only: links placed alike share one list. */
  placementReasons: readonly string[];
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
  /** Is the page worth outreach: label, score, the reasons that decided it, and every signal. */
  verdict: Verdict;
  /** Ways to reach the people behind the page, as the page shows them. */
  contacts: Contacts;
  /** Links from the page to the user's sites and competitors (by registrable domain). */
  targets: { toMySites: SnapshotLink[]; toCompetitors: SnapshotLink[] };
  truncated: boolean;
  durationMs: number;
  analysedAt: string;
}

export const VERDICT_LABELS = ['strong', 'worth-a-look', 'weak', 'avoid'] as const;
/** How worthwhile the page is for outreach; shown as "strong", "worth a look", "weak", "avoid". */
export type VerdictLabel = (typeof VERDICT_LABELS)[number];

export const SIGNAL_IDS = ['page-type', 'relevance', 'authority', 'placement', 'link-targets', 'risk', 'contacts'] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** One thing the verdict weighed, with what was seen on the page. `unknown` is never guessed. */
export interface Signal {
  id: SignalId;
  /** good, neutral or bad for outreach; unknown when there is nothing to judge by (no topics, no import). */
  tone: 'good' | 'neutral' | 'bad' | 'unknown';
  /** One line, e.g. "Relevant to 2 of 3 topics" or "Authority unknown: no import yet". */
  summary: string;
  /** The evidence behind it, e.g. "'seo tools' in the title". */
  evidence: string[];
}

/** The page's outreach verdict: a label, a 0-100 score, the three to five reasons that decided it, and every signal. */
export interface Verdict {
  label: VerdictLabel;
  score: number;
  reasons: string[];
  signals: Signal[];
}
