import { useRef, useState } from 'preact/hooks';
import { focusTestId, focusWhenReady } from '@/utils/options/focus-when-ready';
import { formatDateTime, plural } from '@/utils/options/format';
import type { AuthorityImportMeta } from '@/utils/settings/types';

/** What authority numbers Linkscout has now, or that it has none (authority is then unknown, never estimated). */
export function CurrentAuthorityImport(props: { meta: AuthorityImportMeta | null | undefined; busy: boolean; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const { meta } = props;
  const box = useRef<HTMLDivElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  // Each step's button replaces the other's: the focus follows, not dropped to <body>.
  const ask = () => {
    setConfirming(true);
    focusTestId(box, 'authority-keep');
  };
  const keep = () => {
    setConfirming(false);
    focusWhenReady(() => removeButton.current);
  };
  if (meta === undefined) return <div class="text-sm text-slate-500">Loading…</div>;
  if (meta === null) {
    return (
      <div data-testid="authority-current" class="rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-700">
        No authority import: every domain’s authority is <b>unknown</b>. Linkscout never estimates it; import a CSV from your SEO tool to see its numbers.
      </div>
    );
  }
  return (
    <div ref={box} data-testid="authority-current" class="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-700">
      <span>
        Imported <b>{formatDateTime(meta.importedAt)}</b> from <b class="break-all">{meta.fileName}</b>
      </span>
      <span>{plural(meta.rows, 'domain')}</span>
      <span>Metrics: {meta.metrics.join(', ')}</span>
      {confirming ? (
        <span class="flex items-center gap-2">
          Authority will become unknown for every domain.
          <button
            type="button"
            data-testid="authority-remove-confirm"
            disabled={props.busy}
            class="rounded bg-red-600 px-2 py-0.5 text-white disabled:opacity-50"
            onClick={() => {
              setConfirming(false);
              props.onRemove();
            }}
          >
            Remove
          </button>
          <button type="button" data-testid="authority-keep" class="underline" onClick={keep}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" data-testid="authority-remove" ref={removeButton} class="ml-auto rounded border border-slate-300 bg-white px-2 py-0.5" onClick={ask}>
          Remove import
        </button>
      )}
    </div>
  );
}
