import { useEffect, useRef, useState } from 'preact/hooks';

/** How long typing pauses before what was typed is saved. */
export const SAVE_PAUSE_MS = 700;

export interface DraftFieldOptions {
  /** The stored text, as the field shows it. */
  value: string;
  /** Whether a text differs from the stored value (tags compare as lists, not as text). */
  differs: (text: string) => boolean;
  save: (text: string) => void;
}

/**
 * A text field edited in place and saved as the user goes: a moment after typing stops, when the
 * field loses focus, when its row unmounts (a virtualised row scrolled away), and when the page
 * is left (hidden, reloaded, closed: no blur comes then, and a save started at that moment may not
 * finish, which is why typing does not wait for a blur, and why leaving within a pause asks first). Escape puts back the text the field had
 * when the user started, saving that back if a pause saved the draft meanwhile. Someone else's
 * change shows unless the user is typing here.
 */
export function useDraftField({ value, differs, save }: DraftFieldOptions) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const started = useRef(value);
  /** The user typed in this edit: only then is the draft theirs to save (a field merely focused
   * while another tab changed the value must not write its stale text back). */
  const typed = useRef(false);
  /** A draft saved during this edit (by a pause, or on leaving), so Escape knows to save back. */
  const savedDraft = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, differs, save });
  latest.current = { draft, differs, save };

  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  /** Save the draft now if it differs from what is stored. */
  const flush = () => {
    stopTimer();
    const l = latest.current;
    if (editing.current && typed.current && l.differs(l.draft)) {
      l.save(l.draft);
      savedDraft.current = true;
    }
  };

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // Reloading or closing within a pause of typing: the save starts, and the browser asks the
    // user to stay, since a save started as the page goes may not finish.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const l = latest.current;
      if (!editing.current || !typed.current || !l.differs(l.draft)) return;
      flush();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      flush();
    };
  }, []);

  return {
    draft,
    setDraft,
    onFocus: () => {
      editing.current = true;
      started.current = value;
      typed.current = savedDraft.current = false;
    },
    onInput: (text: string) => {
      typed.current = true;
      setDraft(text);
      latest.current.draft = text;
      stopTimer();
      timer.current = setTimeout(flush, SAVE_PAUSE_MS);
    },
    /** The field lost focus: save what differs, and stop editing. */
    onBlur: () => {
      flush();
      editing.current = false;
      // Nothing typed: show the stored value, which may have changed while the field had focus.
      if (!typed.current) setDraft(value);
    },
    /** Enter: save what differs now. The field keeps the focus (a blur would drop it on the page), and a new edit starts from here. */
    commit: () => {
      flush();
      started.current = latest.current.draft;
      typed.current = savedDraft.current = false;
    },
    /** Escape: back to the text from before this edit (saved back if a pause saved the draft). The field keeps the focus. */
    revert: () => {
      stopTimer();
      // Nothing saved meanwhile: the stored value as it is now (another tab may have changed it).
      // Saved: the text from before, written back (the stored value may not show the draft yet).
      const back = savedDraft.current ? started.current : value;
      setDraft(back);
      latest.current.draft = back;
      if (savedDraft.current) save(started.current);
      started.current = back;
      typed.current = savedDraft.current = false;
    },
  };
}
