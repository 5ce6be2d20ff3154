import type { MetricChoice } from '@/utils/options/authority-mapping-state';

/** Which column holds the domains and which hold metrics (ticked), under what names. */
export function AuthorityMappingForm(props: {
  columns: readonly string[];
  domainColumn: string | null;
  choices: readonly MetricChoice[];
  onDomainColumn: (column: string | null) => void;
  onChoice: (column: string, patch: Partial<MetricChoice>) => void;
}) {
  return (
    <fieldset class="space-y-2 rounded border border-slate-200 p-3">
      <legend class="px-1 text-sm font-medium text-slate-800">Columns</legend>
      <label class="flex items-center gap-2 text-sm">
        Domain column
        <select
          data-testid="authority-domain-column"
          value={props.domainColumn ?? ''}
          onChange={(e) => props.onDomainColumn(e.currentTarget.value || null)}
          class="rounded border border-slate-500 bg-white px-1 py-0.5"
        >
          <option value="">Choose…</option>
          {props.columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <div class="text-xs text-slate-500">Metric columns (tick those to keep; rename them as you like):</div>
      <ul class="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {props.choices.map((c, i) => (
          <li key={c.column} class="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={`metric-${i}`}
              data-testid="authority-metric"
              data-column={c.column}
              checked={c.include}
              onChange={(e) => props.onChoice(c.column, { include: e.currentTarget.checked })}
            />
            <label for={`metric-${i}`} class="w-32 truncate" title={c.column}>
              {c.column}
            </label>
            <input
              type="text"
              aria-label={`Name for column ${c.column}`}
              value={c.name}
              disabled={!c.include}
              onInput={(e) => props.onChoice(c.column, { name: e.currentTarget.value })}
              class="min-w-0 flex-1 rounded border border-slate-500 bg-white px-1 py-0.5 disabled:bg-slate-50 disabled:text-slate-400"
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
