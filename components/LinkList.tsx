import type { ScoredLink } from '@/utils/scoring/types';
import type { RowFocusProps } from '@/utils/popup/use-row-focus';
import { highlightKind, KIND_COLOURS } from '@/utils/page/link-kind';
import { linkLabel } from '@/utils/labels';
import { PLACEMENT_LABELS } from './Summary';
import { VirtualRowList } from './VirtualRowList';

const ROW = 58;

function Row(props: { link: ScoredLink; selected: boolean; onPick: (l: ScoredLink) => void; focus: RowFocusProps }) {
  const l = props.link;
  const kind = highlightKind(l);
  return (
    <button
      type="button"
      data-testid="link-row"
      data-index={l.index}
      {...props.focus}
      aria-current={props.selected ? 'true' : undefined}
      onClick={() => props.onPick(l)}
      // The left border is the link's kind; the right one marks the picked row without relying on colour.
      class={`flex h-full w-full flex-col justify-center border-l-4 border-r-4 px-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-slate-900 ${props.selected ? 'border-r-blue-700 bg-blue-50' : 'border-r-transparent'}`}
      style={{ borderLeftColor: KIND_COLOURS[kind] }}
      title={l.placementReasons.join('; ')}
    >
      <span class="truncate text-xs font-medium text-slate-900">{linkLabel(l)}</span>
      <span class="truncate text-[11px] text-slate-600">{l.href ?? l.rawHref}</span>
      <span class="flex gap-1.5 text-[10px] text-slate-600">
        <span data-testid="row-placement">{PLACEMENT_LABELS[l.placement]}</span>
        {l.internal !== null && <span>{l.internal ? 'internal' : 'external'}</span>}
        {l.rel.filter((r) => r === 'nofollow' || r === 'sponsored' || r === 'ugc').map((r) => (
          <span key={r} class="font-semibold">{r}</span>
        ))}
        {!l.visible && <span class="text-amber-700">hidden: {l.hiddenBy}</span>}
        <span class="ml-auto">{l.counts.value ? '✓ counts' : '✗ does not count'} · {l.strength.score}</span>
      </span>
    </button>
  );
}

/** The filtered links, virtualised (VirtualRowList). */
export function LinkList(props: { links: ScoredLink[]; selected: number | null; onPick: (l: ScoredLink) => void }) {
  return (
    <VirtualRowList
      items={props.links}
      keyOf={(l) => l.index}
      rowHeight={ROW}
      label="Links"
      testId="link-list"
      renderRow={(link, focus) => <Row link={link} selected={props.selected === link.index} onPick={props.onPick} focus={focus} />}
    />
  );
}
