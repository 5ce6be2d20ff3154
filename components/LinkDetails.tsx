import { useEffect, useRef } from 'preact/hooks';
import { isWebUrl } from '@/utils/urls';
import type { ScoredLink } from '@/utils/scoring/types';
import { linkLabel } from '@/utils/labels';
import { PLACEMENT_LABELS } from './Summary';

/** Why a link got its placement, count verdict and strength. Page text is rendered as text only. */
export function LinkDetails(props: { link: ScoredLink; revealNote: string | null }) {
  const l = props.link;
  const box = useRef<HTMLElement>(null);
  // The details sit under the list: bring them (and a note on revealing) into view when picked.
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [l.index, props.revealNote]);
  return (
    <section ref={box} aria-label="Link details" data-testid="link-details" class="space-y-1 rounded border border-slate-200 p-2 text-xs [overflow-wrap:anywhere]">
      <div class="font-medium text-slate-900">{linkLabel(l)}</div>
      <div class="break-all text-slate-600">
        {isWebUrl(l.href) ? (
          <a href={l.href} target="_blank" rel="noopener noreferrer" class="text-blue-700 underline">
            {l.href}
          </a>
        ) : (
          <span>{l.href ?? l.rawHref}</span>
        )}
      </div>
      {/* The note comes after the details are shown: a live region mounted first is announced. */}
      <div role="status" class="text-amber-700 empty:mb-0" data-testid="reveal-note">
        {props.revealNote}
      </div>
      <div>
        <b>Placement: {PLACEMENT_LABELS[l.placement]}</b>
        {l.placementReasons.length > 0 && <span class="text-slate-600"> — {l.placementReasons.join('; ')}</span>}
      </div>
      <div>
        <b>{l.counts.value ? 'Likely counts' : 'Likely does not count'}</b>
        <span class="text-slate-600"> — {l.counts.reasons.join('; ')}</span>
      </div>
      <div>
        <b>Strength {l.strength.score}/100</b>
        <span class="text-slate-600"> — {l.strength.reasons.join('; ')}</span>
      </div>
      {l.context && <div class="italic text-slate-600">“{l.context}”</div>}
    </section>
  );
}
