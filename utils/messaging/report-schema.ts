import * as v from 'valibot';
import {
  CANONICAL_IGNORED,
  HIDDEN_REASONS,
  LINK_ELEMENTS,
  PLACEMENTS,
  SCHEME_KINDS,
  type ExtractedLink,
  type PageInfo,
  type PageReport,
} from '../analysis/types';
import { MAX_EMAILS, MAX_MAIN_TEXT } from '../analysis/page-text';
import { MAX_HOST, MAX_LABEL, MAX_REL_TOKEN, MAX_REL_TOKENS, MAX_TARGET, MAX_TEXT, MAX_URL } from '../analysis/links';
import { MAX_CANONICAL } from '../analysis/canonical';
import { count } from './content-protocol';
import { isPlacementReason, wordedLength, type PlacementReason } from '../analysis/placement/reasons';

/** Chromium's own limit on a URL (2 MiB). */
export const MAX_PAGE_URL = 2 * 1024 * 1024;

// The page is hostile: a report coming out of it is checked field by field, with bounds,
// before the background scores or stores anything.
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));

export const MAX_REPORT_LINKS = 200_000;

/**
 * Bounds of a link's fields (LinkSchema, and isPlainLink, which must never accept more). URLs
 * and texts are bounded as the analysis clips them (links.ts): a genuine link never comes
 * longer, and every character allowed here is one a hostile page may send 200,000 times.
 */
const LINK_LIMITS = { href: MAX_URL, host: MAX_HOST, text: MAX_TEXT, label: MAX_LABEL, rel: MAX_REL_TOKENS, relValue: MAX_REL_TOKEN, target: MAX_TARGET, reasons: 4, reason: 300, context: 400 } as const;
const L = LINK_LIMITS;

export const LinkSchema: v.GenericSchema<ExtractedLink> = v.object({
  index: count,
  element: v.picklist(LINK_ELEMENTS),
  rawHref: text(L.href),
  href: nullableText(L.href),
  scheme: v.picklist(SCHEME_KINDS),
  host: text(L.host),
  text: text(L.text),
  imageAlt: nullableText(L.text),
  label: nullableText(L.label),
  rel: v.pipe(v.array(text(L.relValue)), v.maxLength(L.rel)),
  target: nullableText(L.target),
  placement: v.picklist(PLACEMENTS),
  placementReasons: v.pipe(
    v.array(v.custom<PlacementReason>((r) => isPlacementReason(r, L.reason), 'Expected a placement reason: a known code and the words it takes')),
    v.maxLength(L.reasons),
  ),
  visible: v.boolean(),
  hiddenBy: v.nullable(v.picklist(HIDDEN_REASONS)),
  aboveFold: v.nullable(v.boolean()),
  contentOrder: v.nullable(count),
  context: nullableText(L.context),
});

/** A link's fields: the quick check refuses a link with any other (the schema then strips them). */
const LINK_FIELDS = 18;

const isText = (x: unknown, max: number): boolean => typeof x === 'string' && x.length <= max;
const isNullableText = (x: unknown, max: number): boolean => x === null || isText(x, max);
const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
/** An index loop, not `every`: `every` skips the holes of a sparse array, which the schema refuses. */
function isTexts(x: unknown, max: number, each: number): boolean {
  if (!Array.isArray(x) || x.length > max) return false;
  for (let i = 0; i < x.length; i++) if (!isText(x[i], each)) return false;
  return true;
}
function isReasons(x: unknown): boolean {
  if (!Array.isArray(x) || x.length > L.reasons) return false;
  for (let i = 0; i < x.length; i++) if (!isPlacementReason(x[i], L.reason)) return false;
  return true;
}
/** Whether the object has exactly `n` keys of its own, counted without making an array of them. */
export function hasKeyCount(o: object, n: number): boolean {
  let keys = 0;
  for (const k in o) if (Object.hasOwn(o, k)) keys++;
  return keys === n;
}
const ELEMENTS: ReadonlySet<unknown> = new Set(LINK_ELEMENTS);
const SCHEMES: ReadonlySet<unknown> = new Set(SCHEME_KINDS);
const PLACES: ReadonlySet<unknown> = new Set(PLACEMENTS);
const HIDDEN: ReadonlySet<unknown> = new Set(HIDDEN_REASONS);

/**
 * The check of LinkSchema written out by hand, about ten times faster on a big page's tens of
 * thousands of links. It may refuse more than the schema (the schema then decides, and words
 * the error), never accept more: tests/unit/messaging/report-schema.test.ts holds it to that.
 * All 18 fields are read and must be there, so with exactly 18 keys there is no other.
 */
export function isPlainLink(x: unknown): x is ExtractedLink {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const l = x as Record<keyof ExtractedLink, unknown>;
  return (
    hasKeyCount(l, LINK_FIELDS) &&
    isCount(l.index) &&
    ELEMENTS.has(l.element) &&
    isText(l.rawHref, L.href) &&
    isNullableText(l.href, L.href) &&
    SCHEMES.has(l.scheme) &&
    isText(l.host, L.host) &&
    isText(l.text, L.text) &&
    isNullableText(l.imageAlt, L.text) &&
    isNullableText(l.label, L.label) &&
    isTexts(l.rel, L.rel, L.relValue) &&
    isNullableText(l.target, L.target) &&
    PLACES.has(l.placement) &&
    isReasons(l.placementReasons) &&
    typeof l.visible === 'boolean' &&
    (l.hiddenBy === null || HIDDEN.has(l.hiddenBy)) &&
    (l.aboveFold === null || typeof l.aboveFold === 'boolean') &&
    (l.contentOrder === null || isCount(l.contentOrder)) &&
    isNullableText(l.context, L.context)
  );
}

const lengthOf = (s: string | null): number => (s === null ? 0 : s.length);
function lengthsOf(texts: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < texts.length; i++) n += texts[i]!.length;
  return n;
}

/** Reasons as long as the background words them. */
function reasonsLength(reasons: readonly PlacementReason[]): number {
  let n = 0;
  for (let i = 0; i < reasons.length; i++) n += wordedLength(reasons[i]!);
  return n;
}

/** The characters of a checked link's text fields: what holding it costs, give or take its shape. */
export function linkChars(l: ExtractedLink): number {
  return (
    l.rawHref.length +
    lengthOf(l.href) +
    l.host.length +
    l.text.length +
    lengthOf(l.imageAlt) +
    lengthOf(l.label) +
    lengthsOf(l.rel) +
    lengthOf(l.target) +
    l.element.length +
    l.scheme.length +
    l.placement.length +
    reasonsLength(l.placementReasons) +
    lengthOf(l.hiddenBy) +
    lengthOf(l.context)
  );
}

export const PageSchema: v.GenericSchema<PageInfo> = v.object({
  // The tab's own address: no page can make it longer than the browser allows (2 MB in Chromium).
  url: text(MAX_PAGE_URL),
  title: text(2100),
  description: nullableText(2100),
  canonical: nullableText(MAX_CANONICAL),
  canonicalIgnored: v.nullable(v.picklist(CANONICAL_IGNORED)),
  robots: v.object({
    noindex: v.boolean(),
    nofollow: v.boolean(),
    sources: v.pipe(v.array(text(300)), v.maxLength(20)),
  }),
  lang: nullableText(100),
  wordCount: count,
  author: nullableText(2100),
  published: nullableText(2100),
  layout: v.boolean(),
  headings: v.pipe(v.array(text(200)), v.maxLength(20)),
  schemaTypes: v.pipe(v.array(text(100)), v.maxLength(20)),
  structure: v.object({
    listItems: count,
    listItemsExternal: count,
    tableRows: count,
    tableRowsExternal: count,
    linkedHeadings: count,
    articles: count,
    repeated: v.object({ count, signature: text(100) }),
    commentForms: count,
  }),
  mainText: text(MAX_MAIN_TEXT),
  // 254 characters: the longest address SMTP can carry.
  emails: v.pipe(v.array(text(254)), v.maxLength(MAX_EMAILS)),
});

export const PageReportSchema: v.GenericSchema<PageReport> = v.object({
  page: PageSchema,
  links: v.pipe(v.array(LinkSchema), v.maxLength(MAX_REPORT_LINKS)),
  truncated: v.boolean(),
  durationMs: v.pipe(v.number(), v.minValue(0)),
});
