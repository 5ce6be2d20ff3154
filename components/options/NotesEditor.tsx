import { useDraftField } from '@/utils/options/use-draft-field';

/**
 * A prospect's notes, edited in place and saved as the user types (see useDraftField), at once on
 * Ctrl+Enter (Cmd+Enter on a Mac); Escape puts back the notes from before the edit. Both keep the
 * focus in the field.
 */
export function NotesEditor(props: { value: string; label: string; tabIndex?: number; onSave: (notes: string) => void }) {
  const field = useDraftField({ value: props.value, differs: (text) => text !== props.value, save: props.onSave });
  return (
    <textarea
      data-testid="notes-input"
      aria-label={props.label}
      tabIndex={props.tabIndex}
      rows={2}
      value={field.draft}
      placeholder="Notes"
      onFocus={field.onFocus}
      onInput={(e) => field.onInput(e.currentTarget.value)}
      onBlur={field.onBlur}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          field.commit();
        } else if (e.key === 'Escape') {
          field.revert();
        }
      }}
      class="h-12 w-full resize-none rounded border border-slate-500 bg-white px-1 py-0.5 text-xs leading-snug placeholder:text-slate-500 focus:border-blue-700"
    />
  );
}
