import type { Placement } from '../analysis/types';

/** Whose brand a term names: the user's own, or a competitor's. */
export const MENTION_OWNERS = ['brand', 'competitor'] as const;
export type MentionOwner = (typeof MENTION_OWNERS)[number];

export const MENTION_STATES = ['linked-to-you', 'linked-elsewhere', 'unlinked'] as const;
export type MentionState = (typeof MENTION_STATES)[number];

export const TERM_KINDS = ['name', 'alias', 'domain', 'product', 'person'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One text to find on pages, and the brand it stands for. */
export interface MentionTerm {
  text: string;
  brand: string;
  owner: MentionOwner;
  kind: TermKind;
}

export interface Mention {
  /** Position in document order, 0-based; the key to reveal it on the page. */
  index: number;
  term: string;
  brand: string;
  owner: MentionOwner;
  kind: TermKind;
  /** The text as written on the page (e.g. "ACME’s"), whitespace folded. */
  matched: string;
  /** About 200 characters around it. */
  context: string;
  placement: Placement;
  /**
   * Linked to one of the brand's own domains, linked to another site, or not linked. For a
   * competitor, "linked-to-you" means linked to that competitor's own domains.
   */
  state: MentionState;
  /** The enclosing link's href (http(s) only) and host, for linked states; null when unlinked. */
  linkHref: string | null;
  linkHost: string | null;
  /** Hidden text (display:none, visibility, aria-hidden…, as utils/analysis/visibility.ts judges it) is reported separately, never counted as visible. */
  visible: boolean;
}

export interface MentionScan {
  mentions: Mention[];
  /** Per owner and state, visible mentions only. */
  counts: Record<MentionOwner, Record<MentionState, number>>;
  hiddenCount: number;
  truncated: boolean;
  durationMs: number;
}

/** Most mentions one scan reports (the default cap, and the schema's bound). */
export const MAX_MENTIONS = 5000;
/** Longest term kept: brand names, not paragraphs. */
export const MAX_TERM_LENGTH = 200;
/** Longest matched text reported (a term, its possessive and folded spaces). */
export const MAX_MATCHED_LENGTH = 300;
/** Context around a mention, in characters (plus the two ellipses). */
export const CONTEXT_SIZE = 200;
