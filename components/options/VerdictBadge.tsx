import { VERDICT_TONE } from '@/utils/options/labels';
import { VERDICT_TEXT } from '@/utils/labels';
import type { VerdictLabel } from '@/utils/scoring/types';

/** A page's verdict and score; "Not judged yet" for a page imported from a list and never inspected (no reasons). */
export function VerdictBadge(props: { verdict: VerdictLabel; score: number; judged: boolean }) {
  if (!props.judged) {
    return (
      <span class="inline-flex items-center rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600" data-testid="verdict-unjudged" title="Imported from a list: open the page and inspect it for a verdict">
        Not judged yet
      </span>
    );
  }
  return (
    <span class={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT_TONE[props.verdict]}`}>
      {VERDICT_TEXT[props.verdict]}
      <span class="tabular-nums">
        {props.score}
      </span>
    </span>
  );
}
