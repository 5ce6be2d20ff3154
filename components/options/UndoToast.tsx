import type { UndoOffer } from '@/utils/options/undo-slot';

/** The last bulk action, with a way back; it leaves on its own after a few seconds. */
export function UndoToast(props: { offer: UndoOffer | null; busy: boolean; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" class="pointer-events-none fixed bottom-4 left-1/2 z-40 -translate-x-1/2">
      {props.offer && (
        <div data-testid="undo-toast" class="pointer-events-auto flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg">
          <span>{props.offer.message}</span>
          <button type="button" data-testid="undo" disabled={props.busy} onClick={props.onUndo} class="font-semibold text-sky-300 underline disabled:opacity-50">
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={props.onDismiss} class="text-slate-400 hover:text-white">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
