import { ariaSort } from '@/utils/options/query-state';
import type { ProspectSort, ProspectSortKey } from '@/utils/prospects/query';

/** A column header; a sortable one is a button that sorts by it (again: the other way round). */
export function SortHeader(props: { label: string; sortKey?: ProspectSortKey; sort: ProspectSort; onSort: (key: ProspectSortKey) => void }) {
  const { sortKey } = props;
  if (!sortKey) {
    return (
      <div role="columnheader" class="flex items-center px-2 text-xs font-semibold text-slate-600">
        {props.label}
      </div>
    );
  }
  const state = ariaSort(props.sort, sortKey);
  return (
    <div role="columnheader" aria-sort={state} class="flex items-center px-1">
      <button
        type="button"
        data-testid={`sort-${sortKey}`}
        onClick={() => props.onSort(sortKey)}
        class={`flex items-center gap-1 rounded px-1 py-0.5 text-xs font-semibold hover:bg-slate-200 ${state === 'none' ? 'text-slate-600' : 'text-slate-900'}`}
      >
        {props.label}
        <span aria-hidden="true" class="w-2 text-[10px]">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : ''}
        </span>
      </button>
    </div>
  );
}
