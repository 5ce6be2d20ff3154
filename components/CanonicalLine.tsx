import type { PageInfo } from '@/utils/analysis/types';
import { canonicalNote } from '@/utils/popup/canonical-note';

/** The canonical when it changes how the page's links count: another page's, or one search engines ignore. */
export function CanonicalLine(props: { page: Pick<PageInfo, 'url' | 'canonical' | 'canonicalIgnored'> }) {
  const note = canonicalNote(props.page);
  if (!note) return null;
  return (
    <div class="mt-1 text-xs text-amber-800" data-testid="canonical-note">
      {note.words}
      <div class="truncate text-[11px] text-slate-500" title={note.canonical}>
        {note.canonical}
      </div>
    </div>
  );
}
