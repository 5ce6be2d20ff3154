import * as v from 'valibot';
import type { ExtractedLink, PageInfo } from '../analysis/types';
import { MAX_MENTIONS, type MentionScan } from '../mentions/types';
import { PROSPECT_STATUSES, type ProspectRow } from '../prospects/types';
import type { ScoredLink, ScoredReport } from '../scoring/types';
import { contentProtocol } from './content-protocol';
import { MAX_PAGE_URL } from './report-schema';

export { LINK_PAGE, MAX_TERMS } from './content-protocol';

/** Why a tab could not be inspected, in a form the popup can explain. */
export type InspectErrorKind = 'restricted' | 'no-access' | 'not-html' | 'inject-failed' | 'no-response' | 'invalid-report' | 'superseded';

export interface InspectError {
  kind: InspectErrorKind;
  message: string;
}

export type InspectResult = { ok: true; report: ScoredReport } | { ok: false; error: InspectError };

/**
 * A page of a tab's scored links for the popup's list (getTabLinks), from `from` on; the first
 * (`from` 0) carries the report without its links. `analysedAt` names the report: pages of two
 * inspections are never put together. The failure of a newer inspection, or null, as getTabReport.
 */
export type TabLinksPage =
  | { ok: true; analysedAt: string; total: number; from: number; links: ScoredLink[]; report: Omit<ScoredReport, 'links'> | null }
  | Extract<InspectResult, { ok: false }>
  | null;

/**
 * The page's answer to analyzePage: the report without its links, how many there are and which
 * analysis this is; the background then asks for the links by `reportLinks`, a page at a time.
 */
export interface ReportHead {
  /** Names this analysis (random: see AnalysisId): links are asked for by it, so no other analysis is ever mixed in. */
  analysis: string;
  page: PageInfo;
  linkCount: number;
  truncated: boolean;
  durationMs: number;
}

export type AnalyzeResult = { ok: true; head: ReportHead } | { ok: false; error: InspectError };

/**
 * The popup's first screen: the scored report with all of a small page's links, or none of a
 * big page's (null) and how many there are; the popup then asks for the whole report
 * (getTabLinks, a page at a time) once it has shown the verdict.
 */
export interface ReportView {
  report: Omit<ScoredReport, 'links'>;
  links: ScoredLink[] | null;
  linkCount: number;
}

export type InspectView = ({ ok: true } & ReportView) | { ok: false; error: InspectError };

/** Saving a page as a prospect: the row as stored, or a sentence saying why nothing was saved. */
export type SaveResult = { ok: true; prospect: ProspectRow; created: boolean } | { ok: false; error: string };

/** A stored prospect, or why the store could not be read. */
export type ProspectLookup = { ok: true; prospect: ProspectRow | null } | { ok: false; error: string };

/** Whether the page could show mention highlights (the CSS Custom Highlight API), and why not. */
export type HighlightSupport = { supported: true } | { supported: false; reason: string };

/** Brand mentions on a tab: the scan and whether they are highlighted, or why there is none. */
export type MentionsResult =
  | { ok: true; scan: MentionScan; highlights: HighlightSupport }
  | { ok: false; kind: 'no-brands' | 'failed'; message: string };

/** Whether the overlay script is in the tab; if not, why, in words for the popup. */
export type OverlayReady = { ok: true } | { ok: false; message: string };

/** Why the page cannot show a link of the popup's list: the tab shows another page than the one read. */
export const PAGE_CHANGED = 'The page has changed since Linkscout read it: open Linkscout again to read this one.';

export type HighlightKind = 'followed' | 'nofollow' | 'sponsored' | 'ugc' | 'hidden';

/**
 * Who may send a message: an extension page (popup, options), the extension's own code (to a
 * tab), or Linkscout's content script in a page. A content script runs beside hostile page code,
 * so only a message that lists it may come from one.
 */
export type Sender = 'extension-page' | 'extension' | 'content-script';


/**
 * The one protocol: each message names its request schema, its response type (answers from a
 * page are validated by the schemas in responses.ts), where it is
 * handled and who may send it. A content script may send one message only, `mentionsChanged`,
 * which can change nothing but its own tab's badge: it can never make the background delete,
 * export or change settings.
 */
export const protocol = {
  /** Popup → background: analyse this tab (inject, collect, validate, score); answers with the first screen. */
  inspectTab: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Tools (inspect, the bench, tests) → background: the last report of a tab, if any, whole. */
  getTabReport: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /**
   * Popup → background: a page of the last report's links (TAB_LINKS_PAGE from `from`). A big
   * page's whole report in one message froze the popup while it was read (50,000 links: 39 MB,
   * 300 ms); a page at a time it stays responsive.
   */
  getTabLinks: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), from: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Popup → background: save the tab's page as a prospect (inspecting it first if needed). */
  saveProspect: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({
      tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** `unlinked-mention`: save it for its brand mentions, kept with the visit. */
      as: v.optional(v.picklist(['page', 'unlinked-mention'] as const), 'page'),
      /** The page the popup shows: nothing is saved if the tab has moved on to another since. */
      url: v.optional(v.pipe(v.string(), v.maxLength(MAX_PAGE_URL))),
    }),
  },
  /** Popup → background: the stored prospect for a page address, if it was saved. */
  prospectForUrl: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ url: v.pipe(v.string(), v.url(), v.maxLength(8192)) }),
  },
  /** Popup → background: change a saved prospect's status right there. */
  setProspectStatus: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(1)), status: v.picklist(PROSPECT_STATUSES) }),
  },
  /** Popup → background: find the user's brand mentions in the tab (after inspectTab). */
  scanMentions: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /**
   * Popup → background: put the overlay script in the tab (after the content script), before
   * the popup asks the page for the link highlight or a flash on a link or mention.
   */
  prepareOverlay: {
    handledBy: 'background',
    from: ['extension-page'],
    // `url`: the page the popup's list is of, to tell a tab that moved on from a page that refuses.
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), url: v.pipe(v.string(), v.maxLength(MAX_PAGE_URL)) }),
  },
  /**
   * Content script → background: the page changed and its mentions were scanned again; the
   * badge of the sender's own tab (as the browser names it, never the message) shows the new
   * count. Nothing else: no tab id, no text, extra fields refused. Extension pages see it pass
   * too (an open popup refreshes its list).
   */
  mentionsChanged: {
    handledBy: 'background',
    from: ['content-script'],
    request: v.strictObject({ unlinked: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MENTIONS)) }),
  },
  ...contentProtocol,
} as const;

/** Each request keyed to its response type. */
export interface ProtocolResponses {
  inspectTab: InspectView;
  getTabReport: InspectResult | null;
  getTabLinks: TabLinksPage;
  saveProspect: SaveResult;
  prospectForUrl: ProspectLookup;
  setProspectStatus: ProspectLookup;
  scanMentions: MentionsResult;
  prepareOverlay: OverlayReady;
  findMentions: { scan: MentionScan; highlights: HighlightSupport };
  currentMentions: { scan: MentionScan; highlights: HighlightSupport };
  /** Whether the badge of the sender's tab was set (false: not a page's top frame). */
  mentionsChanged: { badge: boolean };
  mentionHighlights: { on: boolean; highlights: HighlightSupport };
  revealMention: { found: boolean; visible: boolean };
  analyzePage: AnalyzeResult;
  /** The analysis asked for, and its links; null when the page no longer keeps that analysis. */
  reportLinks: { analysis: string; links: ExtractedLink[] | null };
  highlight: { on: boolean; counts: Record<HighlightKind, number> };
  revealLink: { found: boolean; visible: boolean };
}

export type MessageType = keyof typeof protocol;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof protocol)[K]['request']>;
export type ResponseOf<K extends MessageType> = ProtocolResponses[K];
