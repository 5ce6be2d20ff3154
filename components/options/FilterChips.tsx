/** A group of on/off chips; none chosen means "any". */
export function FilterChips<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[] | undefined;
  onToggle: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={props.legend} class="flex flex-wrap items-center gap-1">
      <span class="mr-1 text-xs font-medium text-slate-600">{props.legend}</span>
      {props.options.map((o) => {
        const on = props.chosen?.includes(o) ?? false;
        return (
          <button
            key={o}
            type="button"
            aria-pressed={on}
            data-testid={`filter-${props.name}-${o}`}
            onClick={() => props.onToggle(o)}
            class={`rounded-full border px-2 py-0.5 text-xs ${on ? 'border-blue-600 bg-blue-600 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
          >
            {props.labels[o]}
          </button>
        );
      })}
    </div>
  );
}
