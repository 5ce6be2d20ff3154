import * as v from 'valibot';
import { MAX_TERM_LENGTH, MENTION_OWNERS, TERM_KINDS } from '../mentions/types';

/**
 * The messages the content script answers (part of the one protocol in protocol.ts); the mention
 * messages it passes to the mention script once that is injected (page-host.ts). Kept in a file
 * of their own so the content script carries their request schemas and not the background's: it
 * listens through in-page.ts with this table only.
 */

/** At most this many terms go to a page: brands, aliases, products, people and domain forms. */
export const MAX_TERMS = 2000;

/**
 * Links per `reportLinks` answer. The browser serialises a message in one task of the page: a
 * page of 2,000 links is about 1 MB, well under 50 ms, where a whole 10,000-link report (5 MB)
 * was one long task.
 */
export const LINK_PAGE = 2000;

// The checks are written as `v.check`s: the content script carries each kind of valibot action it
// uses (its size is budgeted), and one kind does for all of these.
const termText = v.pipe(v.string(), v.check((s) => s.length >= 1 && s.length <= MAX_TERM_LENGTH, `Expected 1 to ${MAX_TERM_LENGTH} characters`));

const TermSchema = v.object({
  text: termText,
  brand: termText,
  owner: v.picklist(MENTION_OWNERS),
  kind: v.picklist(TERM_KINDS),
});

/** A whole number from 0: an index or a count (the one schema for both, here and in the answers' schemas). */
export const count = v.pipe(v.number(), v.check((n) => Number.isInteger(n) && n >= 0, 'Expected a whole number from 0'));
const index = count;

/**
 * Which analysis of a page: 64 random bits in hex. Random, not counted, so that after the tab
 * navigated another document's content script can never take the id for one of its own.
 */
export const AnalysisId = v.pipe(v.string(), v.check((s) => /^[0-9a-f]{16}$/.test(s), 'Expected 16 hex digits'));
const nothing = v.object({});
const onOff = v.object({ on: v.boolean() });

/** A message the extension (background or popup) sends the content script. */
const fromExtension = <R extends v.GenericSchema>(request: R) => ({ handledBy: 'content', from: ['extension'], request }) as const;

export const contentProtocol = {
  /**
   * Background → content script: find these terms in the page's text, answer with the scan, and
   * highlight them when `paint` (the popup's scan; auto-scan's only counts them for the badge:
   * the page's own scripts can read a painted highlight, and with it which names the user follows).
   */
  findMentions: fromExtension(v.object({ terms: v.pipe(v.array(TermSchema), v.check((t) => t.length <= MAX_TERMS, `Expected at most ${MAX_TERMS} terms`)), paint: v.boolean() })),
  /** Popup → content script: the mentions as they stand now, after live re-scans, without scanning again. */
  currentMentions: fromExtension(nothing),
  /** Popup → content script: show or hide the mention highlights. */
  mentionHighlights: fromExtension(onOff),
  /** Popup → content script: scroll to a mention and flash it. */
  revealMention: fromExtension(v.object({ index })),
  /**
   * Background → content script: analyse the page and answer with the report's head (the page,
   * the number of links, an id for this analysis); the links follow by `reportLinks`.
   */
  analyzePage: fromExtension(nothing),
  /**
   * Background → content script: the links of analysis `analysis` from index `from`, LINK_PAGE
   * at most; null when that analysis is no longer kept (a newer one replaced it, or the page changed).
   */
  reportLinks: fromExtension(v.object({ analysis: AnalysisId, from: index })),
  /** Popup → content script: outline links on the page by kind, with a legend. */
  highlight: fromExtension(onOff),
  /** Popup → content script: scroll to a link and flash it. */
  revealLink: fromExtension(v.object({ index })),
} as const;
