import { PLACEMENTS, type Placement } from '@/utils/analysis/types';
import type { LinkSummary } from '@/utils/scoring/types';

export const PLACEMENT_LABELS: Record<Placement, string> = {
  content: 'Content',
  header: 'Header',
  navigation: 'Navigation',
  sidebar: 'Sidebar',
  footer: 'Footer',
  comments: 'Comments',
  related: 'Related',
  author: 'Author bio',
  other: 'Other',
};

function Stat(props: { label: string; value: number; testId: string; tone?: string }) {
  return (
    <div class="rounded-md border border-slate-200 px-2 py-1.5" data-testid={props.testId}>
      <div class={`text-lg font-semibold leading-tight ${props.tone ?? 'text-slate-900'}`}>{props.value.toLocaleString('en')}</div>
      <div class="text-[11px] text-slate-500">{props.label}</div>
    </div>
  );
}

/** The at-a-glance numbers: totals, internal/external, hidden, by placement and by rel. */
export function Summary(props: { summary: LinkSummary; onPlacement: (p: Placement) => void }) {
  const s = props.summary;
  return (
    <section aria-label="Summary" class="space-y-2">
      <div class="grid grid-cols-5 gap-1.5 text-center">
        <Stat label="links" value={s.total} testId="count-total" />
        <Stat label="internal" value={s.internal} testId="count-internal" />
        <Stat label="external" value={s.external} testId="count-external" />
        <Stat label="count" value={s.counting} testId="count-counting" tone="text-green-700" />
        <Stat label="hidden" value={s.hidden} testId="count-hidden" tone={s.hidden ? 'text-amber-700' : undefined} />
      </div>
      <div class="flex flex-wrap gap-1" aria-label="Links by placement">
        {PLACEMENTS.filter((p) => s.byPlacement[p] > 0).map((p) => (
          <button
            type="button"
            key={p}
            data-testid={`placement-${p}`}
            onClick={() => props.onPlacement(p)}
            class="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-200"
          >
            {PLACEMENT_LABELS[p]} <b>{s.byPlacement[p].toLocaleString('en')}</b>
          </button>
        ))}
      </div>
      <div class="flex flex-wrap gap-3 text-xs text-slate-600" aria-label="Web links by rel">
        <span data-testid="rel-follow">follow <b>{s.byRel.follow.toLocaleString('en')}</b></span>
        <span data-testid="rel-nofollow">nofollow <b>{s.byRel.nofollow.toLocaleString('en')}</b></span>
        <span data-testid="rel-sponsored">sponsored <b>{s.byRel.sponsored.toLocaleString('en')}</b></span>
        <span data-testid="rel-ugc">ugc <b>{s.byRel.ugc.toLocaleString('en')}</b></span>
      </div>
    </section>
  );
}
