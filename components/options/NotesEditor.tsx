import { useDraftField } from '@/utils/options/use-draft-field';

/**
 * A prospect's notes, edited in place and saved as the user types (see useDraftField), at once on
 * Ctrl+Enter (Cmd+Enter on a Mac); Escape puts back the notes from before the edit.
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
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          field.revert();
          e.currentTarget.blur();
        }
      }}
      class="h-12 w-full resize-none rounded border border-transparent px-1 py-0.5 text-xs leading-snug hover:border-slate-200 focus:border-blue-400"
    />
  );
}
