import { plural } from '@/utils/options/format';
import type { AuthorityRecord } from '@/utils/settings/types';

/** How many rows the preview shows: enough to check the mapping at a glance. */
export const PREVIEW_ROWS = 20;

/** The first mapped rows, as they will be stored. */
export function AuthorityPreview(props: { records: readonly AuthorityRecord[]; metrics: readonly string[] }) {
  const rows = props.records.slice(0, PREVIEW_ROWS);
  if (rows.length === 0) return <div class="text-sm text-slate-600">No row can be imported with this mapping.</div>;
  return (
    <div class="overflow-x-auto">
      <table data-testid="authority-preview" class="min-w-full text-left text-xs">
        <caption class="pb-1 text-left text-sm text-slate-700">
          {rows.length < props.records.length ? `First ${rows.length} of ${plural(props.records.length, 'domain')} to import` : `${plural(rows.length, 'domain')} to import`}
        </caption>
        <thead>
          <tr class="border-b border-slate-200 text-slate-500">
            <th scope="col" class="py-1 pr-3 font-medium">Domain</th>
            {props.metrics.map((m) => (
              <th key={m} scope="col" class="py-1 pr-3 font-medium">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} class="border-b border-slate-100">
              <td class="py-0.5 pr-3 font-mono">{r.domain}</td>
              {props.metrics.map((m) => (
                <td key={m} class="py-0.5 pr-3 tabular-nums">
                  {r.metrics[m] ?? '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
