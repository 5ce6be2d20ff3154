import type { ProspectStatus, ProspectType } from './prospects/types';
import type { VerdictLabel } from './scoring/types';

/** Words shown to users for our enums, in one place for the popup and the dashboard. */

export const VERDICT_TEXT: Record<VerdictLabel, string> = {
  strong: 'Strong',
  'worth-a-look': 'Worth a look',
  weak: 'Weak',
  avoid: 'Avoid',
};

export const STATUS_TEXT: Record<ProspectStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  replied: 'Replied',
  won: 'Won',
  lost: 'Lost',
  ignored: 'Ignored',
};

export const PAGE_TYPE_TEXT: Record<ProspectType, string> = {
  resource: 'Resource page',
  article: 'Article',
  listing: 'Listing',
  forum: 'Forum',
  directory: 'Directory',
  'guest-post': 'Guest-post page',
  other: 'Other page',
  'unlinked-mention': 'Unlinked mention',
};
