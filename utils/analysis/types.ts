import type { PlacementReason } from './placement/reasons';

/** Where a link sits on the page, as a reader (and a search engine) would see it. */
export const PLACEMENTS = [
  'content',
  'header',
  'navigation',
  'sidebar',
  'footer',
  'comments',
  'related',
  'author',
  'other',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** What the href points at, by scheme. */
export const SCHEME_KINDS = ['http', 'mailto', 'tel', 'javascript', 'fragment', 'other'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

/** The rel tokens that matter to link builders; other tokens are kept verbatim in `rel`. */
export const KNOWN_RELS = ['nofollow', 'sponsored', 'ugc', 'noopener', 'noreferrer'] as const;

/** Why a link is not visible to a reader. */
export const HIDDEN_REASONS = [
  'display',
  'visibility',
  'opacity',
  'zero-size',
  'off-screen',
  'clip',
  'hidden-attribute',
  'aria-hidden',
  'same-colour',
  'collapsed',
  'text-indent',
] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export const LINK_ELEMENTS = ['a', 'area', 'svg-a'] as const;
export type LinkElementKind = (typeof LINK_ELEMENTS)[number];

/** One link as read from the page: plain data, safe to send in a message. */
export interface ExtractedLink {
  /** Position in document order, 0-based; also the key to reveal the link on the page. */
  index: number;
  element: LinkElementKind;
  /** The href attribute exactly as written. */
  rawHref: string;
  /** Absolute URL resolved against the document base (`<base href>`), or null when unresolvable. */
  href: string | null;
  scheme: SchemeKind;
  /** Lower-case ASCII (punycode) host of `href`, '' when there is none. */
  host: string;
  /** Anchor text, whitespace folded. */
  text: string;
  /** Alt text of images inside the link (joined), null when the link holds no image. */
  imageAlt: string | null;
  /**
   * A link with neither text nor image alt (an icon): its aria-label, else its title, to tell it
   * apart. Not anchor text: search engines read the text and the alt. Null otherwise.
   */
  label: string | null;
  /** rel tokens, lower-cased, deduplicated, in order. */
  rel: string[];
  target: string | null;
  placement: Placement;
  /** Why the placement was chosen, most decisive first: codes, worded by placement/reasons.ts once the report leaves the page. */
  placementReasons: PlacementReason[];
  visible: boolean;
  /** Why the link is hidden, null when visible. */
  hiddenBy: HiddenReason | null;
  /** Whether the link is in the first screen; null when the document has no layout. */
  aboveFold: boolean | null;
  /** 1-based order among the visible links of the main content; null elsewhere. */
  contentOrder: number | null;
  /** About 200 characters of text around a content link; null for other links. */
  context: string | null;
}

export interface RobotsDirectives {
  noindex: boolean;
  nofollow: boolean;
  /** Each directive source, e.g. `robots: noindex, follow`. */
  sources: string[];
}

/** The shape of the main content, as counts (see page-structure.ts). */
export interface PageStructure {
  /** `<li>` in the main content that hold a visible web link. */
  listItems: number;
  /** Of those, the ones holding a link to another host (`www.` aside). */
  listItemsExternal: number;
  /** `<tr>` in the main content that hold a visible web link. */
  tableRows: number;
  tableRowsExternal: number;
  /** Headings in the main content that hold a link or sit inside one (teaser titles). */
  linkedHeadings: number;
  /** `<article>` elements in the main content (not the main content itself) holding a link. */
  articles: number;
  /** The largest group of sibling blocks with the same tag and first class that each hold a link. */
  repeated: { count: number; signature: string };
  /** Forms with a text area on the page (comment, reply or contact forms). */
  commentForms: number;
}

/** Why search engines would ignore the page's canonical: different ones in its head, only ones outside it, or one that is no web address. */
export const CANONICAL_IGNORED = ['conflicting', 'outside-head', 'invalid'] as const;
export type CanonicalIgnored = (typeof CANONICAL_IGNORED)[number];

export interface PageInfo {
  url: string;
  title: string;
  description: string | null;
  /** `link rel=canonical`, resolved: the head's first (the body's when the head has none). */
  canonical: string | null;
  canonicalIgnored: CanonicalIgnored | null;
  robots: RobotsDirectives;
  lang: string | null;
  /** Words in the main content. */
  wordCount: number;
  author: string | null;
  /** Publication date as written in the page (ISO when the page gives one). */
  published: string | null;
  /** Whether layout (sizes, positions, colours) was available to the analysis. */
  layout: boolean;
  /** h1–h3 texts in document order, folded, at most 20 of at most 200 characters. */
  headings: string[];
  /** JSON-LD `@type`s, microdata `itemtype` names and `og:type` (as `og:…`), deduplicated, at most 20. */
  schemaTypes: string[];
  structure: PageStructure;
  /** The main content's visible text, whitespace folded, at most 20,000 characters (relevance and wording). */
  mainText: string;
  /** E-mail addresses in mailto links and the page's visible text: lower-cased, deduplicated, at most 20. */
  emails: string[];
}

/** What the content script sends: the page and its links, before scoring. */
export interface PageReport {
  page: PageInfo;
  links: ExtractedLink[];
  /** True only when a safety cap stopped the analysis before the last link. */
  truncated: boolean;
  /** Milliseconds the analysis took in the page. */
  durationMs: number;
}
