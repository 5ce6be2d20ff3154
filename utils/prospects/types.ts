import type { Placement } from '../analysis/types';
import type { PageType } from '../scoring/page-type';
import type { VerdictLabel } from '../scoring/types';

export const PROSPECT_STATUSES = ['new', 'contacted', 'replied', 'won', 'lost', 'ignored'] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/** Page type of a prospect: a page type, or a page saved for its unlinked brand mentions (issue 4). */
export type ProspectType = PageType | 'unlinked-mention';

/** Ways to reach the people behind a page, as found on it. */
export interface Contacts {
  emails: string[];
  /** Links to contact / about pages (absolute http(s) URLs). */
  contactPages: string[];
  /** Social profile URLs (X/Twitter, LinkedIn, Facebook, Instagram, YouTube, GitHub, Mastodon…). */
  socialProfiles: string[];
  author: string | null;
}

/** A link from the prospect page to one of the user's sites or a competitor, as seen at one visit. */
export interface SnapshotLink {
  href: string;
  /** Registrable domain the link points to. */
  domain: string;
  text: string;
  rel: string[];
  placement: Placement;
  /** Whether a search engine would likely count it (followed, visible, page allows it). */
  counts: boolean;
}

/** A brand mention as seen at one visit (a page saved for its unlinked mentions keeps them). */
export interface SnapshotMention {
  brand: string;
  owner: 'brand' | 'competitor';
  /** The text as written on the page. */
  matched: string;
  state: 'linked-to-you' | 'linked-elsewhere' | 'unlinked';
  /** About 200 characters around it. */
  context: string;
  placement: Placement;
  /** The enclosing link's address for linked mentions, else null. */
  linkHref: string | null;
}

/** What the page linked to at one visit, so a later change or loss of a link can be seen. */
export interface LinkSnapshot {
  /** ISO date-time of the visit. */
  checkedAt: string;
  toMySites: SnapshotLink[];
  toCompetitors: SnapshotLink[];
  /** The visible brand mentions at that visit, when the page was saved with them. */
  mentions?: SnapshotMention[];
}

/** A saved link prospect: one row per normalised URL. */
export interface Prospect {
  /** Auto-increment key; absent before the first save. */
  id?: number;
  /** Normalised URL (see normalize-url.ts); unique. */
  url: string;
  /** Registrable domain of the page. */
  domain: string;
  title: string;
  pageType: ProspectType;
  verdict: VerdictLabel;
  /** 0-100 verdict score. */
  score: number;
  /** The reasons that decided the verdict (three to five). */
  reasons: string[];
  status: ProspectStatus;
  notes: string;
  tags: string[];
  contacts: Contacts;
  /** One snapshot per visit, oldest first. */
  snapshots: LinkSnapshot[];
  /** ISO date-times. */
  firstSeen: string;
  lastChecked: string;
  /** Last change by the user or a visit; ISO. */
  updatedAt: string;
}

/** A prospect as the dashboard lists it: everything but its snapshots, which live in their own table. */
export type ProspectRow = Omit<Prospect, 'snapshots'> & { id: number };

/** What one visit to a page contributes to its prospect (see from-report.ts). */
export interface ProspectInput {
  url: string;
  title: string;
  pageType: ProspectType;
  verdict: VerdictLabel;
  score: number;
  reasons: string[];
  contacts: Contacts;
  snapshot: LinkSnapshot;
}

/** The fields the user edits inline on the dashboard. */
export type ProspectPatch = Partial<Pick<Prospect, 'status' | 'notes' | 'tags'>>;
