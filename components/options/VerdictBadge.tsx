import { VERDICT_TONE } from '@/utils/options/labels';
import { VERDICT_TEXT } from '@/utils/labels';
import type { VerdictLabel } from '@/utils/scoring/types';

export function VerdictBadge(props: { verdict: VerdictLabel; score: number }) {
  return (
    <span class={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT_TONE[props.verdict]}`}>
      {VERDICT_TEXT[props.verdict]}
      <span class="tabular-nums opacity-75">{props.score}</span>
    </span>
  );
}
