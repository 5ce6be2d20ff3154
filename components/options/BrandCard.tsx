import type { Brand } from '@/utils/settings/types';

const LISTS = [
  ['aliases', 'Also'],
  ['domains', 'Sites'],
  ['products', 'Products'],
  ['people', 'People'],
] as const;

/** A saved brand: its name and every term Linkscout looks for, with Edit and Remove. */
export function BrandCard(props: { brand: Brand; busy: boolean; onEdit: () => void; onRemove: () => void }) {
  const b = props.brand;
  return (
    <li data-testid="brand-item" class="flex items-start gap-3 rounded border border-slate-200 bg-white p-2 text-sm">
      <div class="min-w-0 flex-1 space-y-0.5">
        <div class="font-medium text-slate-900" data-testid="brand-item-name">
          {b.name}
        </div>
        {LISTS.filter(([f]) => b[f].length > 0).map(([f, label]) => (
          <div key={f} class="text-xs text-slate-600" data-testid={`brand-item-${f}`}>
            {label}: {b[f].join(', ')}
          </div>
        ))}
        {b.domains.length === 0 && <div class="text-xs text-amber-700">No sites: every link on its mentions will count as linked elsewhere.</div>}
      </div>
      <button type="button" data-testid="brand-edit" disabled={props.busy} onClick={props.onEdit} class="text-xs text-blue-700 underline disabled:opacity-50">
        Edit
      </button>
      <button type="button" data-testid="brand-remove" disabled={props.busy} onClick={props.onRemove} class="text-xs text-red-700 underline disabled:opacity-50">
        Remove
      </button>
    </li>
  );
}
