import { formatTags, parseTags, sameTags } from '@/utils/options/tag-list';
import { useDraftField } from '@/utils/options/use-draft-field';

/**
 * A prospect's tags as one comma-separated field, saved as the user types (see useDraftField) and
 * at once on Enter, tidied when it loses focus; Escape puts back the tags from before the edit.
 */
export function TagsEditor(props: { value: readonly string[]; label: string; tabIndex?: number; onSave: (tags: string[]) => void }) {
  const field = useDraftField({
    value: formatTags(props.value),
    differs: (text) => !sameTags(parseTags(text), props.value),
    save: (text) => props.onSave(parseTags(text)),
  });
  return (
    <input
      type="text"
      data-testid="tags-input"
      aria-label={props.label}
      tabIndex={props.tabIndex}
      value={field.draft}
      placeholder="Add tags"
      onFocus={field.onFocus}
      onInput={(e) => field.onInput(e.currentTarget.value)}
      onBlur={() => {
        field.onBlur();
        // As a function of the draft then: after Escape this runs before a re-render, on the reverted text.
        field.setDraft((draft) => formatTags(parseTags(draft)));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          field.revert();
          e.currentTarget.blur();
        }
      }}
      class="w-full rounded border border-transparent px-1 py-0.5 text-xs hover:border-slate-200 focus:border-blue-400"
    />
  );
}
