import { useCallback, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '../prospects/storage-health';
import { focusBackWhenReady } from './focus-when-ready';

export interface Action {
  busy: boolean;
  /** The last failure as a plain sentence, or null. */
  error: string | null;
  /**
   * Run `task`; a failure is kept as a message, never thrown into the page. Resolves to the task's
   * result or undefined. The task is given where the focus was when it started (for focusWhenReady).
   */
  run: <T>(task: (from: Element | null) => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
}

/**
 * A user action that talks to storage: busy while it runs (its buttons disabled), its error shown
 * in words. The focus goes back to the control pressed once it is enabled again.
 */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(0);
  const run = useCallback(async <T,>(task: (from: Element | null) => Promise<T>): Promise<T | undefined> => {
    const from = document.activeElement;
    running.current++;
    setBusy(true);
    setError(null);
    try {
      return await task(from);
    } catch (err) {
      setError(describeStorageError(err));
      return undefined;
    } finally {
      running.current--;
      if (running.current === 0) {
        setBusy(false);
        focusBackWhenReady(from);
      }
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
