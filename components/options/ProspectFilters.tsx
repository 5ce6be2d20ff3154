import { PROSPECT_TYPES, TYPE_LABELS } from '@/utils/options/labels';
import { STATUS_TEXT, VERDICT_TEXT } from '@/utils/labels';
import { isFiltering, toggleValue } from '@/utils/options/query-state';
import type { ProspectFilter } from '@/utils/prospects/query';
import { PROSPECT_STATUSES } from '@/utils/prospects/types';
import { VERDICT_LABELS } from '@/utils/scoring/types';
import { FilterChips } from './FilterChips';

/** Status, type and verdict chips, tag, domain and text search. The text is debounced by the dashboard. */
export function ProspectFilters(props: {
  filter: ProspectFilter;
  tags: readonly string[];
  domains: readonly string[];
  onChange: (filter: ProspectFilter) => void;
  /** Clear filters: this button goes with them, so the dashboard also moves the focus. */
  onClear: () => void;
}) {
  const f = props.filter;
  const set = (patch: Partial<ProspectFilter>) => props.onChange({ ...f, ...patch });
  return (
    <section aria-label="Filters" class="space-y-2">
      <div class="flex flex-wrap items-center gap-2">
        <input
          type="search"
          data-testid="filter-text"
          aria-label="Search title, URL and notes"
          placeholder="Search title, URL, notes…"
          value={f.text ?? ''}
          onInput={(e) => set({ text: e.currentTarget.value })}
          class="min-w-64 flex-1 rounded border border-slate-500 bg-white px-2 py-1 text-sm placeholder:text-slate-500"
        />
        <label class="flex items-center gap-1 text-xs text-slate-600">
          Tag
          <select
            data-testid="filter-tag"
            value={f.tag ?? ''}
            onChange={(e) => set({ tag: e.currentTarget.value || undefined })}
            class="max-w-40 rounded border border-slate-500 bg-white px-1 py-1 text-sm"
          >
            <option value="">Any</option>
            {props.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="flex items-center gap-1 text-xs text-slate-600">
          Domain
          <input
            type="text"
            list="prospect-domains"
            data-testid="filter-domain"
            placeholder="example.com"
            value={f.domain ?? ''}
            onInput={(e) => set({ domain: e.currentTarget.value })}
            class="w-44 rounded border border-slate-500 bg-white px-2 py-1 text-sm placeholder:text-slate-500"
          />
          <datalist id="prospect-domains">
            {props.domains.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </label>
        {isFiltering(f) && (
          <button type="button" data-testid="filter-clear" class="text-xs underline" onClick={props.onClear}>
            Clear filters
          </button>
        )}
      </div>
      <FilterChips legend="Status" name="status" options={PROSPECT_STATUSES} labels={STATUS_TEXT} chosen={f.status} onToggle={(s) => set({ status: toggleValue(f.status, s) })} />
      <FilterChips legend="Type" name="type" options={PROSPECT_TYPES} labels={TYPE_LABELS} chosen={f.pageType} onToggle={(t) => set({ pageType: toggleValue(f.pageType, t) })} />
      <FilterChips legend="Verdict" name="verdict" options={VERDICT_LABELS} labels={VERDICT_TEXT} chosen={f.verdict} onToggle={(v) => set({ verdict: toggleValue(f.verdict, v) })} />
    </section>
  );
}
