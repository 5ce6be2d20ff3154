import type { HighlightKind } from '@/utils/messaging/protocol';
import { HIGHLIGHT_KINDS, KIND_COLOURS, KIND_LABELS, KIND_MARKS } from '@/utils/page/link-kind';

/** `note`: why the highlight could not be drawn (the page changed or did not answer, a browser page). */
export function HighlightToggle(props: { on: boolean; counts: Record<HighlightKind, number> | null; note?: string; onToggle: (on: boolean) => void }) {
  return (
    <section aria-label="Highlight" class="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <label class="inline-flex cursor-pointer items-center gap-1 font-medium">
        <input type="checkbox" data-testid="highlight-toggle" checked={props.on} onChange={(e) => props.onToggle(e.currentTarget.checked)} />
        Highlight links on the page
      </label>
      {props.on && (
        <span class="text-slate-500" title="Each web link gets one colour: hidden first, then sponsored, ugc, nofollow, followed. The counts above count every rel a link has.">
          Outlined:
        </span>
      )}
      {props.on &&
        HIGHLIGHT_KINDS.map((k) => (
          <span key={k} class="inline-flex items-center gap-1 text-slate-600" data-testid={`legend-${k}`}>
            {/* The letter the page's boxes carry: kinds told apart by more than colour. */}
            <span
              aria-hidden="true"
              class="inline-flex h-3.5 min-w-3.5 items-center justify-center border-2 text-[9px] font-bold leading-none text-slate-900"
              style={{ borderColor: KIND_COLOURS[k], borderStyle: k === 'hidden' ? 'dashed' : 'solid' }}
            >
              {KIND_MARKS[k]}
            </span>
            {KIND_LABELS[k]} {(props.counts?.[k] ?? 0).toLocaleString('en')}
          </span>
        ))}
      {/* Always mounted, so the note is announced when the page fails to answer; empty, it cancels its gap. */}
      <span role="status" class="text-amber-700 empty:-ms-3" data-testid="highlight-note">
        {props.note}
      </span>
    </section>
  );
}
