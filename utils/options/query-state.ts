import type { ProspectFilter, ProspectSort, ProspectSortKey } from '../prospects/query';

/** Newest and best first for dates and scores; A to Z for text. */
const FIRST_DIRECTION: Record<ProspectSortKey, ProspectSort['dir']> = {
  lastChecked: 'desc',
  firstSeen: 'desc',
  updatedAt: 'desc',
  score: 'desc',
  domain: 'asc',
  title: 'asc',
  status: 'asc',
};

export const DEFAULT_SORT: ProspectSort = { key: 'lastChecked', dir: 'desc' };

/** Clicking a header: the same column flips its direction, another column starts at its natural one. */
export function nextSort(current: ProspectSort, key: ProspectSortKey): ProspectSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: FIRST_DIRECTION[key] };
}

/** The `aria-sort` value of a header. */
export function ariaSort(current: ProspectSort, key: ProspectSortKey): 'ascending' | 'descending' | 'none' {
  if (current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

/** Add a chip's value when absent, remove it when present. */
export function toggleValue<T>(list: readonly T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

/** The filter as the query should see it: no empty lists, no blank text (so "nothing chosen" means "all"). */
export function cleanFilter(filter: ProspectFilter): ProspectFilter {
  const out: ProspectFilter = {};
  if (filter.status?.length) out.status = filter.status;
  if (filter.pageType?.length) out.pageType = filter.pageType;
  if (filter.verdict?.length) out.verdict = filter.verdict;
  const tag = filter.tag?.trim();
  if (tag) out.tag = tag;
  const domain = filter.domain?.trim().toLowerCase();
  if (domain) out.domain = domain;
  const text = filter.text?.trim();
  if (text) out.text = text;
  return out;
}

export function isFiltering(filter: ProspectFilter): boolean {
  return Object.keys(cleanFilter(filter)).length > 0;
}
