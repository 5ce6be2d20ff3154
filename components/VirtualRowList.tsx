import type { ComponentChild } from 'preact';
import { useRef } from 'preact/hooks';
import { useRowFocus, withActiveRow, type RowFocusProps } from '@/utils/popup/use-row-focus';
import { useVirtualRows } from '@/utils/ui/use-virtual-rows';

/**
 * A virtualised list of rows of one height: only the rows in view exist in the DOM, so each row
 * carries its position and the total for assistive technology. One tab stop; arrows move between
 * rows (use-row-focus.ts), and the focused row stays rendered while it is scrolled away.
 */
export function VirtualRowList<T>(props: {
  items: readonly T[];
  /** A stable key per item (its index in the page). */
  keyOf: (item: T) => number;
  rowHeight: number;
  label: string;
  testId: string;
  renderRow: (item: T, focus: RowFocusProps) => ComponentChild;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, rowHeight } = props;
  const count = items.length;
  const v = useVirtualRows(count, scrollRef, rowHeight);
  const focus = useRowFocus(count, scrollRef, rowHeight, (pos) => v.scrollToIndex(pos, { align: 'auto' }));
  return (
    <div
      ref={scrollRef}
      class="h-72 overflow-y-auto rounded border border-slate-200"
      data-testid={props.testId}
      data-virtual="true"
      role="list"
      aria-label={props.label}
      onKeyDown={focus.onKeyDown}
    >
      <div style={{ height: `${v.getTotalSize()}px`, position: 'relative' }}>
        {withActiveRow(v.getVirtualItems(), focus.active, count, rowHeight).map((row) => {
          const item = items[row.index]!;
          return (
            <div
              key={props.keyOf(item)}
              role="listitem"
              aria-setsize={count}
              aria-posinset={row.index + 1}
              class="absolute left-0 right-0 border-b border-slate-100"
              style={{ top: `${row.start}px`, height: `${rowHeight}px` }}
            >
              {props.renderRow(item, focus.rowProps(row.index))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
