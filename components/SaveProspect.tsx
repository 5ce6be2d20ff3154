import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PROSPECT_STATUSES, type ProspectRow } from '@/utils/prospects/types';
import { STATUS_TEXT } from '@/utils/labels';
import { useSavedProspect } from '@/utils/popup/use-saved-prospect';

function StatusSelect(props: { prospect: ProspectRow; selectRef: RefObject<HTMLSelectElement>; onChange: (s: ProspectRow['status']) => void }) {
  return (
    <label class="flex items-center gap-1 text-xs text-slate-700">
      Status
      <select
        ref={props.selectRef}
        class="rounded border border-slate-300 px-1 py-0.5 text-xs"
        data-testid="prospect-status"
        value={props.prospect.status}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as ProspectRow['status'])}
      >
        {PROSPECT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_TEXT[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One click saves the page as a prospect; a saved page shows its status and lets it change here. */
export function SaveProspect(props: { tabId: number; pageUrl: string }) {
  const { state, save, setStatus } = useSavedProspect(props.tabId, props.pageUrl);
  const openDashboard = () => void browser.runtime.openOptionsPage();
  const saved = state.phase === 'saved' ? state.prospect : state.phase === 'error' ? state.prospect : null;
  const button = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const clicked = useRef(false);
  // The clicked button is disabled while saving and then replaced: hand focus to the status select
  // that replaces it, or back to the button if the save failed, instead of dropping it to the body.
  useLayoutEffect(() => {
    if (!clicked.current || state.phase === 'saving') return;
    clicked.current = false;
    (saved ? select : button).current?.focus();
  }, [state.phase]);
  return (
    <div class="flex flex-wrap items-center gap-2" data-testid="save-bar">
      {/* Mounted before its text so screen readers announce the save; empty, it cancels the gap it would add. */}
      <span role="status" class="text-xs font-medium text-green-700 empty:-me-2" data-testid="saved-note">
        {saved && (state.phase === 'saved' && state.created ? 'Saved as a prospect' : 'Saved prospect')}
      </span>
      {saved ? (
        <StatusSelect prospect={saved} selectRef={select} onChange={(s) => void setStatus(saved, s)} />
      ) : (
        <button
          ref={button}
          type="button"
          class="rounded bg-slate-900 px-2.5 py-1 text-xs font-semibold text-white disabled:opacity-50"
          data-testid="save-prospect"
          disabled={state.phase === 'checking' || state.phase === 'saving'}
          onClick={() => {
            clicked.current = true;
            void save();
          }}
        >
          {state.phase === 'saving' ? 'Saving…' : 'Save prospect'}
        </button>
      )}
      <button type="button" class="ml-auto text-[11px] text-slate-600 underline" onClick={openDashboard}>
        Dashboard
      </button>
      {state.phase === 'error' && (
        <div role="alert" class="w-full text-xs text-red-700" data-testid="save-error">
          {state.message}
        </div>
      )}
    </div>
  );
}
