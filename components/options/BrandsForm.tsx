import { useEffect, useRef, useState } from 'preact/hooks';
import { brandToFields, EMPTY_BRAND_FIELDS, parseBrandFields, type BrandFieldErrors, type BrandFields } from '@/utils/options/brand-list';
import type { StoredDomain } from '@/utils/options/domain-list';
import { focusTestId } from '@/utils/options/focus-when-ready';
import { useAction } from '@/utils/options/use-action';
import { loadSettings, settingsItem } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, type Brand, type Settings } from '@/utils/settings/types';
import { BrandCard } from './BrandCard';
import { BrandEditor } from './BrandEditor';
import { ErrorNote } from './ErrorNote';

type BrandListField = 'brands' | 'competitorBrands';

/** Which brand the editor is open on: `original` is its saved name, null for a new one. */
type Editing = { list: BrandListField; original: string | null; initial: BrandFields; errors: BrandFieldErrors | null };

type Feedback =
  | { kind: 'saved'; name: string; rewritten: StoredDomain[] }
  | { kind: 'removed'; list: BrandListField; brand: Brand; at: number }
  | { kind: 'restored'; name: string }
  | null;

const GROUPS: { list: BrandListField; title: string; help: string; addTestId: string; addLabel: string }[] = [
  {
    list: 'brands',
    title: 'Your brands',
    help: 'Linkscout marks every mention of them on the pages you inspect: linked to you, linked elsewhere, or unlinked (worth an outreach email).',
    addTestId: 'brand-add',
    addLabel: 'Add brand',
  },
  {
    list: 'competitorBrands',
    title: 'Competitor brands',
    help: 'Their mentions are found the same way, so you can see where competitors are talked about and linked.',
    addTestId: 'competitor-brand-add',
    addLabel: 'Add competitor brand',
  },
];

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Every brand set up, except the one being edited: a name may be used once across both lists. */
function otherBrands(s: Settings, editing: Editing): Brand[] {
  return [...s.brands, ...s.competitorBrands].filter((b) => editing.original === null || !sameName(b.name, editing.original));
}

/**
 * The user's brands and competitors' brands (names, other names, sites, products, people). Each
 * save or removal writes at once, and only its own list: the rest of the settings is read fresh
 * from storage first, so another form's changes are never overwritten.
 */
export function BrandsForm() {
  const [stored, setStored] = useState<Settings | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const action = useAction();
  const ref = useRef<HTMLDivElement>(null);
  // Cancel, Save and Remove take away the control pressed: the focus goes back to the list's Add button.
  const focusAdd = (list: BrandListField, from?: Element | null) => focusTestId(ref, GROUPS.find((g) => g.list === list)!.addTestId, from);

  useEffect(() => {
    void action.run(async () => setStored(await loadSettings()));
    // Another page (or an import) may change settings while this one is open.
    return settingsItem.watch((s) => setStored({ ...DEFAULT_SETTINGS, ...s }));
  }, []);

  const writeList = (list: BrandListField, change: (brands: Brand[]) => Brand[]) =>
    action.run(async () => {
      const fresh = await loadSettings();
      const next: Settings = { ...fresh, [list]: change(fresh[list]) };
      await settingsItem.setValue(next);
      setStored(next);
      return next;
    });

  const open = (list: BrandListField, brand: Brand | null) => {
    setFeedback(null);
    let initial = brand ? brandToFields(brand) : EMPTY_BRAND_FIELDS;
    // The first brand of one's own most likely lives on the sites already set up.
    if (!brand && list === 'brands' && stored && stored.brands.length === 0) initial = { ...initial, domains: stored.mySites.join('\n') };
    setEditing({ list, original: brand?.name ?? null, initial, errors: null });
  };

  const save = (fields: BrandFields) => {
    if (!editing || !stored) return;
    const parsed = parseBrandFields(fields, otherBrands(stored, editing));
    if (!parsed.ok) return setEditing({ ...editing, initial: fields, errors: parsed.errors });
    const { brand, rewritten } = parsed;
    const original = editing.original;
    const from = document.activeElement;
    void writeList(editing.list, (brands) => {
      const at = original === null ? -1 : brands.findIndex((b) => sameName(b.name, original));
      return at < 0 ? [...brands, brand] : brands.map((b, i) => (i === at ? brand : b));
    }).then((next) => {
      if (!next) return;
      setEditing(null);
      setFeedback({ kind: 'saved', name: brand.name, rewritten });
      focusAdd(editing.list, from);
    });
  };

  const remove = (list: BrandListField, brand: Brand) => {
    if (editing && editing.list === list && editing.original !== null && sameName(editing.original, brand.name)) setEditing(null);
    let at = -1;
    const from = document.activeElement;
    void writeList(list, (brands) => {
      at = brands.findIndex((b) => sameName(b.name, brand.name));
      return brands.filter((_, i) => i !== at);
    }).then((next) => {
      if (!next) return;
      setFeedback({ kind: 'removed', list, brand, at });
      focusAdd(list, from);
    });
  };

  const undo = () => {
    if (feedback?.kind !== 'removed') return;
    const { list, brand, at } = feedback;
    const from = document.activeElement;
    void writeList(list, (brands) => {
      if (brands.some((b) => sameName(b.name, brand.name))) return brands;
      const copy = [...brands];
      copy.splice(at < 0 ? copy.length : Math.min(at, copy.length), 0, brand);
      return copy;
    }).then((next) => {
      if (!next) return;
      setFeedback({ kind: 'restored', name: brand.name });
      focusAdd(list, from);
    });
  };

  return (
    <div ref={ref} data-testid="brands-form" class="space-y-4" aria-busy={stored === null}>
      {GROUPS.map((g) => {
        const brands = stored?.[g.list] ?? [];
        return (
          <div key={g.list} class="space-y-2" data-testid={`brand-group-${g.list}`}>
            <div>
              <h3 class="text-sm font-semibold text-slate-900">{g.title}</h3>
              <p class="text-xs text-slate-500">{g.help}</p>
            </div>
            {brands.length === 0 ? (
              <p class="text-xs text-slate-600">None yet.</p>
            ) : (
              <ul class="space-y-1.5">
                {brands.map((b) => (
                  <BrandCard key={b.name} brand={b} busy={action.busy} onEdit={() => open(g.list, b)} onRemove={() => remove(g.list, b)} />
                ))}
              </ul>
            )}
            {editing?.list === g.list ? (
              <BrandEditor
                key={`${g.list}:${editing.original ?? ''}`}
                idPrefix={`brand-${g.list}`}
                title={editing.original === null ? g.addLabel : `Edit ${editing.original}`}
                initial={editing.initial}
                errors={editing.errors}
                busy={action.busy}
                onSave={save}
                onCancel={() => {
                  setEditing(null);
                  focusAdd(g.list);
                }}
              />
            ) : (
              <button
                type="button"
                data-testid={g.addTestId}
                disabled={action.busy || stored === null}
                onClick={() => open(g.list, null)}
                class="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50"
              >
                {g.addLabel}
              </button>
            )}
          </div>
        );
      })}
      <div role="status" data-testid="brand-feedback" class="text-sm">
        {feedback?.kind === 'saved' && (
          <>
            <span class="text-emerald-700">Saved {feedback.name}.</span>
            {feedback.rewritten.map((r) => (
              <span key={r.input} class="block text-xs text-slate-600">
                <span class="font-mono">{r.input}</span> was stored as its site <span class="font-mono">{r.domain}</span>
              </span>
            ))}
          </>
        )}
        {feedback?.kind === 'removed' && (
          <span>
            Removed {feedback.brand.name}.{' '}
            <button type="button" data-testid="brand-undo" disabled={action.busy} onClick={undo} class="text-blue-700 underline">
              Undo
            </button>
          </span>
        )}
        {feedback?.kind === 'restored' && <span class="text-emerald-700">Restored {feedback.name}.</span>}
      </div>
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
