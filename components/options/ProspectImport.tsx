import { useRef, useState } from 'preact/hooks';
import { countExisting } from '@/utils/options/existing-count';
import { focusTestId } from '@/utils/options/focus-when-ready';
import { plural } from '@/utils/options/format';
import { useAction } from '@/utils/options/use-action';
import { importProspects } from '@/utils/prospects/bulk-io';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { decodeCsvFile } from '@/utils/csv/read-table';
import { parseProspectFile, type ImportPreview } from '@/utils/prospects/import';
import { ErrorNote } from './ErrorNote';
import { RowErrorList } from './RowErrorList';

type Step =
  | { step: 'choose' }
  | { step: 'preview'; fileName: string; preview: ImportPreview; existing: number }
  | { step: 'done'; fileName: string; added: number; merged: number; unchanged: number; statusKept: number };

/** Import a Linkscout CSV export or JSON backup: a preview first, nothing written before Import is pressed. */
export function ProspectImport(props: { db: LinkscoutDb }) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const action = useAction();
  const ref = useRef<HTMLDivElement>(null);
  // Confirm and Cancel take their preview away with them: the focus goes to what replaces it.

  const choose = (file: File | undefined) => {
    if (!file) return setState({ step: 'choose' });
    void action.run(async (from) => {
      const preview = parseProspectFile(decodeCsvFile(new Uint8Array(await file.arrayBuffer())), file.name);
      const existing = await countExisting(props.db, preview.prospects.map((p) => p.url));
      setState({ step: 'preview', fileName: file.name, preview, existing });
      // The file field was disabled while the file was read: on to Import (Cancel when nothing can be).
      focusTestId(ref, preview.prospects.length === 0 ? 'import-cancel' : 'import-confirm', from);
    });
  };

  const confirm = () => {
    if (state.step !== 'preview') return;
    void action.run(async (from) => {
      const result = await importProspects(props.db, state.preview.prospects);
      setState({ step: 'done', fileName: state.fileName, ...result });
      focusTestId(ref, 'import-result', from);
    });
  };

  const cancel = () => {
    setState({ step: 'choose' });
    focusTestId(ref, 'import-file');
  };

  return (
    <div ref={ref} class="space-y-2">
      <label class="block text-sm">
        <span class="font-medium text-slate-800">Import prospects</span>
        <span class="block text-xs text-slate-500">A CSV exported by Linkscout or a JSON backup. Prospects already saved are merged, never overwritten with less.</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-testid="import-file"
          disabled={action.busy}
          class="mt-1 block text-sm"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {action.busy && state.step === 'choose' && <div class="text-sm text-slate-500">Reading the file…</div>}
      {state.step === 'preview' && (
        <div data-testid="import-preview" class="space-y-2 rounded border border-slate-200 p-3 text-sm">
          <div>
            <b class="break-all">{state.fileName}</b> ({state.preview.format.toUpperCase()}):
          </div>
          <ul class="ml-5 list-disc text-slate-700">
            <li data-testid="import-valid">{plural(state.preview.prospects.length, 'prospect')} to import</li>
            <li data-testid="import-existing">{state.existing.toLocaleString('en')} of them already saved (they will be merged)</li>
            <li data-testid="import-duplicates">{plural(state.preview.duplicatesInFile, 'duplicate')} inside the file (merged into one)</li>
            <li data-testid="import-errors">{plural(state.preview.errors.length, 'row')} with errors (skipped)</li>
          </ul>
          <RowErrorList errors={state.preview.errors} testId="import-error-list" />
          <div class="flex gap-2">
            <button
              type="button"
              data-testid="import-confirm"
              disabled={action.busy || state.preview.prospects.length === 0}
              onClick={confirm}
              class="rounded bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700 disabled:opacity-50"
            >
              {action.busy ? 'Importing…' : `Import ${plural(state.preview.prospects.length, 'prospect')}`}
            </button>
            <button type="button" data-testid="import-cancel" disabled={action.busy} class="rounded border border-slate-300 px-3 py-1.5" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <div role="status" tabIndex={-1} data-testid="import-result" class="rounded border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900">
          Imported <span class="break-all">{state.fileName}</span>: {state.added.toLocaleString('en')} added, {state.merged.toLocaleString('en')} merged,{' '}
          {state.unchanged.toLocaleString('en')} unchanged.
          {state.statusKept > 0 && (
            <span class="block text-amber-800" data-testid="import-status-kept">
              {plural(state.statusKept, 'prospect')} kept the status saved here, not the file’s (an older copy must not undo your progress): change those in the table.
            </span>
          )}
        </div>
      )}
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
