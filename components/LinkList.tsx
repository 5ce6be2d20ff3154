import { useRef } from 'preact/hooks';
import type { ScoredLink } from '@/utils/scoring/types';
import { useVirtualRows } from '@/utils/ui/use-virtual-rows';
import { highlightKind, KIND_COLOURS } from '@/utils/page/link-kind';
import { PLACEMENT_LABELS } from './Summary';

const ROW = 58;

export function linkLabel(l: ScoredLink): string {
  return l.text || (l.imageAlt ? `[image] ${l.imageAlt}` : l.imageAlt === '' ? '[image, no alt]' : '(no text)');
}

function Row(props: { link: ScoredLink; selected: boolean; onPick: (l: ScoredLink) => void }) {
  const l = props.link;
  const kind = highlightKind(l);
  return (
    <button
      type="button"
      data-testid="link-row"
      data-index={l.index}
      onClick={() => props.onPick(l)}
      class={`flex h-full w-full flex-col justify-center border-l-4 px-2 text-left hover:bg-slate-50 ${props.selected ? 'bg-blue-50' : ''}`}
      style={{ borderLeftColor: KIND_COLOURS[kind] }}
      title={l.placementReasons.join('; ')}
    >
      <span class="truncate text-xs font-medium text-slate-900">{linkLabel(l)}</span>
      <span class="truncate text-[11px] text-slate-500">{l.href ?? l.rawHref}</span>
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

/** The filtered links, virtualised: only the rows in view exist in the DOM. */
export function LinkList(props: { links: ScoredLink[]; selected: number | null; onPick: (l: ScoredLink) => void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualRows(props.links.length, scrollRef, ROW);
  return (
    <div ref={scrollRef} class="h-72 overflow-y-auto rounded border border-slate-200" data-testid="link-list" role="list">
      <div style={{ height: `${v.getTotalSize()}px`, position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const link = props.links[item.index]!;
          return (
            <div
              key={link.index}
              role="listitem"
              class="absolute left-0 right-0 border-b border-slate-100"
              style={{ top: `${item.start}px`, height: `${ROW}px` }}
            >
              <Row link={link} selected={props.selected === link.index} onPick={props.onPick} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
