import type { ProspectType } from '../prospects/types';
import { PAGE_TYPES } from '../scoring/page-type';
import type { VerdictLabel } from '../scoring/types';

/** Every prospect type, page types first, in the order the filters show them. */
export const PROSPECT_TYPES: readonly ProspectType[] = [...PAGE_TYPES, 'unlinked-mention'];

export const TYPE_LABELS: Record<ProspectType, string> = {
  resource: 'Resource',
  article: 'Article',
  listing: 'Listing',
  forum: 'Forum',
  directory: 'Directory',
  'guest-post': 'Guest post',
  other: 'Other',
  'unlinked-mention': 'Unlinked mention',
};

/** Tailwind classes for a verdict badge: colour says good to bad at a glance. */
export const VERDICT_TONE: Record<VerdictLabel, string> = {
  strong: 'bg-emerald-100 text-emerald-800',
  'worth-a-look': 'bg-sky-100 text-sky-800',
  weak: 'bg-amber-100 text-amber-800',
  avoid: 'bg-red-100 text-red-800',
};
