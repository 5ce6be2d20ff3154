import { PAGE_TYPE_TEXT } from '@/utils/labels';
import type { PageTypeVerdict } from '@/utils/scoring/page-type';

/** What kind of page this is, how sure, and why (the reasons are ours, never page markup). */
export function PageTypeLine(props: { verdict: PageTypeVerdict }) {
  const v = props.verdict;
  return (
    <div class="text-xs text-slate-700" data-testid="page-type" title={v.reasons.join('\n')}>
      <b>{PAGE_TYPE_TEXT[v.type]}</b> <span class="text-slate-500">({Math.round(v.confidence * 100)}% sure)</span>
      {v.reasons.length > 0 && <span class="text-slate-500"> — {v.reasons.slice(0, 2).join('; ')}</span>}
    </div>
  );
}
