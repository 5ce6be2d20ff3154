import type { ExtractedLink } from '../analysis/types';
import type { HighlightKind } from '../messaging/protocol';

export const HIGHLIGHT_KINDS: HighlightKind[] = ['followed', 'nofollow', 'sponsored', 'ugc', 'hidden'];

/** The one kind a link is highlighted as: hidden first, then the strongest rel qualifier. */
export function highlightKind(link: Pick<ExtractedLink, 'visible' | 'rel'>): HighlightKind {
  if (!link.visible) return 'hidden';
  if (link.rel.includes('sponsored')) return 'sponsored';
  if (link.rel.includes('ugc')) return 'ugc';
  if (link.rel.includes('nofollow')) return 'nofollow';
  return 'followed';
}

/** Colours shared by the on-page highlight and the popup's legend. */
export const KIND_COLOURS: Record<HighlightKind, string> = {
  followed: '#16a34a',
  nofollow: '#dc2626',
  sponsored: '#ea580c',
  ugc: '#7c3aed',
  hidden: '#64748b',
};

export const KIND_LABELS: Record<HighlightKind, string> = {
  followed: 'Followed',
  nofollow: 'Nofollow',
  sponsored: 'Sponsored',
  ugc: 'UGC',
  hidden: 'Hidden',
};

/**
 * A letter on each outlined box but a followed link's, and beside each kind in the legends: the
 * kinds must not differ by colour alone (a reader who cannot tell red from green still can).
 */
export const KIND_MARKS: Record<HighlightKind, string> = {
  followed: '',
  nofollow: 'N',
  sponsored: 'S',
  ugc: 'U',
  hidden: 'H',
};
