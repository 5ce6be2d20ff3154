import * as v from 'valibot';
import { MentionScanSchema } from '../mentions/scan-schema';
import type { MessageType } from './protocol';
import { PageReportSchema } from './report-schema';

/**
 * Schemas for the answers that come from a page (the content script runs among hostile page
 * data): checked field by field by sendToTab before anyone uses them. Kept apart from
 * protocol.ts so the content script, which only answers, doesn't carry them.
 */

/** The content script's answer with the page's mentions. */
const MentionsAnswer = v.object({
  scan: MentionScanSchema,
  highlights: v.variant('supported', [
    v.object({ supported: v.literal(true) }),
    v.object({ supported: v.literal(false), reason: v.pipe(v.string(), v.maxLength(500)) }),
  ]),
});

export const RESPONSE_SCHEMAS: Partial<Record<MessageType, v.GenericSchema>> = {
  analyzePage: v.variant('ok', [
    v.object({ ok: v.literal(true), report: PageReportSchema }),
    v.object({
      ok: v.literal(false),
      error: v.object({
        kind: v.picklist(['not-html', 'no-response'] as const),
        message: v.pipe(v.string(), v.maxLength(500)),
      }),
    }),
  ]),
  findMentions: MentionsAnswer,
  currentMentions: MentionsAnswer,
};
