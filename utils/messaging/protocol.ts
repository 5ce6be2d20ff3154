import * as v from 'valibot';
import type { PageReport } from '../analysis/types';
import { MAX_MENTIONS, MAX_TERM_LENGTH, MENTION_OWNERS, TERM_KINDS, type MentionScan } from '../mentions/types';
import { PROSPECT_STATUSES, type ProspectRow } from '../prospects/types';
import type { ScoredReport } from '../scoring/types';

/** Why a tab could not be inspected, in a form the popup can explain. */
export type InspectErrorKind = 'restricted' | 'no-access' | 'not-html' | 'inject-failed' | 'no-response' | 'invalid-report';

export interface InspectError {
  kind: InspectErrorKind;
  message: string;
}

export type InspectResult = { ok: true; report: ScoredReport } | { ok: false; error: InspectError };

export type AnalyzeResult = { ok: true; report: PageReport } | { ok: false; error: InspectError };

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

/** At most this many terms go to a page: brands, aliases, products, people and domain forms. */
export const MAX_TERMS = 2000;

const TermSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TERM_LENGTH)),
  brand: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TERM_LENGTH)),
  owner: v.picklist(MENTION_OWNERS),
  kind: v.picklist(TERM_KINDS),
});

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
  /** Popup → background: analyse this tab (inject, collect, validate, score). */
  inspectTab: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Popup/tools → background: the last report of a tab, if any. */
  getTabReport: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Popup → background: save the tab's page as a prospect (inspecting it first if needed). */
  saveProspect: {
    handledBy: 'background',
    from: ['extension-page'],
    request: v.object({
      tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** `unlinked-mention`: save it for its brand mentions, kept with the visit. */
      as: v.optional(v.picklist(['page', 'unlinked-mention'] as const), 'page'),
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
  /** Background → content script: find these terms in the page's text, highlight them, answer with the scan. */
  findMentions: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({ terms: v.pipe(v.array(TermSchema), v.maxLength(MAX_TERMS)) }),
  },
  /** Popup → content script: the mentions as they stand now, after live re-scans, without scanning again. */
  currentMentions: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({}),
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
  /** Popup → content script: show or hide the mention highlights. */
  mentionHighlights: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({ on: v.boolean() }),
  },
  /** Popup → content script: scroll to a mention and flash it. */
  revealMention: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Background → content script: analyse the page and answer with the report. */
  analyzePage: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({}),
  },
  /** Popup → content script: outline links on the page by kind, with a legend. */
  highlight: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({ on: v.boolean() }),
  },
  /** Popup → content script: scroll to a link and flash it. */
  revealLink: {
    handledBy: 'content',
    from: ['extension'],
    request: v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
} as const;

/** Each request keyed to its response type. */
export interface ProtocolResponses {
  inspectTab: InspectResult;
  getTabReport: InspectResult | null;
  saveProspect: SaveResult;
  prospectForUrl: ProspectLookup;
  setProspectStatus: ProspectLookup;
  scanMentions: MentionsResult;
  findMentions: { scan: MentionScan; highlights: HighlightSupport };
  currentMentions: { scan: MentionScan; highlights: HighlightSupport };
  /** Whether the badge of the sender's tab was set (false: not a page's top frame). */
  mentionsChanged: { badge: boolean };
  mentionHighlights: { on: boolean; highlights: HighlightSupport };
  revealMention: { found: boolean; visible: boolean };
  analyzePage: AnalyzeResult;
  highlight: { on: boolean; counts: Record<HighlightKind, number> };
  revealLink: { found: boolean; visible: boolean };
}

export type MessageType = keyof typeof protocol;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof protocol)[K]['request']>;
export type ResponseOf<K extends MessageType> = ProtocolResponses[K];
