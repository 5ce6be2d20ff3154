import { useRef } from 'preact/hooks';
import { focusTestId } from '@/utils/options/focus-when-ready';
import { plural } from '@/utils/options/format';
import type { ProspectStatus } from '@/utils/prospects/types';
import { StatusSelect } from './StatusSelect';

/** Actions on the selected prospects; each can be undone for a few seconds. */
export function BulkBar(props: {
  selected: number;
  matching: number;
  busy: boolean;
  onStatus: (status: ProspectStatus) => void;
  onDelete: () => void;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const selectAll = () => {
    props.onSelectAll();
    // This button goes once all are selected: on to the next action in the bar.
    focusTestId(ref, 'bulk-status');
  };
  return (
    <div ref={ref} role="region" aria-label="Selected prospects" data-testid="bulk-bar" class="flex flex-wrap items-center gap-3 rounded border border-blue-200 bg-blue-50 px-3 py-1.5 text-sm">
      <span data-testid="selected-count" class="font-medium text-blue-900">
        {plural(props.selected, 'prospect')} selected
      </span>
      {props.selected < props.matching && (
        <button type="button" data-testid="select-all-matching" class="text-xs underline" onClick={selectAll}>
          Select all {props.matching.toLocaleString('en')} matching
        </button>
      )}
      <StatusSelect value="" label="Set the status of the selected prospects" testId="bulk-status" placeholder="Set status…" disabled={props.busy} onChange={props.onStatus} />
      <button
        type="button"
        data-testid="bulk-delete"
        disabled={props.busy}
        onClick={props.onDelete}
        class="rounded border border-red-300 bg-white px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        Delete
      </button>
      <button type="button" class="ml-auto text-xs underline" onClick={props.onClear}>
        Clear selection
      </button>
    </div>
  );
}
