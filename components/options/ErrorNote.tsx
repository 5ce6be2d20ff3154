/** A failure in plain words, announced to screen readers; nothing when there is none. */
export function ErrorNote(props: { message: string | null; testId?: string; onDismiss?: () => void }) {
  if (!props.message) return null;
  return (
    <div role="alert" data-testid={props.testId} class="flex items-start gap-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <span class="flex-1">{props.message}</span>
      {props.onDismiss && (
        <button type="button" class="text-xs underline" onClick={props.onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
