import type { ProspectStatus, ProspectType } from './prospects/types';
import type { VerdictLabel } from './scoring/types';
import type { ExtractedLink } from './analysis/types';

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

/**
 * How a link is named in lists: its anchor text, else its images' alt, else (an icon) its
 * aria-label or title, marked as no anchor text.
 */
export function linkLabel(l: Pick<ExtractedLink, 'text' | 'imageAlt' | 'label'>): string {
  if (l.text) return l.text;
  if (l.imageAlt) return `[image] ${l.imageAlt}`;
  const noText = l.imageAlt === '' ? '[image, no alt]' : '(no text)';
  return l.label ? `${noText} ${l.label}` : noText;
}
