import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTags, parseTags, sameTags } from '@/utils/options/tag-list';

/** A prospect's tags as one comma-separated field: saved on Enter or when it loses focus, put back on Escape. */
export function TagsEditor(props: { value: readonly string[]; label: string; tabIndex?: number; onSave: (tags: string[]) => void }) {
  const shown = formatTags(props.value);
  const [draft, setDraft] = useState(shown);
  const editing = useRef(false);
  const reverting = useRef(false);
  const latest = useRef({ draft, value: props.value, onSave: props.onSave });
  latest.current = { draft, value: props.value, onSave: props.onSave };

  useEffect(() => {
    if (!editing.current) setDraft(shown);
  }, [shown]);

  useEffect(
    () => () => {
      const l = latest.current;
      const tags = parseTags(l.draft);
      if (editing.current && !sameTags(tags, l.value)) l.onSave(tags);
    },
    [],
  );

  return (
    <input
      type="text"
      data-testid="tags-input"
      aria-label={props.label}
      tabIndex={props.tabIndex}
      value={draft}
      placeholder="Add tags"
      onFocus={() => (editing.current = true)}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        editing.current = false;
        if (reverting.current) {
          reverting.current = false;
          return setDraft(shown);
        }
        const tags = parseTags(draft);
        setDraft(formatTags(tags));
        if (!sameTags(tags, props.value)) props.onSave(tags);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          reverting.current = true;
          e.currentTarget.blur();
        }
      }}
      class="w-full rounded border border-transparent px-1 py-0.5 text-xs hover:border-slate-200 focus:border-blue-400"
    />
  );
}
