import * as v from 'valibot';
import type { ExtractedLink } from '../analysis/types';
import { MentionScanSchema } from '../mentions/scan-schema';
import { HIGHLIGHT_KINDS } from '../page/link-kind';
import { AnalysisId, count, LINK_PAGE, type contentProtocol } from './content-protocol';
import { hasKeyCount, isPlainLink, LinkSchema, linkChars, MAX_REPORT_LINKS, PageSchema } from './report-schema';

/**
 * Schemas for the answers that come from a page (the content script runs among hostile page
 * data): checked field by field by sendToTab before anyone uses them, and only what they name
 * is kept (an object's unknown keys are dropped). Kept apart from protocol.ts so the content
 * script, which only answers, doesn't carry them.
 */

const HighlightSupport = v.variant('supported', [
  v.object({ supported: v.literal(true) }),
  v.object({ supported: v.literal(false), reason: v.pipe(v.string(), v.maxLength(500)) }),
]);

/** The content script's answer with the page's mentions. */
const MentionsAnswer = v.object({ scan: MentionScanSchema, highlights: HighlightSupport });

/** Whether the page found the link or mention to show, and whether there is anything to see. */
const Revealed = v.object({ found: v.boolean(), visible: v.boolean() });

/** One schema for every answer a content script gives (the type makes a new message name one). */
export const RESPONSE_SCHEMAS: Record<keyof typeof contentProtocol, v.GenericSchema> = {
  analyzePage: v.variant('ok', [
    v.object({
      ok: v.literal(true),
      head: v.object({
        analysis: AnalysisId,
        page: PageSchema,
        linkCount: v.pipe(count, v.maxValue(MAX_REPORT_LINKS)),
        truncated: v.boolean(),
        durationMs: v.pipe(v.number(), v.minValue(0)),
      }),
    }),
    v.object({
      ok: v.literal(false),
      error: v.object({
        kind: v.picklist(['not-html', 'no-response'] as const),
        message: v.pipe(v.string(), v.maxLength(500)),
      }),
    }),
  ]),
  // Each page of links checked as it comes; collect-report.ts checks they are the ones asked for.
  reportLinks: v.object({ analysis: AnalysisId, links: v.nullable(v.pipe(v.array(LinkSchema), v.maxLength(LINK_PAGE))) }),
  findMentions: MentionsAnswer,
  currentMentions: MentionsAnswer,
  mentionHighlights: v.object({ on: v.boolean(), highlights: HighlightSupport }),
  revealMention: Revealed,
  highlight: v.object({ on: v.boolean(), counts: v.object(Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, count]))) }),
  revealLink: Revealed,
};

/**
 * The hand-written check of a reportLinks answer, which passes the common answer quickly and
 * counts on the way what holding it costs: the characters of its links' text fields; -1 for an
 * answer it does not pass (the schema then decides, and says what is wrong). It accepts nothing
 * the schema would refuse, nor any key the schema would drop.
 */
export function quickLinkPageChars(x: unknown): number {
  if (!x || typeof x !== 'object' || !hasKeyCount(x, 2)) return -1;
  const { analysis, links } = x as { analysis?: unknown; links?: unknown };
  if (typeof analysis !== 'string' || !v.is(AnalysisId, analysis)) return -1;
  if (!Array.isArray(links) || links.length > LINK_PAGE) return -1;
  let chars = 0;
  // An index loop, not `every`: `every` skips the holes of a sparse array, which the schema refuses.
  for (let i = 0; i < links.length; i++) {
    const link: unknown = links[i];
    if (!isPlainLink(link)) return -1;
    chars += linkChars(link);
  }
  return chars;
}

/** The characters of a page of links the schema passed (see quickLinkPageChars). */
export function linkPageChars(links: readonly ExtractedLink[]): number {
  let chars = 0;
  for (let i = 0; i < links.length; i++) chars += linkChars(links[i]!);
  return chars;
}
