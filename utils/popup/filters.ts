import type { Placement } from '../analysis/types';
import type { ScoredLink } from '../scoring/types';

export type RelFilter = 'nofollow' | 'sponsored' | 'ugc';

export type LinkOrder = 'page' | 'strength';

export interface LinkFilters {
  externalOnly: boolean;
  hiddenOnly: boolean;
  /** Links with any of these rel values; empty = no rel filter. */
  rels: RelFilter[];
  placement: Placement | 'all';
  search: string;
  /** Page order, or strongest first (ties keep page order). */
  order: LinkOrder;
}

export const NO_FILTERS: LinkFilters = { externalOnly: false, hiddenOnly: false, rels: [], placement: 'all', search: '', order: 'page' };

/** Narrow the list: every active filter must hold, except the rel values, of which any may. */
export function filterLinks(links: ScoredLink[], f: LinkFilters): ScoredLink[] {
  const needle = f.search.trim().toLowerCase();
  const kept = links.filter(
    (l) =>
      (!f.externalOnly || l.internal === false) &&
      (!f.hiddenOnly || !l.visible) &&
      (f.rels.length === 0 || f.rels.some((r) => l.rel.includes(r))) &&
      (f.placement === 'all' || l.placement === f.placement) &&
      (!needle ||
        l.text.toLowerCase().includes(needle) ||
        (l.imageAlt ?? '').toLowerCase().includes(needle) ||
        (l.label ?? '').toLowerCase().includes(needle) ||
        (l.href ?? l.rawHref).toLowerCase().includes(needle)),
  );
  return f.order === 'strength' ? kept.sort((a, b) => b.strength.score - a.strength.score || a.index - b.index) : kept;
}

export function isFiltered(f: LinkFilters): boolean {
  return f.externalOnly || f.hiddenOnly || f.rels.length > 0 || f.placement !== 'all' || f.search.trim() !== '';
}
