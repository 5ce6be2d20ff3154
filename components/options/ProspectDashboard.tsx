import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '@/utils/options/format';
import { STATUS_TEXT } from '@/utils/labels';
import { cleanFilter, DEFAULT_SORT, isFiltering, nextSort } from '@/utils/options/query-state';
import { NO_SELECTION, pruneSelection, selectAll, selectedInOrder, selectionState, toggleOne, toggleRange, type Selection } from '@/utils/options/selection';
import { focusWhenReady } from '@/utils/options/focus-when-ready';
import { UndoSlot, type UndoOffer } from '@/utils/options/undo-slot';
import { useAction } from '@/utils/options/use-action';
import { useDebounced } from '@/utils/options/use-debounced';
import { useLiveQuery } from '@/utils/options/use-live-query';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { deleteProspects, restoreProspects, setStatuses, undoStatuses, updateProspect } from '@/utils/prospects/edit';
import { allDomains, allTags, countProspects, queryProspectIds, type ProspectFilter, type ProspectSort } from '@/utils/prospects/query';
import type { ProspectPatch, ProspectStatus } from '@/utils/prospects/types';
import { BulkBar } from './BulkBar';
import { EmptyProspects } from './EmptyProspects';
import { ErrorNote } from './ErrorNote';
import { LiveRegion } from './LiveRegion';
import { ProspectDetails } from './ProspectDetails';
import { ProspectFilters } from './ProspectFilters';
import { ProspectTable } from './ProspectTable';
import { UndoToast } from './UndoToast';

const SEARCH_DEBOUNCE_MS = 250;
const NO_IDS: readonly number[] = [];

/**
 * The prospects dashboard: filters, the virtualised table, bulk actions with undo and a details
 * pane. Every list is a Dexie live query, so prospects saved from the popup (or edited in another
 * tab) show up here without a reload.
 */
export function ProspectDashboard(props: { db: LinkscoutDb; undoMs?: number }) {
  const { db } = props;
  const [filter, setFilter] = useState<ProspectFilter>({});
  const [sort, setSort] = useState<ProspectSort>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [openId, setOpenId] = useState<number | null>(null);
  const [openName, setOpenName] = useState('');
  const [undoSlot] = useState(() => new UndoSlot(props.undoMs));
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const action = useAction();
  const rootRef = useRef<HTMLDivElement>(null);
  const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector);
  /** Back to the table: the row `id` if it is rendered, else the row Tab would reach. */
  const focusRow = (id: number | null) => focusWhenReady(() => (id === null ? null : find(`[data-testid="prospect-row"][data-id="${id}"]`)) ?? find('[data-testid="prospect-row"][tabindex="0"]'));
  const focusSearch = () => focusWhenReady(() => find('[data-testid="filter-text"]'));

  useEffect(() => {
    const off = undoSlot.subscribe(setOffer);
    return () => {
      off();
      undoSlot.dismiss();
    };
  }, [undoSlot]);

  // Typed filters wait for a pause in typing; chips and selects apply at once.
  const text = useDebounced(filter.text ?? '', SEARCH_DEBOUNCE_MS);
  const domain = useDebounced(filter.domain ?? '', SEARCH_DEBOUNCE_MS);
  const query = cleanFilter({ ...filter, text, domain });
  const queryKey = JSON.stringify(query);
  const idsLive = useLiveQuery(() => queryProspectIds(db, query, sort), [db, queryKey, sort.key, sort.dir]);
  const totalLive = useLiveQuery(() => countProspects(db), [db]);
  const tagsLive = useLiveQuery(() => allTags(db), [db]);
  const domainPrefix = (filter.domain ?? '').trim().toLowerCase();
  const domainsLive = useLiveQuery(() => allDomains(db, domainPrefix, 50), [db, domainPrefix]);

  // While a new query runs, the last result stays on screen instead of an empty table.
  const lastIds = useRef<readonly number[] | null>(null);
  if (idsLive.state === 'ready') lastIds.current = idsLive.value;
  const ids = lastIds.current ?? NO_IDS;

  useEffect(() => setSelection((s) => pruneSelection(s, ids)), [ids]);

  const selectedIds = useMemo(() => selectedInOrder(selection, ids), [selection, ids]);

  const edit = (id: number, patch: ProspectPatch) => void action.run(() => updateProspect(db, id, patch));

  const bulkStatus = (status: ProspectStatus) =>
    void action.run(async () => {
      const chosen = selectedIds;
      const undo = await setStatuses(db, chosen, status);
      undoSlot.put({ message: `${plural(chosen.length, 'prospect')} marked ${STATUS_TEXT[status]}`, undo: () => undoStatuses(db, undo) });
    });

  const bulkDelete = () =>
    void action.run(async (from) => {
      const chosen = selectedIds;
      const batch = await deleteProspects(db, chosen);
      setSelection(NO_SELECTION);
      if (openId !== null && chosen.includes(openId)) setOpenId(null);
      undoSlot.put({ message: `${plural(chosen.length, 'prospect')} deleted`, undo: () => restoreProspects(db, batch) });
      // The bulk bar went with the selection: Undo is what the user most likely wants next.
      focusWhenReady(() => find('[data-testid="undo"]'), from);
    });

  const open = (id: number, name: string) => {
    setOpenId(id === openId ? null : id);
    setOpenName(name);
  };

  const closeDetails = () => {
    setOpenId(null);
    focusRow(openId);
  };

  const total = totalLive.state === 'ready' ? totalLive.value : null;
  const failure = idsLive.state === 'failed' ? idsLive.message : totalLive.state === 'failed' ? totalLive.message : null;

  return (
    <div class="space-y-3" ref={rootRef}>
      <ErrorNote message={failure} testId="dashboard-error" />
      <LiveRegion text={selection.ids.size > 0 ? `${plural(selection.ids.size, 'prospect')} selected` : ''} testId="selection-status" />
      <LiveRegion text={openId !== null ? `Details of ${openName} shown beside the table` : ''} testId="details-status" />
      <div class="flex items-center gap-2 text-sm text-slate-600" aria-live="polite">
        <span>
          <b data-testid="prospect-count" data-count={lastIds.current === null ? undefined : ids.length}>{lastIds.current === null ? '…' : ids.length.toLocaleString('en')}</b>
          {total !== null && ids.length !== total && <> of {total.toLocaleString('en')}</>} {ids.length === 1 ? 'prospect' : 'prospects'}
        </span>
        {idsLive.state === 'loading' && lastIds.current !== null && <span class="text-xs text-slate-600">updating…</span>}
      </div>
      {total === 0 && !isFiltering(filter) ? (
        <EmptyProspects />
      ) : (
        <>
          <ProspectFilters
            filter={filter}
            tags={tagsLive.state === 'ready' ? tagsLive.value : []}
            domains={domainsLive.state === 'ready' ? domainsLive.value : []}
            onChange={setFilter}
            onClear={() => {
              setFilter({});
              focusSearch();
            }}
          />
          {selection.ids.size > 0 && (
            <BulkBar
              selected={selection.ids.size}
              matching={ids.length}
              busy={action.busy}
              onStatus={bulkStatus}
              onDelete={bulkDelete}
              onSelectAll={() => setSelection(selectAll(ids))}
              onClear={() => {
                setSelection(NO_SELECTION);
                focusRow(null);
              }}
            />
          )}
          <ErrorNote message={action.error} onDismiss={action.clearError} testId="action-error" />
          {ids.length === 0 && idsLive.state === 'ready' ? (
            <div data-testid="prospects-no-match" class="rounded border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
              No prospect matches these filters.{' '}
              <button
                type="button"
                class="underline"
                onClick={() => {
                  setFilter({});
                  focusSearch();
                }}
              >
                Clear filters
              </button>
            </div>
          ) : (
            <div class={openId !== null ? 'grid gap-3 xl:grid-cols-[1fr_24rem]' : ''}>
              <ProspectTable
                db={db}
                ids={ids}
                sort={sort}
                onSort={(key) => setSort(nextSort(sort, key))}
                selection={selection}
                onToggle={(id, range) => setSelection((s) => (range ? toggleRange(s, ids, id) : toggleOne(s, id)))}
                onToggleAll={() => setSelection((s) => (selectionState(s, ids.length) === 'all' ? NO_SELECTION : selectAll(ids)))}
                openId={openId}
                onOpen={open}
                onEdit={edit}
              />
              {openId !== null && <ProspectDetails db={db} id={openId} onClose={closeDetails} />}
            </div>
          )}
        </>
      )}
      <UndoToast
        offer={offer}
        busy={action.busy}
        onUndo={() => {
          void action.run(() => undoSlot.undo());
          focusRow(null);
        }}
        onDismiss={() => {
          undoSlot.dismiss();
          focusRow(null);
        }}
        onHold={(reason, on) => undoSlot.hold(reason, on)}
      />
    </div>
  );
}
