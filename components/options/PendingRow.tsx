import { ROW_HEIGHT } from './prospect-columns';

/** A row whose data is still being read: same height, so scrolling does not jump. */
export function PendingRow(props: { index: number; top: number }) {
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-busy="true"
      class="absolute left-0 right-0 flex items-center border-b border-slate-100 px-12 text-xs text-slate-600"
      style={{ top: `${props.top}px`, height: `${ROW_HEIGHT}px` }}
    >
      <span role="gridcell">Loading…</span>
    </div>
  );
}
