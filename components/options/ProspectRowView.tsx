import type { JSX } from 'preact';
import { formatDateTime, formatDay } from '@/utils/options/format';
import { TYPE_LABELS } from '@/utils/options/labels';
import type { ProspectPatch, ProspectRow } from '@/utils/prospects/types';
import { isJudged } from '@/utils/prospects/judged';
import { isWebUrl } from '@/utils/urls';
import { NotesEditor } from './NotesEditor';
import { GRID_TEMPLATE, ROW_HEIGHT } from './prospect-columns';
import { StatusSelect } from './StatusSelect';
import { TagsEditor } from './TagsEditor';
import { VerdictBadge } from './VerdictBadge';

const cell = 'flex min-w-0 items-center px-2';

/**
 * One prospect in the dashboard. Everything in it came from a web page or a file, so it is
 * rendered as text; only an http(s) URL becomes a link. The row itself is focusable: arrow keys
 * move between rows, Space selects, Enter opens the details.
 */
export function ProspectRowView(props: {
  row: ProspectRow;
  index: number;
  top: number;
  selected: boolean;
  open: boolean;
  tabbable: boolean;
  onToggle: (range: boolean) => void;
  onOpen: () => void;
  onEdit: (patch: ProspectPatch) => void;
  onKeyDown: (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => void;
  onFocus: () => void;
}) {
  const r = props.row;
  const name = r.title || r.url;
  // Roving focus: only the active row's controls are in the Tab order, so Tab leaves the table.
  const tab = props.tabbable ? 0 : -1;
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={props.selected}
      tabIndex={props.tabbable ? 0 : -1}
      data-testid="prospect-row"
      data-url={r.url}
      data-id={r.id}
      data-row-index={props.index}
      onKeyDown={props.onKeyDown}
      onFocusIn={props.onFocus}
      class={`absolute left-0 right-0 grid border-b border-slate-100 text-sm outline-none focus:ring-2 focus:ring-inset focus:ring-blue-700 ${
        props.selected ? 'bg-blue-50' : props.open ? 'bg-slate-50' : 'bg-white hover:bg-slate-50'
      }`}
      style={{ top: `${props.top}px`, height: `${ROW_HEIGHT}px`, gridTemplateColumns: GRID_TEMPLATE }}
    >
      <div role="gridcell" class={`${cell} justify-center`}>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          tabIndex={tab}
          checked={props.selected}
          onClick={(e) => props.onToggle(e.shiftKey)}
        />
      </div>
      <div role="gridcell" class={`${cell} flex-col items-start justify-center`}>
        <button type="button" tabIndex={tab} class="max-w-full truncate text-left font-medium text-slate-900 hover:underline" title={r.title} onClick={props.onOpen}>
          {r.title || '(no title)'}
        </button>
        {isWebUrl(r.url) ? (
          <a href={r.url} target="_blank" rel="noopener noreferrer" tabIndex={tab} class="max-w-full truncate text-xs text-blue-700 hover:underline" title={r.url}>
            {r.url}
          </a>
        ) : (
          <span class="max-w-full truncate text-xs text-slate-500">{r.url}</span>
        )}
      </div>
      <div role="gridcell" class={`${cell} truncate font-mono text-xs`} title={r.domain}>
        <span class="truncate">{r.domain}</span>
      </div>
      <div role="gridcell" class={`${cell} text-xs`}>
        {TYPE_LABELS[r.pageType] ?? r.pageType}
      </div>
      <div role="gridcell" class={cell}>
        <VerdictBadge verdict={r.verdict} score={r.score} judged={isJudged(r)} />
      </div>
      <div role="gridcell" class={cell}>
        <StatusSelect value={r.status} label={`Status of ${name}`} testId="status-select" tabIndex={tab} onChange={(status) => props.onEdit({ status })} />
      </div>
      <div role="gridcell" class={cell}>
        <TagsEditor tabIndex={tab} value={r.tags} label={`Tags of ${name}`} onSave={(tags) => props.onEdit({ tags })} />
      </div>
      <div role="gridcell" class={cell}>
        <NotesEditor tabIndex={tab} value={r.notes} label={`Notes on ${name}`} onSave={(notes) => props.onEdit({ notes })} />
      </div>
      <div role="gridcell" class={`${cell} text-xs tabular-nums text-slate-600`} title={formatDateTime(r.lastChecked)}>
        {formatDay(r.lastChecked)}
      </div>
      <div role="gridcell" class={`${cell} text-xs tabular-nums text-slate-600`} title={formatDateTime(r.firstSeen)}>
        {formatDay(r.firstSeen)}
      </div>
    </div>
  );
}
