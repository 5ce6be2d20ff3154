import { useMemo, useRef, useState } from 'preact/hooks';
import type { Mention, MentionOwner, MentionState } from '@/utils/mentions/types';
import { MENTION_COLOURS } from '@/utils/page/mention-highlights';
import { useRowFocus, type RowFocusProps } from '@/utils/popup/use-row-focus';
import { PLACEMENT_LABELS } from './Summary';
import { VirtualRowList } from './VirtualRowList';

/** Outreach opportunities first: an unlinked mention is a link waiting to be asked for. */
export const MENTION_STATE_ORDER: readonly MentionState[] = ['unlinked', 'linked-elsewhere', 'linked-to-you'];

export const MENTION_STATE_LABELS: Record<MentionState, string> = {
  unlinked: 'Unlinked',
  'linked-elsewhere': 'Linked elsewhere',
  'linked-to-you': 'Linked to you',
};

/** A competitor's "linked-to-you" is a link to the competitor's own site. */
export function mentionStateLabel(state: MentionState, owner: MentionOwner): string {
  return state === 'linked-to-you' && owner === 'competitor' ? 'Linked to their site' : MENTION_STATE_LABELS[state];
}

type Filter = MentionState | 'all';

const ROW = 76;
/** Up to this many rows are plain DOM; longer lists render only the rows in view. */
export const VIRTUAL_FROM = 60;

/** State order, visible before hidden within a state, then page order. */
export function orderMentions(mentions: readonly Mention[]): Mention[] {
  const rank = (m: Mention) => MENTION_STATE_ORDER.indexOf(m.state) * 2 + (m.visible ? 0 : 1);
  return [...mentions].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** The context with the matched text marked, found case-insensitively; all of it rendered as text. */
function Context(props: { context: string; matched: string }) {
  const at = props.matched ? props.context.toLocaleLowerCase().indexOf(props.matched.toLocaleLowerCase()) : -1;
  if (at < 0) return <>{props.context}</>;
  const end = at + props.matched.length;
  return (
    <>
      {props.context.slice(0, at)}
      <mark class="rounded-sm bg-amber-100 px-0.5 text-slate-900">{props.context.slice(at, end)}</mark>
      {props.context.slice(end)}
    </>
  );
}

function Row(props: { mention: Mention; selected: boolean; onPick: (m: Mention) => void; focus: RowFocusProps }) {
  const m = props.mention;
  const colours = MENTION_COLOURS[m.state];
  return (
    <button
      type="button"
      data-testid="mention-row"
      data-state={m.state}
      data-owner={m.owner}
      data-index={m.index}
      data-visible={String(m.visible)}
      {...props.focus}
      aria-current={props.selected ? 'true' : undefined}
      onClick={() => props.onPick(m)}
      // Left border: the state's colour, dashed when hidden (as the page's highlight legend draws
      // hidden links); faded text would fall below 4.5:1. The right border marks the picked row.
      class={`flex h-full w-full flex-col justify-center gap-0.5 border-l-4 border-r-4 px-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-slate-900 ${props.selected ? 'border-r-blue-700 bg-blue-50' : 'border-r-transparent'}`}
      style={{ borderLeftColor: colours.line, borderLeftStyle: m.visible ? 'solid' : 'dashed' }}
    >
      <span class="flex min-w-0 items-center gap-1.5 text-xs">
        <span class="truncate font-semibold text-slate-900" data-testid="mention-matched">{m.matched}</span>
        <span class="truncate text-slate-600" data-testid="mention-brand">{m.brand}</span>
        {m.owner === 'competitor' && (
          <span class="shrink-0 rounded bg-slate-200 px-1 text-[10px] font-medium text-slate-700" data-testid="mention-competitor">competitor</span>
        )}
        <span
          class="ml-auto shrink-0 rounded px-1 text-[10px] font-medium"
          style={{ backgroundColor: colours.background, color: colours.text }}
          data-testid="mention-state"
        >
          {mentionStateLabel(m.state, m.owner)}
        </span>
      </span>
      <span class="line-clamp-2 text-[11px] leading-snug text-slate-600" data-testid="mention-context">
        <Context context={m.context} matched={m.matched} />
      </span>
      <span class="flex min-w-0 gap-1.5 text-[10px] text-slate-600">
        <span data-testid="mention-placement">{PLACEMENT_LABELS[m.placement]}</span>
        {m.linkHost !== null && <span class="truncate" data-testid="mention-link-host">→ {m.linkHost}</span>}
        {!m.visible && (
          <span class="font-medium text-amber-700" data-testid="mention-hidden">
            hidden on the page
          </span>
        )}
      </span>
    </button>
  );
}

function FilterChips(props: { mentions: readonly Mention[]; filter: Filter; onFilter: (f: Filter) => void }) {
  const counts = useMemo(() => {
    const c: Record<MentionState, { visible: number; hidden: number }> = {
      unlinked: { visible: 0, hidden: 0 },
      'linked-elsewhere': { visible: 0, hidden: 0 },
      'linked-to-you': { visible: 0, hidden: 0 },
    };
    for (const m of props.mentions) c[m.state][m.visible ? 'visible' : 'hidden']++;
    return c;
  }, [props.mentions]);
  const chip = (active: boolean) =>
    `rounded-full border px-2 py-0.5 ${active ? 'border-slate-700 bg-slate-700 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`;
  return (
    <div class="flex flex-wrap gap-1 text-[11px]" role="group" aria-label="Show mentions">
      <button type="button" data-testid="mention-filter-all" aria-pressed={props.filter === 'all'} class={chip(props.filter === 'all')} onClick={() => props.onFilter('all')}>
        All <b>{props.mentions.length}</b>
      </button>
      {MENTION_STATE_ORDER.map((s) => (
        <button
          key={s}
          type="button"
          data-testid={`mention-filter-${s}`}
          data-count={counts[s].visible}
          aria-pressed={props.filter === s}
          class={chip(props.filter === s)}
          onClick={() => props.onFilter(props.filter === s ? 'all' : s)}
        >
          <span class="mr-1 inline-block h-2 w-2 rounded-full" style={{ backgroundColor: MENTION_COLOURS[s].line }} />
          {MENTION_STATE_LABELS[s]} <b>{counts[s].visible}</b>
          {counts[s].hidden > 0 && <span> (+{counts[s].hidden} hidden)</span>}
        </button>
      ))}
    </div>
  );
}

function PlainRows(props: { rows: Mention[]; selected: number | null; onPick: (m: Mention) => void }) {
  const listRef = useRef<HTMLDivElement>(null);
  const focus = useRowFocus(props.rows.length, listRef, ROW);
  return (
    <div ref={listRef} class="max-h-72 overflow-y-auto rounded border border-slate-200" data-testid="mention-list" role="list" aria-label="Mentions" onKeyDown={focus.onKeyDown}>
      {props.rows.map((m, i) => (
        <div key={m.index} role="listitem" class="border-b border-slate-100" style={{ height: `${ROW}px` }}>
          <Row mention={m} selected={props.selected === m.index} onPick={props.onPick} focus={focus.rowProps(i)} />
        </div>
      ))}
    </div>
  );
}

/** Only the rows in view are in the DOM (VirtualRowList). */
function VirtualRows(props: { rows: Mention[]; selected: number | null; onPick: (m: Mention) => void }) {
  return (
    <VirtualRowList
      items={props.rows}
      keyOf={(m) => m.index}
      rowHeight={ROW}
      label="Mentions"
      testId="mention-list"
      renderRow={(m, focus) => <Row mention={m} selected={props.selected === m.index} onPick={props.onPick} focus={focus} />}
    />
  );
}

/**
 * The popup's brand mentions: unlinked first, then linked elsewhere, then linked to you, with a
 * filter per state. Chip counts are of visible mentions; hidden ones are listed, marked, after
 * the visible ones of their state. Page text is only ever rendered as text.
 */
export function MentionList(props: { mentions: Mention[]; selected: number | null; onPick: (m: Mention) => void }) {
  const [filter, setFilter] = useState<Filter>('all');
  const ordered = useMemo(() => orderMentions(props.mentions), [props.mentions]);
  const rows = useMemo(() => (filter === 'all' ? ordered : ordered.filter((m) => m.state === filter)), [ordered, filter]);
  return (
    // Not a region of its own: it sits in the popup's "Brand mentions" region.
    <div class="space-y-1.5">
      <FilterChips mentions={props.mentions} filter={filter} onFilter={setFilter} />
      {rows.length === 0 ? (
        <div class="rounded border border-dashed border-slate-300 p-3 text-center text-xs text-slate-500" data-testid="mention-list" role="list">
          {filter === 'all' ? 'No mentions of your brands on this page.' : `No ${MENTION_STATE_LABELS[filter].toLowerCase()} mentions on this page.`}
        </div>
      ) : rows.length < VIRTUAL_FROM ? (
        <PlainRows rows={rows} selected={props.selected} onPick={props.onPick} />
      ) : (
        <VirtualRows rows={rows} selected={props.selected} onPick={props.onPick} />
      )}
    </div>
  );
}
