import type { PageType, PageTypeVerdict } from '@/utils/scoring/page-type';

const LABELS: Record<PageType, string> = {
  resource: 'Resource page',
  article: 'Article',
  listing: 'Listing',
  forum: 'Forum',
  directory: 'Directory',
  'guest-post': 'Guest-post page',
  other: 'Other page',
};

/** What kind of page this is, how sure, and why (the reasons are ours, never page markup). */
export function PageTypeLine(props: { verdict: PageTypeVerdict }) {
  const v = props.verdict;
  return (
    <div class="text-xs text-slate-700" data-testid="page-type" title={v.reasons.join('\n')}>
      <b>{LABELS[v.type]}</b> <span class="text-slate-500">({Math.round(v.confidence * 100)}% sure)</span>
      {v.reasons.length > 0 && <span class="text-slate-500"> — {v.reasons.slice(0, 2).join('; ')}</span>}
    </div>
  );
}
