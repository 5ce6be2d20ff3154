import * as v from 'valibot';
import {
  HIDDEN_REASONS,
  LINK_ELEMENTS,
  PLACEMENTS,
  SCHEME_KINDS,
  type ExtractedLink,
  type PageInfo,
  type PageReport,
} from '../analysis/types';
import { MAX_EMAILS, MAX_MAIN_TEXT } from '../analysis/page-text';

// The page is hostile: a report coming out of it is checked field by field, with bounds,
// before the background scores or stores anything.
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const MAX_REPORT_LINKS = 200_000;

const LinkSchema: v.GenericSchema<ExtractedLink> = v.object({
  index: count,
  element: v.picklist(LINK_ELEMENTS),
  rawHref: text(5000),
  href: nullableText(5000),
  scheme: v.picklist(SCHEME_KINDS),
  host: text(300),
  text: text(1100),
  imageAlt: nullableText(1100),
  rel: v.pipe(v.array(text(100)), v.maxLength(30)),
  target: nullableText(300),
  placement: v.picklist(PLACEMENTS),
  placementReasons: v.pipe(v.array(text(300)), v.maxLength(10)),
  visible: v.boolean(),
  hiddenBy: v.nullable(v.picklist(HIDDEN_REASONS)),
  aboveFold: v.nullable(v.boolean()),
  contentOrder: v.nullable(count),
  context: nullableText(400),
});

const PageSchema: v.GenericSchema<PageInfo> = v.object({
  url: text(5000),
  title: text(2100),
  description: nullableText(2100),
  canonical: nullableText(5000),
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
