import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { selectionState, type Selection } from '@/utils/options/selection';
import { useVirtualRows } from '@/utils/ui/use-virtual-rows';
import { useVisibleRows } from '@/utils/options/use-visible-rows';
import type { LinkscoutDb } from '@/utils/prospects/db';
import type { ProspectSort, ProspectSortKey } from '@/utils/prospects/query';
import type { ProspectPatch } from '@/utils/prospects/types';
import { ErrorNote } from './ErrorNote';
import { PendingRow } from './PendingRow';
import { GRID_TEMPLATE, HEADER_HEIGHT, PROSPECT_COLUMNS, ROW_HEIGHT, TABLE_MIN_WIDTH } from './prospect-columns';
import { ProspectRowView } from './ProspectRowView';
import { SortHeader } from './SortHeader';

/** How far PageUp / PageDown move the focus. */
const PAGE_ROWS = 10;

/**
 * The matching prospects, virtualised: only the rows in view are in the DOM and only their data
 * is read (`getRows`), so 100,000 prospects scroll smoothly.
 */
export function ProspectTable(props: {
  db: LinkscoutDb;
  ids: readonly number[];
  sort: ProspectSort;
  onSort: (key: ProspectSortKey) => void;
  selection: Selection;
  onToggle: (id: number, range: boolean) => void;
  onToggleAll: () => void;
  openId: number | null;
  /** Open (or close) a row's details; `name` is what the row is called, for the announcement. */
  onOpen: (id: number, name: string) => void;
  onEdit: (id: number, patch: ProspectPatch) => void;
}) {
  const { ids } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualRows(ids.length, scrollRef, ROW_HEIGHT, HEADER_HEIGHT);
  const items = v.getVirtualItems();
  const { rowOf, error } = useVisibleRows(props.db, ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? -1);
  const [active, setActive] = useState(0);
  const activeIndex = Math.max(0, Math.min(active, ids.length - 1));
  const focusAfterRender = useRef(false);
  // The row Tab reaches: the active one, or, once it has scrolled out of the DOM (wheel, scrollbar),
  // the first loaded row in view, so Tab never skips the table.
  const loaded = items.filter((item) => rowOf(ids[item.index]!) !== undefined).map((item) => item.index);
  const inView = loaded.filter((i) => !v.range || (i >= v.range.startIndex && i <= v.range.endIndex));
  const tabbableIndex = loaded.includes(activeIndex) ? activeIndex : (inView[0] ?? loaded[0]);

  // Arrow keys may move to a row that was not rendered yet: focus it once it is.
  useEffect(() => {
    if (!focusAfterRender.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${activeIndex}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusAfterRender.current = false;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, ids.length - 1));
    setActive(next);
    v.scrollToIndex(next, { align: 'auto' });
    focusAfterRender.current = true;
  };

  const onRowKey = (index: number, id: number, name: string) => (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // keys typed in a row's own fields are theirs
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + PAGE_ROWS),
      PageUp: () => moveTo(index - PAGE_ROWS),
      Home: () => moveTo(0),
      End: () => moveTo(ids.length - 1),
      ' ': () => props.onToggle(id, e.shiftKey),
      Enter: () => props.onOpen(id, name),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  const all = selectionState(props.selection, ids.length);
  return (
    // min-w-0: beside the details pane, the table scrolls sideways instead of pushing the pane off screen.
    <div class="min-w-0 space-y-1">
      <ErrorNote message={error} />
      <div
        ref={scrollRef}
        class="h-[65vh] min-h-80 overflow-auto rounded border border-slate-200"
        data-testid="prospect-table"
        // A row focused by Tab is scrolled clear of the sticky header row, not under it.
        style={{ scrollPaddingTop: `${HEADER_HEIGHT}px` }}
      >
        {/* A grid, not a table: rows take the focus and answer arrow keys, which screen readers
            pass on to a grid in browse mode; aria-selected is valid on a grid's rows. */}
        <div role="grid" aria-label="Prospects" aria-multiselectable="true" aria-rowcount={ids.length + 1} style={{ height: `${v.getTotalSize()}px`, minWidth: TABLE_MIN_WIDTH, position: 'relative' }}>
          <div role="rowgroup" class="sticky top-0 z-10">
            <div role="row" aria-rowindex={1} class="grid border-b border-slate-200 bg-slate-100" style={{ height: `${HEADER_HEIGHT}px`, gridTemplateColumns: GRID_TEMPLATE }}>
              <div role="columnheader" class="flex items-center justify-center">
                <input
                  type="checkbox"
                  data-testid="select-all"
                  aria-label={all === 'all' ? 'Clear the selection' : `Select all ${ids.length} matching prospects`}
                  checked={all === 'all'}
                  indeterminate={all === 'some'}
                  onChange={props.onToggleAll}
                />
              </div>
              {PROSPECT_COLUMNS.map((c) => (
                <SortHeader key={c.label} label={c.label} sortKey={c.sort} sort={props.sort} onSort={props.onSort} />
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {items.map((item) => {
              const id = ids[item.index]!;
              const row = rowOf(id);
              if (!row) return <PendingRow key={id} index={item.index} top={item.start} />;
              return (
                <ProspectRowView
                  key={id}
                  row={row}
                  index={item.index}
                  top={item.start}
                  selected={props.selection.ids.has(id)}
                  open={props.openId === id}
                  tabbable={item.index === tabbableIndex}
                  onToggle={(range) => props.onToggle(id, range)}
                  onOpen={() => props.onOpen(id, row.title || row.url)}
                  onEdit={(patch) => props.onEdit(id, patch)}
                  onKeyDown={onRowKey(item.index, id, row.title || row.url)}
                  onFocus={() => setActive(item.index)}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
