/** A textarea for a list (one entry per line), with what is stored now shown beneath it; `errorId` names the message of a refused save. */
export function ListField(props: {
  id: string;
  label: string;
  help: string;
  placeholder: string;
  value: string;
  stored: readonly string[];
  testId: string;
  errorId?: string;
  onInput: (text: string) => void;
}) {
  return (
    <div class="space-y-1">
      <label for={props.id} class="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <p id={`${props.id}-help`} class="text-xs text-slate-500">
        {props.help}
      </p>
      <textarea
        id={props.id}
        data-testid={props.testId}
        aria-describedby={`${props.id}-help${props.errorId ? ` ${props.errorId}` : ''}`}
        aria-invalid={props.errorId ? true : undefined}
        rows={4}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        class={`w-full rounded border bg-white px-2 py-1 font-mono text-sm placeholder:text-slate-500 ${props.errorId ? 'border-red-700' : 'border-slate-500'}`}
      />
      <div class="text-xs text-slate-600" data-testid={`${props.testId}-stored`}>
        {props.stored.length === 0 ? (
          <span>Nothing stored yet.</span>
        ) : (
          <>
            <span>Stored: </span>
            {props.stored.map((s) => (
              <span key={s} class="mr-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 font-mono">
                {s}
              </span>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
