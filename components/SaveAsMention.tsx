import { useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/transport';
import { retryIfWorkerRestarted } from '@/utils/popup/retry';

/** Save the page as an `unlinked-mention` prospect, with its mentions kept with the visit. */
export function SaveAsMention(props: { tabId: number; pageUrl: string; unlinked: number; onSaved: () => void }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({ busy: false, message: null, ok: false });
  const save = async () => {
    setState({ busy: true, message: null, ok: false });
    try {
      const r = await retryIfWorkerRestarted(() => sendToBackground('saveProspect', { tabId: props.tabId, as: 'unlinked-mention', url: props.pageUrl }));
      setState(r.ok ? { busy: false, message: 'Saved as an unlinked-mention prospect.', ok: true } : { busy: false, message: r.error, ok: false });
      if (r.ok) props.onSaved();
    } catch (err) {
      setState({ busy: false, message: `Not saved: ${err instanceof Error ? err.message : String(err)}`, ok: false });
    }
  };
  return (
    <div class="flex flex-wrap items-center gap-2">
      <button
        type="button"
        class="rounded border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 disabled:opacity-50"
        data-testid="save-as-mention"
        disabled={state.busy}
        onClick={() => void save()}
      >
        Save as unlinked mention ({props.unlinked})
      </button>
      {state.message && (
        <span role={state.ok ? 'status' : 'alert'} class={`text-xs ${state.ok ? 'text-green-700' : 'text-red-700'}`} data-testid="save-as-mention-result">
          {state.message}
        </span>
      )}
    </div>
  );
}
