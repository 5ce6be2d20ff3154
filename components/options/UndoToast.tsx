import type { UndoOffer } from '@/utils/options/undo-slot';

/**
 * The last bulk action, with a way back. It leaves on its own after a few seconds, but not while
 * the pointer is on it or the focus in it (`onHold`), and × dismisses it at once.
 */
export function UndoToast(props: { offer: UndoOffer | null; busy: boolean; onUndo: () => void; onDismiss: () => void; onHold: (reason: 'hover' | 'focus', on: boolean) => void }) {
  return (
    <div role="status" aria-live="polite" class="pointer-events-none fixed bottom-4 left-1/2 z-40 -translate-x-1/2">
      {props.offer && (
        <div
          data-testid="undo-toast"
          class="pointer-events-auto flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg"
          onMouseEnter={() => props.onHold('hover', true)}
          onMouseLeave={() => props.onHold('hover', false)}
          onFocusIn={() => props.onHold('focus', true)}
          onFocusOut={(e) => {
            // Moving between Undo and × keeps the focus in the toast.
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onHold('focus', false);
          }}
        >
          <span>{props.offer.message}</span>
          <button type="button" data-testid="undo" disabled={props.busy} onClick={props.onUndo} class="font-semibold text-sky-300 underline disabled:opacity-50">
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={props.onDismiss} class="text-slate-300 hover:text-white">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
