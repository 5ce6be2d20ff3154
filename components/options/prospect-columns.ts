import type { ProspectSortKey } from '@/utils/prospects/query';

/** Fixed row height: the virtualiser positions rows by it. */
export const ROW_HEIGHT = 64;
export const HEADER_HEIGHT = 36;

export interface ColumnDef {
  label: string;
  width: string;
  /** The sort this column's header sets, when it has one. */
  sort?: ProspectSortKey;
}

/** The dashboard's columns after the selection checkbox, in order; header and rows share the grid. */
export const PROSPECT_COLUMNS: readonly ColumnDef[] = [
  { label: 'Page', width: 'minmax(16rem, 2.2fr)', sort: 'title' },
  { label: 'Domain', width: '9rem', sort: 'domain' },
  { label: 'Type', width: '7rem' },
  { label: 'Verdict', width: '8.5rem', sort: 'score' },
  { label: 'Status', width: '7.5rem', sort: 'status' },
  { label: 'Tags', width: '10rem' },
  { label: 'Notes', width: 'minmax(12rem, 1.6fr)' },
  { label: 'Last checked', width: '7.5rem', sort: 'lastChecked' },
  { label: 'First seen', width: '7rem', sort: 'firstSeen' },
];

export const GRID_TEMPLATE = ['2.25rem', ...PROSPECT_COLUMNS.map((c) => c.width)].join(' ');

/** Wide enough for every column; narrower windows scroll sideways. */
export const TABLE_MIN_WIDTH = '88rem';
