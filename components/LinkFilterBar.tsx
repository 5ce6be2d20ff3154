import type { RefObject } from 'preact';
import { PLACEMENTS } from '@/utils/analysis/types';
import type { LinkFilters, RelFilter } from '@/utils/popup/filters';
import { PLACEMENT_LABELS } from './Summary';

function Toggle(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="inline-flex cursor-pointer items-center gap-1 text-xs text-slate-700">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

function Choice<T extends string>(props: { label: string; value: T; options: ReadonlyArray<readonly [T, string]>; onChange: (v: T) => void }) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as T)}
      class="rounded border border-slate-300 px-1 py-1 text-xs"
    >
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** `searchRef`: the search box, focused when Clear filters takes its own button away. */
export function LinkFilterBar(props: { filters: LinkFilters; onChange: (f: LinkFilters) => void; searchRef?: RefObject<HTMLInputElement> }) {
  const f = props.filters;
  const set = (patch: Partial<LinkFilters>) => props.onChange({ ...f, ...patch });
  const rel = (r: RelFilter, on: boolean) => set({ rels: on ? [...f.rels, r] : f.rels.filter((x) => x !== r) });
  return (
    <section aria-label="Filters" class="space-y-1.5">
      <div class="flex gap-1.5">
        <input
          ref={props.searchRef}
          type="search"
          placeholder="Search anchor text or URL"
          aria-label="Search links"
          value={f.search}
          onInput={(e) => set({ search: e.currentTarget.value })}
          class="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-xs placeholder:text-slate-500"
        />
        <Choice
          label="Placement"
          value={f.placement}
          options={[['all', 'All placements'], ...PLACEMENTS.map((p) => [p, PLACEMENT_LABELS[p]] as const)]}
          onChange={(placement) => set({ placement })}
        />
        <Choice
          label="Order"
          value={f.order}
          options={[
            ['page', 'Page order'],
            ['strength', 'Strongest first'],
          ]}
          onChange={(order) => set({ order })}
        />
      </div>
      <div class="flex flex-wrap gap-x-3 gap-y-1">
        <Toggle label="External only" checked={f.externalOnly} onChange={(v) => set({ externalOnly: v })} />
        <Toggle label="nofollow" checked={f.rels.includes('nofollow')} onChange={(v) => rel('nofollow', v)} />
        <Toggle label="sponsored" checked={f.rels.includes('sponsored')} onChange={(v) => rel('sponsored', v)} />
        <Toggle label="ugc" checked={f.rels.includes('ugc')} onChange={(v) => rel('ugc', v)} />
        <Toggle label="Hidden" checked={f.hiddenOnly} onChange={(v) => set({ hiddenOnly: v })} />
      </div>
    </section>
  );
}
