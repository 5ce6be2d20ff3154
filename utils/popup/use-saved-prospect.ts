import { useEffect, useState } from 'preact/hooks';
import type { ProspectRow, ProspectStatus } from '../prospects/types';
import { sendToBackground } from '../messaging/transport';
import { retryIfWorkerRestarted } from './retry';

export type SavedState =
  | { phase: 'checking' }
  | { phase: 'unsaved' }
  | { phase: 'saving' }
  | { phase: 'saved'; prospect: ProspectRow; created: boolean }
  | { phase: 'error'; message: string; prospect: ProspectRow | null };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Whether the page is saved as a prospect; save it, change its status. Every failure is a sentence. */
export function useSavedProspect(tabId: number, pageUrl: string) {
  const [state, setState] = useState<SavedState>({ phase: 'checking' });

  useEffect(() => {
    retryIfWorkerRestarted(() => sendToBackground('prospectForUrl', { url: pageUrl }))
      .then((r) => setState(!r.ok ? { phase: 'error', message: r.error, prospect: null } : r.prospect ? { phase: 'saved', prospect: r.prospect, created: false } : { phase: 'unsaved' }))
      .catch((err: unknown) => setState({ phase: 'error', message: message(err), prospect: null }));
  }, [pageUrl]);

  const save = async () => {
    setState({ phase: 'saving' });
    try {
      // Safe to repeat: the background saves by normalised URL, one row per page.
      const r = await retryIfWorkerRestarted(() => sendToBackground('saveProspect', { tabId, as: 'page', url: pageUrl }));
      setState(r.ok ? { phase: 'saved', prospect: r.prospect, created: r.created } : { phase: 'error', message: r.error, prospect: null });
    } catch (err) {
      setState({ phase: 'error', message: `Not saved: ${message(err)}`, prospect: null });
    }
  };

  const setStatus = async (prospect: ProspectRow, status: ProspectStatus) => {
    try {
      const r = await retryIfWorkerRestarted(() => sendToBackground('setProspectStatus', { id: prospect.id, status }));
      if (r.ok && r.prospect) setState({ phase: 'saved', prospect: r.prospect, created: false });
      else setState({ phase: 'error', message: r.ok ? 'This prospect was deleted from the dashboard.' : r.error, prospect });
    } catch (err) {
      setState({ phase: 'error', message: `Status not changed: ${message(err)}`, prospect });
    }
  };

  return { state, save, setStatus };
}
