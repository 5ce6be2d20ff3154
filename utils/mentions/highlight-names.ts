import type { MentionState } from './types';

/** Names of the CSS Custom Highlight API highlights, one per state (`::highlight(name)`). */
export const HIGHLIGHT_NAMES: Record<MentionState, string> = {
  'linked-to-you': 'linkscout-linked-to-you',
  'linked-elsewhere': 'linkscout-linked-elsewhere',
  unlinked: 'linkscout-unlinked',
};
