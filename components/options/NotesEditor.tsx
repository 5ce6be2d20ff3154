import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A prospect's notes, edited in place: saved when the field loses focus or on Ctrl+Enter
 * (Cmd+Enter on a Mac), put back on Escape. A row scrolled out of view while edited still saves.
 */
export function NotesEditor(props: { value: string; label: string; tabIndex?: number; onSave: (notes: string) => void }) {
  const [draft, setDraft] = useState(props.value);
  const editing = useRef(false);
  const reverting = useRef(false);
  const latest = useRef({ draft, value: props.value, onSave: props.onSave });
  latest.current = { draft, value: props.value, onSave: props.onSave };

  // Someone else's change shows, unless the user is typing here.
  useEffect(() => {
    if (!editing.current) setDraft(props.value);
  }, [props.value]);

  // A virtualised row unmounts when scrolled away, without a blur: keep what was typed.
  useEffect(
    () => () => {
      const l = latest.current;
      if (editing.current && l.draft !== l.value) l.onSave(l.draft);
    },
    [],
  );

  return (
    <textarea
      data-testid="notes-input"
      aria-label={props.label}
      tabIndex={props.tabIndex}
      rows={2}
      value={draft}
      placeholder="Notes"
      onFocus={() => (editing.current = true)}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        editing.current = false;
        if (reverting.current) {
          reverting.current = false;
          setDraft(props.value);
        } else if (draft !== props.value) props.onSave(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          reverting.current = true;
          e.currentTarget.blur();
        }
      }}
      class="h-12 w-full resize-none rounded border border-transparent px-1 py-0.5 text-xs leading-snug hover:border-slate-200 focus:border-blue-400"
    />
  );
}
