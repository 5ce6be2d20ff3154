import { formatTags, parseTags, sameTags } from '@/utils/options/tag-list';
import { useDraftField } from '@/utils/options/use-draft-field';

/**
 * A prospect's tags as one comma-separated field, saved as the user types (see useDraftField) and
 * at once on Enter, tidied then and when it loses focus; Escape puts back the tags from before the
 * edit. Both keep the focus in the field.
 */
export function TagsEditor(props: { value: readonly string[]; label: string; tabIndex?: number; onSave: (tags: string[]) => void }) {
  const field = useDraftField({
    value: formatTags(props.value),
    differs: (text) => !sameTags(parseTags(text), props.value),
    save: (text) => props.onSave(parseTags(text)),
  });
  // As a function of the draft: it runs before a re-render, on the text just saved.
  const tidy = () => field.setDraft((draft) => formatTags(parseTags(draft)));
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
        tidy();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          field.commit();
          tidy();
        } else if (e.key === 'Escape') {
          field.revert();
        }
      }}
      class="w-full rounded border border-slate-500 bg-white px-1 py-0.5 text-xs placeholder:text-slate-500 focus:border-blue-700"
    />
  );
}
