import * as v from 'valibot';
import { PLACEMENTS } from '../analysis/types';
import {
  CONTEXT_SIZE,
  MAX_MATCHED_LENGTH,
  MAX_MENTIONS,
  MAX_TERM_LENGTH,
  MENTION_OWNERS,
  MENTION_STATES,
  TERM_KINDS,
  type Mention,
  type MentionScan,
} from './types';

// A scan comes out of the page, which is hostile: the background checks it field by field,
// with bounds, before showing or storing anything (as messaging/report-schema.ts does for links).
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Only http(s) hrefs come out of a scan (link-state.ts); anything else is a forgery. */
const webUrl = v.pipe(v.string(), v.maxLength(5000), v.regex(/^https?:\/\//i));

const MentionSchema: v.GenericSchema<Mention> = v.object({
  index: count,
  term: text(MAX_TERM_LENGTH),
  brand: text(MAX_TERM_LENGTH),
  owner: v.picklist(MENTION_OWNERS),
  kind: v.picklist(TERM_KINDS),
  matched: text(MAX_MATCHED_LENGTH),
  // The mention itself, the text around it and two ellipses.
  context: text(MAX_MATCHED_LENGTH + CONTEXT_SIZE + 2),
  placement: v.picklist(PLACEMENTS),
  state: v.picklist(MENTION_STATES),
  linkHref: v.nullable(webUrl),
  linkHost: v.nullable(text(300)),
  visible: v.boolean(),
});

const PerState = v.object({
  'linked-to-you': count,
  'linked-elsewhere': count,
  unlinked: count,
});

export const MentionScanSchema: v.GenericSchema<MentionScan> = v.object({
  mentions: v.pipe(v.array(MentionSchema), v.maxLength(MAX_MENTIONS)),
  counts: v.object({ brand: PerState, competitor: PerState }),
  hiddenCount: count,
  truncated: v.boolean(),
  durationMs: v.pipe(v.number(), v.minValue(0)),
});
