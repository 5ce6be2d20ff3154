/**
 * One field of the brand editor: a label, a hint, the input (one line or one entry per line) and
 * its errors, in a polite live region that is there before they are, so they are read out.
 */
export function BrandField(props: {
  id: string;
  testId: string;
  label: string;
  help: string;
  placeholder: string;
  value: string;
  multiline: boolean;
  errors: readonly string[] | undefined;
  onInput: (text: string) => void;
}) {
  const describedBy = `${props.id}-help${props.errors?.length ? ` ${props.id}-errors` : ''}`;
  const common = {
    id: props.id,
    'data-testid': props.testId,
    'aria-describedby': describedBy,
    'aria-invalid': props.errors?.length ? true : undefined,
    placeholder: props.placeholder,
    value: props.value,
    class: `w-full rounded border bg-white px-2 py-1 text-sm placeholder:text-slate-500 ${props.errors?.length ? 'border-red-700' : 'border-slate-500'}`,
  };
  return (
    <div class="space-y-1">
      <label for={props.id} class="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <p id={`${props.id}-help`} class="text-xs text-slate-500">
        {props.help}
      </p>
      {props.multiline ? (
        <textarea {...common} rows={3} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
      <div id={`${props.id}-errors`} aria-live="polite">
        {props.errors && props.errors.length > 0 && (
          <ul data-testid={`${props.testId}-error`} class="list-disc pl-5 text-xs text-red-700">
            {props.errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
